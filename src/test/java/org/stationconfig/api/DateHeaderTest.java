package org.stationconfig.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.simple.SimpleHttpHeaders;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The station's Date header reads exactly as the one Micronaut would have written, and follows the clock. */
class DateHeaderTest {

    @Test
    void readsAsMicronautsDateHeader() {
        for (String instant : List.of("2026-12-07T09:05:03.999Z", "2026-12-17T23:59:59.001Z", "2024-02-29T00:00:00Z",
                "1999-12-31T23:59:59.500Z", "2038-01-19T03:14:08Z")) {
            long millis = Instant.parse(instant).toEpochMilli();
            SimpleHttpHeaders micronauts = new SimpleHttpHeaders();
            micronauts.date(millis);
            assertEquals(micronauts.get(HttpHeaders.DATE), DateHeader.at(millis), instant);
        }
    }

    @Test
    void changesWithTheSecondAndNotWithin() {
        long second = Instant.parse("2026-12-07T11:20:00Z").toEpochMilli();
        String first = DateHeader.at(second);
        assertEquals(first, DateHeader.at(second + 999));
        assertNotEquals(first, DateHeader.at(second + 1000));
        assertEquals("Mon, 7 Dec 2026 11:20:01 GMT", DateHeader.at(second + 1000));
    }
}
