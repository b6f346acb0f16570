package dev.errorcatalog.spring;

import dev.errorcatalog.Catalog;
import dev.errorcatalog.Catalogs;
import dev.errorcatalog.spring.client.CatalogResponseErrorHandler;
import dev.errorcatalog.spring.web.CatalogProblemHandler;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Error Catalog for Spring Boot, active when {@code errorcatalog-spring} is on the class path:
 *
 * <ul>
 *   <li>a {@link Catalogs} bean, {@link Catalogs#installed()}, unless the application declares its
 *       own (for example {@code Catalogs.of(OcrErrors.CATALOG)});
 *   <li>{@code catalogMessageSource}, a {@link CatalogMessageSource} over those catalogs. It does
 *       not replace the application's {@code messageSource} and is not injected where a plain
 *       {@code MessageSource} is asked for: inject it by name
 *       ({@code @Qualifier("catalogMessageSource")}) or as {@code CatalogMessageSource};
 *   <li>{@code catalogResponseErrorHandler}, a {@link CatalogResponseErrorHandler} over those
 *       catalogs, for {@code RestClient.Builder.defaultStatusHandler} (where Jackson 3 is present);
 *   <li>in a servlet web application, {@link CatalogProblemHandler}: a thrown {@code
 *       CatalogException} becomes {@code application/problem+json}.
 * </ul>
 */
@AutoConfiguration
public final class ErrorCatalogAutoConfiguration {

  /** Created by Spring Boot. */
  public ErrorCatalogAutoConfiguration() {}

  /**
   * The catalogs the application declares as {@link Catalog} beans, else every catalog on the class
   * path.
   *
   * @param declared the application's {@code Catalog} beans, such as {@code OcrErrors.CATALOG}
   * @return those catalogs in bean order ({@code @Order}), or {@link Catalogs#installed()} when
   *     there are none
   */
  @Bean
  @ConditionalOnMissingBean
  public Catalogs errorCatalogs(ObjectProvider<Catalog<?>> declared) {
    List<Catalog<?>> catalogs = declared.orderedStream().toList();
    return catalogs.isEmpty()
        ? Catalogs.installed()
        : Catalogs.of(catalogs.toArray(new Catalog<?>[0]));
  }

  /**
   * The catalogs' messages as a message source.
   *
   * @param catalogs the catalogs
   * @return the message source
   */
  // Not a default candidate: a second MessageSource bean would make every injection of a plain
  // MessageSource ambiguous.
  @Bean(defaultCandidate = false)
  @ConditionalOnMissingBean(name = "catalogMessageSource")
  public CatalogMessageSource catalogMessageSource(Catalogs catalogs) {
    return new CatalogMessageSource(catalogs);
  }

  /** The client side, where Spring's web client and Jackson 3 are present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(
      name = {
        "org.springframework.web.client.ResponseErrorHandler",
        "tools.jackson.databind.json.JsonMapper"
      })
  static final class ClientConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CatalogResponseErrorHandler catalogResponseErrorHandler(Catalogs catalogs) {
      return new CatalogResponseErrorHandler(catalogs);
    }
  }

  /** The server side, in a Spring MVC application. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  static final class WebConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CatalogProblemHandler catalogProblemHandler() {
      return new CatalogProblemHandler();
    }
  }
}
