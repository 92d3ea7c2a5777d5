package org.stationconfig.ocpp.outbox;

import java.time.Instant;
import java.util.List;
import org.stationconfig.ocpp.rpc.JsonText;
import org.stationconfig.ocpp.rpc.PayloadWriter;
import org.stationconfig.ocpp.v16.core.MeterValues;
import org.stationconfig.ocpp.v16.core.StartTransaction;
import org.stationconfig.ocpp.v16.core.StopTransaction;
import org.stationconfig.ocpp.v16.security.SecurityEventNotification;
import org.stationconfig.ocpp.v16.types.AuthorizationStatus;
import org.stationconfig.ocpp.v16.types.IdTagInfo;
import org.stationconfig.ocpp.v16.types.MeterValue;
import org.stationconfig.ocpp.v16.types.SampledValue;

/** OCPP 1.6 requests as the station would queue them; {@code seq} marks order where a test needs it. */
final class Payloads {

    static final String START = "StartTransaction";
    static final String STOP = "StopTransaction";
    static final String METER = "MeterValues";
    static final String SECURITY = "SecurityEventNotification";

    private Payloads() {
    }

    static StartTransaction.Request start(int meterStart) {
        return new StartTransaction.Request(1, "TAG-1", meterStart, null, Instant.parse("2026-01-10T08:00:00Z"));
    }

    /** An offline MeterValues: the station does not know the server id yet and leaves it out. */
    static MeterValues.Request meter(int wh) {
        return new MeterValues.Request(1, null, List.of(new MeterValue(Instant.parse("2026-01-10T08:01:00Z"),
                List.of(SampledValue.of(String.valueOf(wh))))));
    }

    /** StopTransaction requires a transactionId; offline the station puts a placeholder the outbox replaces. */
    static StopTransaction.Request stop(int meterStop) {
        return new StopTransaction.Request(null, meterStop, Instant.parse("2026-01-10T09:00:00Z"), -1, null, null);
    }

    static SecurityEventNotification.Request securityEvent(String type) {
        return new SecurityEventNotification.Request(type, Instant.parse("2026-01-10T08:00:00Z"), null);
    }

    static StartTransaction.Response startAnswer(int transactionId) {
        return new StartTransaction.Response(IdTagInfo.of(AuthorizationStatus.Accepted), transactionId);
    }

    /** The answer to a MeterValues (and, being empty, one that carries no transaction id). */
    static final Object EMPTY_ANSWER = new MeterValues.Response();

    /** A payload as it goes out in a CALL frame. */
    static String json(Object payload) {
        return JsonText.write(payload instanceof io.micronaut.json.tree.JsonNode node ? node : new PayloadWriter().write(payload));
    }
}
