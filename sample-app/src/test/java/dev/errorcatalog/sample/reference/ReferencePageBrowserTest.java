package dev.errorcatalog.sample.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.sample.huaweicloud.ImageRecognitionErrors;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The reference page of a real catalog (page 004's, {@code ImageRecognitionErrors.html}, which the
 * processor wrote into target/classes) in a real browser: headless Chromium driven by Selenium.
 * Skipped, saying why, where Chromium is not installed ({@code apt-get install chromium
 * chromium-driver fonts-noto-cjk}), except on CI ({@code CI=true}), whose {@code .ci/run} installs
 * it. The screenshot {@code target/reference-page.png} shows the filtered page.
 */
class ReferencePageBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** The screenshot, for a human to look at. */
  private static final Path SCREENSHOT = Path.of("target", "reference-page.png");

  private static URL page;
  private static int codes;

  @TempDir Path profile;
  private WebDriver driver;

  @BeforeAll
  static void findPageAndBrowser() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    // .ci/run installs Chromium: on CI a missing browser is a broken setup, not a reason to skip.
    assertTrue(
        installed || !"true".equals(System.getenv("CI")), "CI=true but Chromium is not installed");
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "skipped: no headless Chromium ("
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + "); install it with"
            + " apt-get install chromium chromium-driver fonts-noto-cjk");
    page = ImageRecognitionErrors.class.getResource("ImageRecognitionErrors.html");
    assertNotNull(page, "the processor wrote no ImageRecognitionErrors.html");
    codes = ImageRecognitionErrors.all().size();
  }

  private WebDriver browser(boolean javascript) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    if (!javascript) {
      options.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  @AfterEach
  void quit() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static List<WebElement> shownRows(WebDriver driver) {
    return driver.findElements(By.cssSelector("#codes > tbody > tr")).stream()
        .filter(WebElement::isDisplayed)
        .toList();
  }

  @Test
  void typingNarrowsTheRowsToTheMatchingCode() throws IOException {
    WebDriver browser = browser(true);
    browser.get(page.toString());
    assertEquals(codes, shownRows(browser).size());
    WebElement filter = browser.findElement(By.id("filter"));
    assertTrue(filter.isDisplayed());

    filter.sendKeys("0301");

    List<WebElement> shown = shownRows(browser);
    assertEquals(List.of("APIG.0301"), shown.stream().map(row -> row.getAttribute("id")).toList());
    assertEquals("1 of " + codes + " codes", browser.findElement(By.id("count")).getText());
    Files.createDirectories(SCREENSHOT.getParent());
    File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOT, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void filtersOnTheChineseTextsToo() {
    WebDriver browser = browser(true);
    browser.get(page.toString());

    browser.findElement(By.id("filter")).sendKeys("token超时");

    List<String> shown = shownRows(browser).stream().map(row -> row.getAttribute("id")).toList();
    assertEquals(List.of("APIG.0301"), shown);
  }

  @Test
  void aLinkToACodeLandsOnItsRowWithPage004sChineseTexts() {
    WebDriver browser = browser(true);
    browser.get(page + "#APIG.0301");

    Object target =
        ((JavascriptExecutor) browser)
            .executeScript(
                "var row = document.querySelector(':target');"
                    + " var box = row.getBoundingClientRect();"
                    + " var head = document.querySelector('#codes thead').getBoundingClientRect();"
                    + " return [row.id, box.top >= head.bottom - 1 && box.top < innerHeight];");
    assertEquals(List.of("APIG.0301", true), target);
    WebElement chinese = browser.findElement(By.cssSelector("tr[id='APIG.0301'] td[lang='zh-CN']"));
    String text = chinese.getText();
    assertTrue(text.contains("token有效期为24小时,token超时,重新传入获取token值。"), text);
    assertTrue(text.contains("token expires:token超时,请重新获取新token传入。"), text);
  }

  @Test
  void withoutJavaScriptTheFullListShowsAndTheFilterBoxDoesNot() {
    WebDriver browser = browser(false);
    browser.get(page.toString());

    assertEquals(codes, shownRows(browser).size());
    assertFalse(browser.findElement(By.id("filter-box")).isDisplayed());
  }
}
