package org.stationconfig.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.util.Locale;
import org.stationconfig.i18n.Languages;

/** The language a request asked for with {@code Accept-Language}, among the station's; English by default. */
public final class RequestLanguage {

    private RequestLanguage() {
    }

    public static Locale of(HttpRequest<?> request) {
        return request == null ? Locale.ENGLISH : Languages.choose(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
