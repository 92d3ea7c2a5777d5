package org.stationconfig.ocpp.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stationconfig.ocpp.outbox.Payloads.EMPTY_ANSWER;
import static org.stationconfig.ocpp.outbox.Payloads.METER;
import static org.stationconfig.ocpp.outbox.Payloads.START;
import static org.stationconfig.ocpp.outbox.Payloads.STOP;
import static org.stationconfig.ocpp.outbox.Payloads.meter;
import static org.stationconfig.ocpp.outbox.Payloads.start;
import static org.stationconfig.ocpp.outbox.Payloads.startAnswer;
import static org.stationconfig.ocpp.outbox.Payloads.stop;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

    private OutboundMessage deliverNext(String answer) {
        OutboundMessage message = station.outbox().next(station.now()).orElseThrow();
        assertTrue(station.outbox().answered(message.id(), answer));
        return message;
    }

    private ServerTransactionIdRepository mappings() {
        return station.context().getBean(ServerTransactionIdRepository.class);
    }

    @Test
    void meterValuesAndStopTransactionOfAnOfflineTransactionCarryTheServerTransactionId() {
        station.outbox().enqueue(START, start(100), "local-7");
        station.outbox().enqueue(METER, meter(150), "local-7");
        station.outbox().enqueue(STOP, stop(200), "local-7");

        OutboundMessage start = deliverNext(startAnswer(4711));
        assertEquals(start(100), start.payload(), "a StartTransaction is sent as built");
        assertEquals("""
                {"connectorId":1,"meterValue":[{"timestamp":"2026-01-10T08:01:00Z","sampledValue":[{"value":"150"}]}],\
                "transactionId":4711}""", deliverNext(EMPTY_ANSWER).payload());
        assertEquals("""
                {"transactionId":4711,"meterStop":200,"timestamp":"2026-01-10T09:00:00Z"}""",
                deliverNext(EMPTY_ANSWER).payload(), "the placeholder is replaced in place");
    }

    @Test
    void theServerTransactionIdSurvivesARestart() {
        station.outbox().enqueue(START, start(100), "local-8");
        station.outbox().enqueue(STOP, stop(200), "local-8");
        deliverNext(startAnswer(99));

        station.restart();

        assertEquals("""
                {"transactionId":99,"meterStop":200,"timestamp":"2026-01-10T09:00:00Z"}""",
                deliverNext(EMPTY_ANSWER).payload());
    }

    @Test
    void theMappingIsForgottenOnceTheTransactionsLastMessageIsDelivered() {
        station.outbox().enqueue(START, start(100), "local-9");
        station.outbox().enqueue(STOP, stop(200), "local-9");
        deliverNext(startAnswer(5));
        assertEquals(5, mappings().findById("local-9").orElseThrow().serverTransactionId());
        assertEquals(5, station.outbox().list(null, 0, 10).items().get(0).serverTransactionId());

        deliverNext(EMPTY_ANSWER);

        assertTrue(mappings().findById("local-9").isEmpty());
    }

    @Test
    void aStartTransactionAnsweredWithoutTransactionIdLeavesLaterMessagesAsBuiltAndIsAudited() {
        station.outbox().enqueue(START, start(100), "local-10");
        station.outbox().enqueue(STOP, stop(200), "local-10");

        deliverNext("{\"idTagInfo\":{\"status\":\"Accepted\"}}");

        assertEquals(stop(200), deliverNext(EMPTY_ANSWER).payload());
        assertEquals("OUTBOX_NO_TRANSACTION_ID", station.outboxAudit().get(0).event());
    }

    @Test
    void messagesOfAnOnlineTransactionAreNotTouched() {
        String online = """
                {"connectorId":1,"transactionId":12,"meterValue":[]}""";
        station.outbox().enqueue(METER, online, null);
        assertEquals(online, deliverNext(EMPTY_ANSWER).payload());
    }
}
