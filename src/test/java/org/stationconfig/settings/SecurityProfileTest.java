package org.stationconfig.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Security whitepaper §2 and A05.FR.02-04, as one table: what each profile needs and how it dials. */
class SecurityProfileTest {

    private record Row(int number, boolean accessKey, boolean root, boolean stationCertificate, String scheme) {
    }

    @Test
    void eachProfileNeedsWhatTheWhitepaperSays() {
        List<Row> expected = List.of(
                new Row(0, false, false, false, "ws"),
                new Row(1, true, false, false, "ws"),
                new Row(2, true, true, false, "wss"),
                new Row(3, false, true, true, "wss"));
        for (Row row : expected) {
            SecurityProfile profile = SecurityProfile.of(row.number());
            assertEquals(row, new Row(profile.number(), profile.needsAccessKey(), profile.needsCentralSystemRoot(),
                    profile.presentsStationCertificate(), profile.scheme()), "profile " + row.number());
        }
        assertEquals(4, SecurityProfile.values().length);
    }

    @Test
    void thereIsNoFourthProfile() {
        assertThrows(IllegalArgumentException.class, () -> SecurityProfile.of(4));
        assertThrows(IllegalArgumentException.class, () -> SecurityProfile.of(-1));
    }
}
