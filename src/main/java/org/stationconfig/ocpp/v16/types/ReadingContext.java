package org.stationconfig.ocpp.v16.types;

import org.stationconfig.ocpp.rpc.WireValue;

/** S16 ch.7. */
public enum ReadingContext implements WireValue {
    INTERRUPTION_BEGIN("Interruption.Begin"),
    INTERRUPTION_END("Interruption.End"),
    OTHER("Other"),
    SAMPLE_CLOCK("Sample.Clock"),
    /** The default when absent. */
    SAMPLE_PERIODIC("Sample.Periodic"),
    TRANSACTION_BEGIN("Transaction.Begin"),
    TRANSACTION_END("Transaction.End"),
    TRIGGER("Trigger");

    private final String wire;

    ReadingContext(String wire) {
        this.wire = wire;
    }

    @Override
    public String wireValue() {
        return wire;
    }
}
