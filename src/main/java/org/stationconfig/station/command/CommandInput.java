package org.stationconfig.station.command;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.List;
import org.stationconfig.api.Problem;
import org.stationconfig.api.ProblemException;
import org.stationconfig.ocpp.v16.core.ChangeAvailability.AvailabilityType;
import org.stationconfig.settings.type.Texts;
import org.stationconfig.station.StationProperties;
import org.stationconfig.station.api.CommandRequest;

/** Reads a command's body; bad input is refused before the station does anything. */
@Singleton
class CommandInput {

    /** OCPP's idToken is a CiString20. */
    static final int MAX_ID_TAG = 20;

    /** stop-transaction names the transaction by its connector or by the central system's id. */
    record StopTarget(@Nullable Integer connectorId, @Nullable Integer transactionId) {
    }

    private final int connectors;

    CommandInput(StationProperties station) {
        this.connectors = station.connectors();
    }

    /** @param stationToo connector 0 (the whole station) is allowed */
    int connector(CommandRequest request, boolean stationToo) {
        if (request.connectorId() == null) {
            throw invalid("connectorId", "Name the connector: " + range(stationToo) + ".");
        }
        return known(request.connectorId(), stationToo);
    }

    @Nullable
    Integer optionalConnector(CommandRequest request) {
        return request.connectorId() == null ? null : known(request.connectorId(), true);
    }

    String idTag(CommandRequest request) {
        String idTag = request.idTag();
        if (idTag == null || idTag.isEmpty() || idTag.length() > MAX_ID_TAG || !Texts.isPrintableAscii(idTag)) {
            throw invalid("idTag", "An id tag is 1 to " + MAX_ID_TAG
                    + " printable ASCII characters (OCPP idToken, CiString20).");
        }
        return idTag;
    }

    AvailabilityType availability(CommandRequest request) {
        if ("Operative".equals(request.type())) {
            return AvailabilityType.Operative;
        }
        if ("Inoperative".equals(request.type())) {
            return AvailabilityType.Inoperative;
        }
        throw invalid("type", "Use Operative (available) or Inoperative (unavailable).");
    }

    StopTarget stopTarget(CommandRequest request) {
        if ((request.connectorId() == null) == (request.transactionId() == null)) {
            throw invalid("connectorId", "Name either the connector the transaction runs on (connectorId) or the "
                    + "central system's transactionId, not both.");
        }
        if (request.connectorId() != null) {
            return new StopTarget(known(request.connectorId(), false), null);
        }
        return new StopTarget(null, request.transactionId());
    }

    private int known(int connectorId, boolean stationToo) {
        if (connectorId < (stationToo ? 0 : 1) || connectorId > connectors) {
            throw ProblemException.of(HttpStatus.NOT_FOUND, "Unknown connector", "The station did nothing: it has no "
                    + "connector " + connectorId + "; use " + range(stationToo) + ".");
        }
        return connectorId;
    }

    private String range(boolean stationToo) {
        return stationToo ? "0 (the whole station) or a connector 1 to " + connectors : "a connector 1 to " + connectors;
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.invalid("The station did nothing.", List.of(new Problem.FieldError(field, message)));
    }
}
