package org.stationconfig.ocpp.trigger;

import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.ocpp.session.AnswerFirst;
import org.stationconfig.ocpp.v16.types.TriggerMessageStatus;

/**
 * Every message a TriggerMessage or ExtendedTriggerMessage can ask for, one bean each (two for one name stop the
 * station at start-up), and the answer both handlers give (S16 §5.17, whitepaper F06): NotImplemented when no bean
 * sends it, Rejected when it does not apply to the connector, else Accepted and the message after the answer.
 */
@Context
public class TriggerableMessages {

    private static final Logger LOG = LoggerFactory.getLogger(TriggerableMessages.class);

    private final Map<String, TriggerableMessage> byName = new HashMap<>();
    private final AnswerFirst answerFirst;

    public TriggerableMessages(List<TriggerableMessage> messages, AnswerFirst answerFirst) {
        this.answerFirst = answerFirst;
        for (TriggerableMessage message : messages) {
            TriggerableMessage other = byName.putIfAbsent(message.requestedMessage(), message);
            if (other != null) {
                throw new IllegalStateException("two beans send the triggered message " + message.requestedMessage()
                        + ": " + other.getClass().getName() + " and " + message.getClass().getName());
            }
        }
    }

    /**
     * @param extended true for ExtendedTriggerMessage, where FirmwareStatusNotification means the signed one
     * @return the answer; when it is Accepted the message is sent once the answer went out
     */
    public CompletionStage<TriggerMessageStatus> trigger(String requestedMessage, @Nullable Integer connectorId,
                                                         boolean extended) {
        TriggerableMessage message = byName.get(requestedMessage);
        if (message == null) {
            return CompletableFuture.completedFuture(TriggerMessageStatus.NotImplemented);
        }
        if (!message.accepts(connectorId)) {
            LOG.info("Trigger of {} for connector {} rejected", requestedMessage, connectorId);
            return CompletableFuture.completedFuture(TriggerMessageStatus.Rejected);
        }
        LOG.info("Triggered {}{}", requestedMessage, connectorId == null ? "" : " for connector " + connectorId);
        return answerFirst.answerThen(TriggerMessageStatus.Accepted, () -> message.send(connectorId, extended));
    }
}
