package org.stationconfig.ocpp.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;

/**
 * A message handed to the session to send now.
 *
 * @param id      the outbox id to report the outcome with (not the OCPP-J message id: each send needs a new one)
 * @param payload the CALL payload, checked when it was queued, with the server transaction id already patched in
 *                where one is known: send it as it is
 * @param send    which send this is: 1 for the first, n + 1 after n failed ones
 */
public record OutboundMessage(long id, String action, JsonNode payload, @Nullable String localTransactionId, int send) {
}
