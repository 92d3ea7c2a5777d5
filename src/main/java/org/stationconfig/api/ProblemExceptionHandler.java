package org.stationconfig.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces(Problem.MEDIA_TYPE)
@Singleton
public class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ProblemException exception) {
        Problem problem = exception.problem(RequestLanguage.of(request));
        MutableHttpResponse<Problem> response = HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
                .body(problem)
                .contentType(Problem.MEDIA_TYPE);
        exception.headers().forEach(response::header);
        return response;
    }
}
