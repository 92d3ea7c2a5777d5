package org.stationconfig.station.metering;

/** Why a sample was taken; {@link #text} as the app sees it. */
public enum SampleContext {
    INTERRUPTION_BEGIN("Interruption.Begin"),
    INTERRUPTION_END("Interruption.End"),
    OTHER("Other"),
    SAMPLE_CLOCK("Sample.Clock"),
    SAMPLE_PERIODIC("Sample.Periodic"),
    TRANSACTION_BEGIN("Transaction.Begin"),
    TRANSACTION_END("Transaction.End"),
    TRIGGER("Trigger");

    private final String text;

    SampleContext(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
