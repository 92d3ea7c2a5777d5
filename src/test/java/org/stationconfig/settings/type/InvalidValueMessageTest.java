package org.stationconfig.settings.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Found by the REST bad-input suite (issue 11): a 200,000-character phase rotation in a connection test came
 * back whole in the 422. Whatever a check quotes, the message shown is bounded.
 */
class InvalidValueMessageTest {

    @Test
    void aMessageQuotingAHugeValueIsCut() {
        String message = new InvalidValueException("\"" + "x".repeat(200_000) + "\" must start with a connector number")
                .getMessage();
        assertTrue(message.length() < 400, "length " + message.length());
        assertTrue(message.endsWith("(200037 chars)"), message.substring(message.length() - 30));
    }

    @Test
    void anOrdinaryMessageIsKeptAsItIs() {
        assertEquals("must be between 0 and 86400, not 90000",
                new InvalidValueException("must be between 0 and 86400, not 90000").getMessage());
    }
}
