package org.stationconfig.settings.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stationconfig.settings.type.InvalidValueException;

/** What installers paste (field notes: URL composition is the most common failure) and what gets dialled. */
class ConnectionUrlsTest {

    @ParameterizedTest(name = "{0} (profile {2}) -> {3}")
    @CsvSource(delimiter = '|', value = {
            "ws://csms.example.com/ocpp                 | CP1 | 0 | ws://csms.example.com/ocpp/CP1",
            "ws://csms.example.com/ocpp/                | CP1 | 0 | ws://csms.example.com/ocpp/CP1",
            "ws://csms.example.com/ocpp///              | CP1 | 0 | ws://csms.example.com/ocpp/CP1",
            "ws://csms.example.com/ocpp/CP1             | CP1 | 0 | ws://csms.example.com/ocpp/CP1",
            "ws://csms.example.com/ocpp/CP1/            | CP1 | 0 | ws://csms.example.com/ocpp/CP1",
            "csms.example.com/ocpp                      | CP1 | 0 | ws://csms.example.com/ocpp/CP1",
            "csms.example.com:8180/steve/websocket/CentralSystemService | CP-7 | 1 | ws://csms.example.com:8180/steve/websocket/CentralSystemService/CP-7",
            "CSMS.Example.COM/ocpp                      | CP1 | 0 | ws://csms.example.com/ocpp/CP1",
            "wss://csms.example.com                     | CP1 | 2 | wss://csms.example.com/CP1",
            "csms.example.com                           | CP1 | 3 | wss://csms.example.com/CP1",
            "ws://csms.example.com//ocpp                | CP1 | 0 | ws://csms.example.com/ocpp/CP1",
            "ws://127.0.0.1:9000                        | a+b@c | 0 | ws://127.0.0.1:9000/a%2Bb%40c",
            "ws://csms.example.com/ocpp/a%2Bb%40c       | a+b@c | 0 | ws://csms.example.com/ocpp/a%2Bb%40c",
            "ws://xn--bcher-kva.example/ocpp            | CP1 | 0 | ws://xn--bcher-kva.example/ocpp/CP1",
            "ws://[::1]:9000/ocpp                       | CP1 | 0 | ws://[::1]:9000/ocpp/CP1",
    })
    void pastedUrlsAreNormalisedAndDialledWithTheIdAppendedOnce(String pasted, String id, int profile, String dialled) {
        ConnectionUrls.Normalised normalised = ConnectionUrls.normalise(pasted, id, profile);
        assertEquals(dialled, ConnectionUrls.effective(normalised.url(), id, profile));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "http://csms.example.com/ocpp     | ws:// or wss://",
            "https://csms.example.com/ocpp    | ws:// or wss://",
            "ftp://csms.example.com           | ws:// or wss://",
            "ws://csms example.com/ocpp       | spaces",
            "ws://csms.example.com/oc pp      | spaces",
            "ws://bücher.example/ocpp         | punycode",
            "ws:///ocpp                       | no host",
            "ws://user:pw@csms.example.com    | access key",
            "ws://csms.example.com/ocpp?x=1   | ? or #",
            "ws://csms.example.com/ocpp#frag  | ? or #",
            "ws://csms.example.com:99999/ocpp | port",
    })
    void addressesThatCannotWorkAreRefusedWithAReason(String pasted, String reason) {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> ConnectionUrls.normalise(pasted, "CP1", 0));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    @org.junit.jupiter.api.Test
    void aSchemeThatDoesNotFitTheProfileIsAcceptedWithAWarningNamingTheSchemeDialled() {
        ConnectionUrls.Normalised normalised = ConnectionUrls.normalise("ws://csms.example.com/ocpp", "CP1", 2);
        assertEquals("wss://csms.example.com/ocpp/CP1", ConnectionUrls.effective(normalised.url(), "CP1", 2));
        assertTrue(normalised.warnings().get(0).english().contains("wss://"), normalised.warnings().toString());
    }

    @org.junit.jupiter.api.Test
    void theIdAtTheEndIsRemovedWithAWarning() {
        ConnectionUrls.Normalised normalised = ConnectionUrls.normalise("ws://h/ocpp/CP1", "CP1", 0);
        assertEquals("ws://h/ocpp", normalised.url());
        assertTrue(normalised.warnings().get(0).english().contains("charge point id"));
    }

    @org.junit.jupiter.api.Test
    void anEffectiveUrlOver500CharactersIsRefused() {
        String longPath = "ws://h/" + "p".repeat(460);
        assertThrows(InvalidValueException.class, () -> ConnectionUrls.normalise(longPath, "X".repeat(48), 0));
    }
}
