package org.stationconfig.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Every API answer says which language its texts are in (RFC 9110 §8.5), errors and refusals included. */
@ServerFilter(Filter.MATCH_ALL_PATTERN) // the API's paths are picked by ApiPath: no pattern matching per request
public class ContentLanguage {

    @ResponseFilter
    public void language(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (ApiPath.contains(request.getPath())) {
            response.header(HttpHeaders.CONTENT_LANGUAGE, RequestLanguage.of(request).toLanguageTag());
        }
    }
}
