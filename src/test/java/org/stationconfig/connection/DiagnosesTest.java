package org.stationconfig.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DiagnosesTest {

    @Test
    void aRollbackThatFailsTooWithoutAHintDoesNotSayNull() {
        LastError lost = new LastError("CLOSED", "CONNECTION_LOST", "The link dropped.", null, Instant.EPOCH, 2,
                null, null, null, null, null);
        LastError both = Diagnoses.rollbackFailsToo(lost, "HTTP 401 from the new endpoint");
        assertEquals("The new settings had failed before: HTTP 401 from the new endpoint.", both.hint());
        assertTrue(both.message().startsWith("Both failed") && both.message().endsWith("The link dropped."),
                both.message());
        assertEquals(2, both.attempts());
    }

    @Test
    void aRollbackThatFailsTooIsWordedForTheAppsLanguage() {
        LastError both = Diagnoses.rollbackFailsToo(Diagnoses.bootTimeout(Instant.EPOCH, 1), "HTTP 401 from the new endpoint");
        assertEquals("Beides fehlgeschlagen: auch die vorherigen Verbindungseinstellungen, wiederhergestellt nach dem "
                + "Fehlschlag der neuen, funktionieren nicht. Das Zentralsystem hat auf die BootNotification nicht "
                + "geantwortet.", both.wording().message().in(Locale.GERMAN));
        assertTrue(both.wording().hint().in(Locale.GERMAN)
                .endsWith("Die neuen Einstellungen waren vorher fehlgeschlagen: HTTP 401 from the new endpoint."));
        assertTrue(both.message().startsWith("Both failed") && both.hint().startsWith("The URL may point"), both.hint());
    }
}
