package org.stationconfig.api;

/**
 * Whether a request path is under {@code /api}, as the pattern {@code /api/**} matched it (empty segments ignored).
 * The API's own filters ask this themselves and are registered for every path: Micronaut then finds its filters for a
 * request from a list made once, instead of matching each filter's pattern against every request's path
 * (issue 12, the profile of {@code GET /api/v1/settings}).
 */
public final class ApiPath {

    private static final String FIRST_SEGMENT = "api";

    private ApiPath() {
    }

    public static boolean contains(String path) {
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        int end = start + FIRST_SEGMENT.length();
        return path.startsWith(FIRST_SEGMENT, start) && (end == path.length() || path.charAt(end) == '/');
    }
}
