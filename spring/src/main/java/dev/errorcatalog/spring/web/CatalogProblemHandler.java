package dev.errorcatalog.spring.web;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.Problem;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a {@link CatalogException} thrown by a controller with its RFC 9457 problem detail,
 * {@code application/problem+json}, texts in the request's locale and the HTTP status of the body.
 * Every other exception is left to the handlers after this one, Spring's own included.
 *
 * <p>The locale is the one Spring MVC resolves for the request: with Spring Boot's default
 * resolver, the {@code Accept-Language} header, else {@code spring.web.locale}, else the JVM's
 * default locale. A locale the catalog does not translate falls back to the catalog's default
 * locale. The {@code instance} is the request's path.
 *
 * <p>Ordered first, so that an application's catch-all {@code @ExceptionHandler(Exception.class)}
 * does not take catalog exceptions; declare a bean of this type to replace it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CatalogProblemHandler {

  /** Creates the handler; the auto-configuration declares one. */
  public CatalogProblemHandler() {}

  /**
   * The response to a catalog exception.
   *
   * @param exception the exception a controller threw
   * @param locale the request's locale, as Spring MVC resolves it
   * @param request the request, whose path becomes the problem's {@code instance}
   * @return the problem detail with the problem's status
   */
  @ExceptionHandler(CatalogException.class)
  public ResponseEntity<ProblemDetail> handleCatalogException(
      CatalogException exception, Locale locale, HttpServletRequest request) {
    Problem problem = exception.problem(locale);
    Optional<URI> path = requestPath(request);
    if (path.isPresent()) {
      problem = problem.withInstance(path.get());
    }
    return ResponseEntity.status(problem.status())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(ProblemDetails.of(problem));
  }

  // The servlet container passes the path still percent-encoded, so it is a URI; should a
  // container pass something that is not, the problem goes without an instance rather than the
  // handler failing and the exception reaching a handler meant for other errors.
  private static Optional<URI> requestPath(HttpServletRequest request) {
    try {
      return Optional.of(new URI(request.getRequestURI()));
    } catch (URISyntaxException notAUri) {
      return Optional.empty();
    }
  }
}
