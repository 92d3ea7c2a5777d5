package org.stationconfig.ocpp.outbox;

/** OCPP 1.6 payloads as the station would queue them; {@code seq} marks order where a test needs it. */
final class Payloads {

    static final String START = "StartTransaction";
    static final String STOP = "StopTransaction";
    static final String METER = "MeterValues";
    static final String SECURITY = "SecurityEventNotification";

    private Payloads() {
    }

    static String start(int meterStart) {
        return """
                {"connectorId":1,"idTag":"TAG-1","meterStart":%d,"timestamp":"2026-01-10T08:00:00Z"}"""
                .formatted(meterStart);
    }

    /** An offline MeterValues: the station does not know the server id yet and leaves it out. */
    static String meter(int wh) {
        return """
                {"connectorId":1,"meterValue":[{"timestamp":"2026-01-10T08:01:00Z","sampledValue":[{"value":"%d"}]}]}"""
                .formatted(wh);
    }

    /** StopTransaction requires a transactionId; offline the station puts a placeholder the outbox replaces. */
    static String stop(int meterStop) {
        return """
                {"transactionId":-1,"meterStop":%d,"timestamp":"2026-01-10T09:00:00Z"}""".formatted(meterStop);
    }

    static String securityEvent(String type) {
        return """
                {"type":"%s","timestamp":"2026-01-10T08:00:00Z"}""".formatted(type);
    }

    static String startAnswer(int transactionId) {
        return """
                {"idTagInfo":{"status":"Accepted"},"transactionId":%d}""".formatted(transactionId);
    }

    static final String EMPTY_ANSWER = "{}";
}
