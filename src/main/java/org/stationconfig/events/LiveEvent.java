package org.stationconfig.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One message on the app's live event stream: {@code status} (the connection status), {@code settings} (which
 * keys changed, by whom), and whatever else station logic publishes (e.g. {@code connector}, {@code transaction}).
 * Any bean may publish one as an application event; the stream forwards it to every logged-in app.
 */
@Serdeable
public record LiveEvent(String type, Instant at, Object data) {
}
