package dev.errorcatalog.spring.web;

import dev.errorcatalog.Problem;
import org.springframework.http.ProblemDetail;

/** Converts the runtime API's {@link Problem} to Spring's {@link ProblemDetail}. */
public final class ProblemDetails {

  private ProblemDetails() {}

  /**
   * Spring's problem detail of a catalog problem: the same members, with {@code code} and {@code
   * catalog} as properties, which Spring writes as top-level members of {@code
   * application/problem+json}.
   *
   * @param problem the problem
   * @return a new, mutable problem detail
   */
  public static ProblemDetail of(Problem problem) {
    ProblemDetail detail = ProblemDetail.forStatus(problem.status());
    detail.setType(problem.type());
    detail.setTitle(problem.title());
    detail.setDetail(problem.detail());
    problem.instance().ifPresent(detail::setInstance);
    detail.setProperty("code", problem.code());
    detail.setProperty("catalog", problem.catalog());
    return detail;
  }
}
