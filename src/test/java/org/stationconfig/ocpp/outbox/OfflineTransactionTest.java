package org.stationconfig.ocpp.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stationconfig.ocpp.outbox.Payloads.EMPTY_ANSWER;
import static org.stationconfig.ocpp.outbox.Payloads.json;
import static org.stationconfig.ocpp.outbox.Payloads.meter;
import static org.stationconfig.ocpp.outbox.Payloads.start;
import static org.stationconfig.ocpp.outbox.Payloads.startAnswer;
import static org.stationconfig.ocpp.outbox.Payloads.stop;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.v16.core.MeterValues;

/** A transaction started offline gets the central system's id patched into its later messages. */
class OfflineTransactionTest {

    private OutboxStation station;

    @BeforeEach
    void bootStation() {
        station = OutboxStation.start();
    }

    @AfterEach
    void stopStation() {
        station.close();
    }

    private OutboundMessage deliverNext(Object answer) {
        OutboundMessage message = station.outbox().next(station.now()).orElseThrow();
        assertTrue(station.outbox().answered(message.id(), answer));
        return message;
    }

    private ServerTransactionIdRepository mappings() {
        return station.context().getBean(ServerTransactionIdRepository.class);
    }

    @Test
    void meterValuesAndStopTransactionOfAnOfflineTransactionCarryTheServerTransactionId() {
        station.outbox().enqueue(start(100), "local-7");
        station.outbox().enqueue(meter(150), "local-7");
        station.outbox().enqueue(stop(200), "local-7");

        OutboundMessage start = deliverNext(startAnswer(4711));
        assertEquals(json(start(100)), json(start.payload()), "a StartTransaction is sent as built");
        assertEquals("""
                {"connectorId":1,"meterValue":[{"timestamp":"2026-01-10T08:01:00Z","sampledValue":[{"value":"150"}]}],\
                "transactionId":4711}""", json(deliverNext(EMPTY_ANSWER).payload()));
        assertEquals("""
                {"meterStop":200,"timestamp":"2026-01-10T09:00:00Z","transactionId":4711}""",
                json(deliverNext(EMPTY_ANSWER).payload()), "the placeholder is replaced in place");
    }

    @Test
    void theServerTransactionIdSurvivesARestart() {
        station.outbox().enqueue(start(100), "local-8");
        station.outbox().enqueue(stop(200), "local-8");
        deliverNext(startAnswer(99));

        station.restart();

        assertEquals("""
                {"meterStop":200,"timestamp":"2026-01-10T09:00:00Z","transactionId":99}""",
                json(deliverNext(EMPTY_ANSWER).payload()));
    }

    @Test
    void theMappingIsForgottenOnceTheTransactionsLastMessageIsDelivered() {
        station.outbox().enqueue(start(100), "local-9");
        station.outbox().enqueue(stop(200), "local-9");
        deliverNext(startAnswer(5));
        assertEquals(5, mappings().findById("local-9").orElseThrow().serverTransactionId());
        assertEquals(5, station.outbox().list(null, 0, 10).items().get(0).serverTransactionId());

        deliverNext(EMPTY_ANSWER);

        assertTrue(mappings().findById("local-9").isEmpty());
    }

    @Test
    void aStartTransactionAnsweredWithoutTransactionIdLeavesLaterMessagesAsBuiltAndIsAudited() {
        station.outbox().enqueue(start(100), "local-10");
        station.outbox().enqueue(stop(200), "local-10");

        deliverNext(EMPTY_ANSWER);

        assertEquals(json(stop(200)), json(deliverNext(EMPTY_ANSWER).payload()));
        assertEquals("OUTBOX_NO_TRANSACTION_ID", station.outboxAudit().get(0).event());
    }

    @Test
    void messagesOfAnOnlineTransactionAreNotTouched() {
        MeterValues.Request online = new MeterValues.Request(1, 12, List.of());
        station.outbox().enqueue(online, null);
        assertEquals("""
                {"connectorId":1,"transactionId":12,"meterValue":[]}""", json(deliverNext(EMPTY_ANSWER).payload()));
    }
}
