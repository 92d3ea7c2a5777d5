package org.stationconfig.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.BeanContext;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.FilterMatcher;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, the profile of {@code GET /api/v1/settings}: 14 % of the HTTP threads' samples went to finding a request's
 * filters. While any filter has a path pattern other than {@code /**}, HTTP methods or a matcher annotation of its own,
 * Micronaut (4.10, {@code DefaultRouter.findFilters}) matches every such filter's patterns against every request's path
 * and sorts the result; without one, every request gets the one list made at start. So every filter the station ships
 * (its own and its libraries') is registered for all paths and picks its requests itself ({@link ApiPath}).
 */
@MicronautTest(transactional = false)
class FilterLookupTest {

    @Inject
    BeanContext context;

    @Test
    void everyShippedFilterIsRegisteredForAllPathsSoNoPatternIsMatchedPerRequest() {
        Map<String, List<String>> patterned = new TreeMap<>();
        Stream.concat(context.getBeanDefinitions(Qualifiers.byStereotype(ServerFilter.class)).stream(),
                        context.getBeanDefinitions(Qualifiers.byStereotype(Filter.class)).stream())
                .filter(FilterLookupTest::shipped)
                .forEach(definition -> {
                    AnnotationMetadata filter = definition.getAnnotationMetadata();
                    List<String> conditions = new ArrayList<>();
                    for (Class<? extends java.lang.annotation.Annotation> kind : List.of(ServerFilter.class, Filter.class)) {
                        for (String pattern : filter.stringValues(kind)) {
                            if (!pattern.equals(Filter.MATCH_ALL_PATTERN)) {
                                conditions.add(pattern);
                            }
                        }
                        if (filter.stringValues(kind, "methods").length > 0) {
                            conditions.add("methods");
                        }
                    }
                    if (filter.hasStereotype(FilterMatcher.class)) {
                        conditions.add("@FilterMatcher");
                    }
                    if (!conditions.isEmpty()) {
                        patterned.put(definition.getBeanType().getName(), conditions);
                    }
                });
        assertEquals(Map.of(), patterned, "filters matched against every request's path");
    }

    @Test
    void theApiIsTheFirstSegmentApiAsThePatternApiStarStarMatchedIt() {
        assertTrue(ApiPath.contains("/api/v1/settings"));
        assertTrue(ApiPath.contains("/api"));
        assertTrue(ApiPath.contains("/api/"));
        assertTrue(ApiPath.contains("//api/v1/settings"));
        assertFalse(ApiPath.contains("/health"));
        assertFalse(ApiPath.contains("/apis"));
        assertFalse(ApiPath.contains("/swagger/api"));
        assertFalse(ApiPath.contains("/"));
        assertFalse(ApiPath.contains(""));
    }

    // the test sources' own filters (the scripted central system's) are not shipped
    private static boolean shipped(BeanDefinition<?> definition) {
        CodeSource source = definition.getBeanType().getProtectionDomain().getCodeSource();
        return source == null || !source.getLocation().getPath().contains("test-classes");
    }
}
