package dev.errorcatalog.spring.app;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.spring.test.ShopErrors;
import java.io.IOException;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A service that answers with its catalog's codes, and that has a catch-all exception handler of
 * its own, as many applications do. It declares no {@code Catalogs}: the auto-configuration's
 * {@code Catalogs.installed()} finds the test catalogs through their services file.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ShopApplication.OrderController.class, ShopApplication.CatchAllHandler.class})
public class ShopApplication {

  @RestController
  static class OrderController {

    @GetMapping("/orders/{id}")
    String order(@PathVariable("id") String id) {
      throw new CatalogException(ShopErrors.SHOP_0404, id);
    }

    @GetMapping("/orders")
    String orders() {
      throw new CatalogException(ShopErrors.SHOP_0429);
    }

    @GetMapping("/inventory")
    String inventory() {
      throw new CatalogException(new IOException("disk unreadable"), ShopErrors.SHOP_0500);
    }

    @GetMapping("/broken")
    String broken() {
      throw new IllegalStateException("not a catalog error");
    }
  }

  /** The application's own handler of every exception, registered at the default order. */
  @RestControllerAdvice
  static class CatchAllHandler {

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> any(Exception e) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body("app handled: " + e.getMessage());
    }
  }
}
