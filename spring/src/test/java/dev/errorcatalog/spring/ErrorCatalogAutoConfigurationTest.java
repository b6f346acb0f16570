package dev.errorcatalog.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.Catalog;
import dev.errorcatalog.Catalogs;
import dev.errorcatalog.spring.client.CatalogResponseErrorHandler;
import dev.errorcatalog.spring.test.ImageRecognitionErrors;
import dev.errorcatalog.spring.test.ShopErrors;
import dev.errorcatalog.spring.web.CatalogProblemHandler;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.StaticMessageSource;

class ErrorCatalogAutoConfigurationTest {

  private static final Locale ZH_CN = Locale.forLanguageTag("zh-CN");

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ErrorCatalogAutoConfiguration.class));

  /** Asks for a plain MessageSource by type, under a name that is not a bean's. */
  record PlainMessageSourceUser(MessageSource source) {}

  /** Asks for the catalog's message source by name. */
  record CatalogMessageSourceUser(@Qualifier("catalogMessageSource") MessageSource source) {}

  /** The shop's catalog alone, as an application that calls one service declares it. */
  private static Catalogs shopCatalogs() {
    return Catalogs.of(ShopErrors.CATALOG);
  }

  @Test
  void withoutCatalogsOfItsOwnAnApplicationGetsTheInstalledOnes() {
    runner.run(
        context -> {
          // Both test catalogs, which the processor registered, ordered by id.
          assertEquals(
              List.of(ImageRecognitionErrors.CATALOG, ShopErrors.CATALOG),
              context.getBean(Catalogs.class).catalogs());
          assertTrue(context.containsBean("catalogMessageSource"));
          assertTrue(context.containsBean("catalogResponseErrorHandler"));
        });
  }

  @Test
  void catalogBeansTheApplicationDeclaresAreItsCatalogs() {
    runner
        .withBean("shop", Catalog.class, () -> ShopErrors.CATALOG)
        .run(
            context ->
                assertEquals(
                    List.of(ShopErrors.CATALOG), context.getBean(Catalogs.class).catalogs()));
  }

  @Test
  void theApplicationsCatalogsAreUsed() {
    Catalogs own = shopCatalogs();
    runner
        .withBean(Catalogs.class, () -> own)
        .run(
            context -> {
              assertSame(own, context.getBean(Catalogs.class));
              assertEquals(
                  "CatalogResponseErrorHandler[shop]",
                  context.getBean(CatalogResponseErrorHandler.class).toString());
            });
  }

  @Test
  void catalogMessageSourceDoesNotCompeteWithTheApplicationsMessageSource() {
    StaticMessageSource appMessages = new StaticMessageSource();
    runner
        .withBean("messageSource", MessageSource.class, () -> appMessages)
        .withBean(Catalogs.class, ErrorCatalogAutoConfigurationTest::shopCatalogs)
        .withBean(PlainMessageSourceUser.class)
        .withBean(CatalogMessageSourceUser.class)
        .run(
            context -> {
              assertSame(appMessages, context.getBean(PlainMessageSourceUser.class).source());
              assertInstanceOf(
                  CatalogMessageSource.class,
                  context.getBean(CatalogMessageSourceUser.class).source());
            });
  }

  @Test
  void messageSourceAnswersCodesInTheLocale() {
    runner
        .withBean(Catalogs.class, ErrorCatalogAutoConfigurationTest::shopCatalogs)
        .run(
            context -> {
              MessageSource messages = context.getBean("catalogMessageSource", MessageSource.class);
              assertEquals("请求过多。", messages.getMessage("SHOP.0429", null, ZH_CN));
              assertEquals(
                  "Too many requests.", messages.getMessage("SHOP.0429", null, Locale.FRENCH));
              assertEquals("Too many requests.", messages.getMessage("SHOP.0429", null, null));
              assertEquals(
                  "订单42不存在。", messages.getMessage("SHOP.0404", new Object[] {"42"}, ZH_CN));
              assertEquals(
                  "fallback", messages.getMessage("SHOP.9999", null, "fallback", Locale.ENGLISH));
              assertThrows(
                  NoSuchMessageException.class,
                  () -> messages.getMessage("SHOP.9999", null, Locale.ENGLISH));
              assertEquals(
                  "The order 7 does not exist.",
                  messages.getMessage(
                      new DefaultMessageSourceResolvable(
                          new String[] {"SHOP.9999", "SHOP.0404"}, new Object[] {7}),
                      Locale.ENGLISH));
            });
  }

  @Test
  void problemHandlerOnlyInAServletWebApplication() {
    runner.run(context -> assertFalse(context.containsBean("catalogProblemHandler")));
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ErrorCatalogAutoConfiguration.class))
        .run(
            context -> assertTrue(context.getBeansOfType(CatalogProblemHandler.class).size() == 1));
  }
}
