package org.stationconfig.status;

import org.stationconfig.connection.ConnectionState;
import org.stationconfig.connection.LastError;
import org.stationconfig.connection.Registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.stationconfig.connection.Diagnoses;

/** The status's hints, messages and the indicator in German; a hint that exists only in English stays as it is. */
class StatusLanguageTest {

    private static final Instant AT = Instant.parse("2026-12-07T02:00:00Z");

    private static ConnectionStatus status(LastError error) {
        return new ConnectionStatus(ConnectionState.WAITING_RETRY, null, Registration.REJECTED, error, "ws://x/CP", 0,
                null, null, null, null, null, null, null, Indicator.of(ConnectionState.WAITING_RETRY, Registration.REJECTED));
    }

    @Test
    void aHintWithTheCentralSystemsWaitIsTranslatedWithItsNumber() {
        ConnectionStatus german = StatusLanguage.in(status(Diagnoses.bootRejected(3600, AT, 2)), Locale.GERMAN);
        assertEquals("Bitten Sie den Betreiber, diese Ladepunkt-ID zu registrieren oder freizuschalten; die Station fragt "
                + "nach 3600 s erneut.", german.lastError().hint());
        assertEquals("Das Zentralsystem hat die Anmeldung abgelehnt (BootNotification Rejected).", german.lastError().message());
        assertEquals("Client getrennt, Registrierungsstatus: Rejected", german.indicator().tooltip());
        assertEquals(Indicator.Color.GRAY, german.indicator().color());
    }

    @Test
    void aHintMadeForTheSituationStaysEnglish() {
        LastError special = Diagnoses.pingTimeout(30, AT, 1).withHint("The access key is a hex key, sent as its 16 raw bytes.");
        assertEquals(special.hint(), StatusLanguage.in(status(special), Locale.GERMAN).lastError().hint());
    }

    @Test
    void messagesAndHintsBuiltFromTheSituationAreGermanToo() {
        LastError closed = Diagnoses.closedByServer(4001, "duplicate id", AT, 1);
        LastError german = StatusLanguage.in(status(closed), Locale.GERMAN).lastError();
        assertEquals("Das Zentralsystem hat die Verbindung geschlossen (Code 4001, \"duplicate id\").", german.message());
        assertEquals("The central system closed the connection (code 4001, \"duplicate id\").", closed.message());

        LastError tls = LastError.worded("TLS", "TLS_EXPIRED", org.stationconfig.i18n.Text.of("status.message.TLS_EXPIRED"),
                org.stationconfig.i18n.Text.of("status.hint.TLS_EXPIRED"), AT, 1, null, null, null, null, null);
        assertEquals("Das Zertifikat des Zentralsystems ist abgelaufen",
                StatusLanguage.in(status(tls), Locale.GERMAN).lastError().message());
    }

    @Test
    void theWordingIsNotPartOfTheAnswer() throws Exception {
        String json = io.micronaut.json.JsonMapper.createDefault().writeValueAsString(Diagnoses.bootTimeout(AT, 1));
        org.junit.jupiter.api.Assertions.assertFalse(json.contains("wording"), json);
    }

    @Test
    void englishIsTheStatusAsItIs() {
        ConnectionStatus english = status(Diagnoses.bootTimeout(AT, 1));
        assertSame(english, StatusLanguage.in(english, Locale.ENGLISH));
        assertEquals("The URL may point to the wrong service, or the central system is overloaded; the station retries "
                + "with back-off.", english.lastError().hint());
    }
}
