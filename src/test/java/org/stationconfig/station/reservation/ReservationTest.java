package org.stationconfig.station.reservation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may use a reservation (S16 §5.13): the tag or its parent matches the reservation's tag or parent. */
class ReservationTest {

    private static final Instant EXPIRY = Instant.parse("2030-01-01T00:00:00Z");

    @ParameterizedTest(name = "reserved {0}/{1}, presented {2}/{3}: {4}")
    @CsvSource({
            // reserved tag, reserved parent, presented tag, its parent, admitted
            "DRIVER,  ,      DRIVER,  ,       true",
            "DRIVER,  ,      driver,  ,       true",  // id tags are case-insensitive CiStrings
            "DRIVER,  ,      OTHER,   ,       false",
            "DRIVER,  ,      OTHER,   FLEET,  false", // without a parent on the reservation, a group does not count
            "DRIVER,  FLEET, OTHER,   FLEET,  true",
            "DRIVER,  FLEET, OTHER,   fleet,  true",
            "DRIVER,  FLEET, OTHER,   ,       false",
            "DRIVER,  FLEET, OTHER,   TEAM,   false",
            "DRIVER,  FLEET, FLEET,   ,       true",  // the group's own tag
            "DRIVER,  ,      OTHER,   DRIVER, true",  // a tag whose parent is the reserved tag
    })
    void admits(String idTag, String parentIdTag, String presented, String presentedParent, boolean admitted) {
        assertEquals(admitted, new Reservation(1, 1, idTag, parentIdTag, EXPIRY).admits(presented, presentedParent));
    }

    @ParameterizedTest
    @CsvSource({"2029-12-31T23:59:59Z, false", "2030-01-01T00:00:00Z, true", "2030-01-01T00:00:01Z, true"})
    void expiresAtItsExpiryDate(Instant now, boolean expired) {
        assertEquals(expired, new Reservation(1, 0, "DRIVER", null, EXPIRY).expired(now));
    }
}
