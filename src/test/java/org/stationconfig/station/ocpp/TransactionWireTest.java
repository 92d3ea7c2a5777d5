package org.stationconfig.station.ocpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stationconfig.metering.Measurand;
import org.stationconfig.ocpp.rpc.JsonText;
import org.stationconfig.ocpp.rpc.PayloadWriter;
import org.stationconfig.ocpp.v16.core.StopTransaction;
import org.stationconfig.station.metering.MeterSample;
import org.stationconfig.station.metering.Sample;
import org.stationconfig.station.metering.SampleContext;
import org.stationconfig.station.metering.Unit;
import org.stationconfig.station.transaction.StopReason;
import org.stationconfig.station.transaction.TransactionRecord;

/** A transaction's messages as the outbox stores them; every stop reason has its OCPP 1.6 spelling. */
class TransactionWireTest {

    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant STOP = Instant.parse("2026-03-01T13:00:00Z");

    @ParameterizedTest
    @EnumSource(StopReason.class)
    void everyStopReasonMapsToTheSameWireReasonAndBack(StopReason reason) {
        assertEquals(reason.name(), TransactionWire.toWire(reason).name());
        assertEquals(reason, TransactionWire.fromWire(TransactionWire.toWire(reason)));
    }

    @ParameterizedTest
    @EnumSource(StopTransaction.Reason.class)
    void everyWireReasonHasAStopReason(StopTransaction.Reason reason) {
        assertEquals(reason, TransactionWire.toWire(TransactionWire.fromWire(reason)));
    }

    @Test
    void aStopCarriesTheKeptSamplesAsTheyWereStored() {
        TransactionRecord stopped = new TransactionRecord("local-1", 1, "TAG-1", null, 100, START, true, 42, null,
                1500, STOP, STOP, 1500, StopReason.EVDisconnected, "TAG-1", false, null, false);
        String begin = TransactionWire.kept(sample(START, "100", SampleContext.TRANSACTION_BEGIN));
        String end = TransactionWire.kept(sample(STOP, "1500", SampleContext.TRANSACTION_END));
        assertEquals("{\"timestamp\":\"2026-03-01T12:00:00Z\",\"sampledValue\":[{\"value\":\"100\","
                + "\"context\":\"Transaction.Begin\",\"measurand\":\"Energy.Active.Import.Register\",\"unit\":\"Wh\"}]}",
                begin);

        StopTransaction.Request stop = TransactionWire.stop(stopped, 42, List.of(begin, end), 10);

        assertEquals("{\"idTag\":\"TAG-1\",\"meterStop\":1500,\"timestamp\":\"2026-03-01T13:00:00Z\",\"transactionId\":42,"
                + "\"reason\":\"EVDisconnected\",\"transactionData\":[" + begin + "," + end + "]}", JsonText.write(new PayloadWriter().write(stop)));
    }

    private static MeterSample sample(Instant at, String wh, SampleContext context) {
        return new MeterSample(at, List.of(new Sample(wh, context, Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, null, null,
                Unit.Wh)));
    }
}
