package org.stationconfig.ocpp.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 11 hole 8: frame excerpts showed the whole AuthorizationKey (short message ids) and locations' tokens. */
class LogTextTest {

    private static final String KEY = "0123456789ABCDEF0123456789ABCDEF";

    @Test
    void anAuthorizationKeyIsMaskedWhateverTheMessageIdAndFieldOrder() {
        for (String frame : new String[] {
                "[2,\"1\",\"ChangeConfiguration\",{\"key\":\"AuthorizationKey\",\"value\":\"" + KEY + "\"}]",
                "[2,\"a-much-longer-message-id-0001\",\"ChangeConfiguration\",{\"value\" : \"" + KEY
                        + "\",\"key\":\"AuthorizationKey\"}]",
                "[2,\"1\",\"ChangeConfiguration\",{\"key\":\"Authorization\\u004bey\",\"value\":\"" + KEY + "\"}]",
                "[2,\"1\",\"ChangeConfiguration\",{\"key\":\"authorizationkey\",\"value\":\"" + KEY + "\"", // cut off
        }) {
            String excerpt = LogText.excerpt(frame);
            assertFalse(excerpt.contains(KEY.substring(0, 8)), excerpt);
            assertTrue(excerpt.contains("\"value\":\"***\"") || excerpt.contains("\"value\" : \"***\""), excerpt);
        }
    }

    @Test
    void anAuthorizationKeySentAsANumberOrAnyOtherJsonTypeIsMaskedToo() {
        for (String value : new String[] {"81985529216486895", "-1.5e300", "true", "null",
                "{\"k\":\"" + KEY + "\"}", "[\"" + KEY + "\",81985529216486895]"}) {
            String frame = "[2,\"1\",\"ChangeConfiguration\",{\"key\":\"AuthorizationKey\",\"value\":" + value + "}]";
            String excerpt = LogText.excerpt(frame);
            assertEquals("[2,\"1\",\"ChangeConfiguration\",{\"key\":\"AuthorizationKey\",\"value\":\"***\"}]", excerpt);
        }
    }

    @Test
    void otherConfigurationValuesStayReadable() {
        String frame = "[2,\"1\",\"ChangeConfiguration\",{\"key\":\"HeartbeatInterval\",\"value\":\"300\"}]";
        assertEquals(frame, LogText.excerpt(frame));
    }

    @Test
    void locationsLoseTheirCredentialsAndQueryInFramesAndAlone() {
        String frame = "[2,\"7\",\"GetLog\",{\"log\":{\"remoteLocation\":\"ftp://user:Pa55@files.example/logs?X-Amz-Signature=t0k3n\"},"
                + "\"requestId\":1,\"logType\":\"SecurityLog\"}]";
        String excerpt = LogText.excerpt(frame);
        assertTrue(excerpt.contains("\"ftp://***@files.example/logs?***\""), excerpt);
        assertFalse(excerpt.contains("Pa55") || excerpt.contains("t0k3n") || excerpt.contains("user"), excerpt);
        assertTrue(excerpt.contains("\"requestId\":1"), excerpt);
        assertEquals("https://***@fw.example/a.bin?***", LogText.location("https://u:p@fw.example/a.bin?sig=x#y"));
        assertEquals("https://fw.example/a.bin", LogText.location("https://fw.example/a.bin"));
    }
}
