package org.stationconfig.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.filter.HealthResultFilter;

/**
 * Micronaut's filter that answers {@code /health} with 503 when the station is down, registered for every path
 * instead of its three health paths. It only acts on a health result, which only {@code /health} answers, so what it
 * does is the same; but while any filter has a path pattern of its own, Micronaut matches every filter's patterns
 * against every request's path (issue 12, the profile of {@code GET /api/v1/settings}), and without one it uses a
 * list made once.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
@Replaces(HealthResultFilter.class)
@Requires(beans = HealthEndpoint.class)
public class HealthResultOnAnyPath extends HealthResultFilter {

    public HealthResultOnAnyPath(HealthEndpoint healthEndpoint) {
        super(healthEndpoint);
    }

    @Override
    @ResponseFilter
    public void doFilter(MutableHttpResponse<?> response) {
        super.doFilter(response);
    }
}
