package org.stationconfig.station.command;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.List;
import org.stationconfig.api.ProblemException.FieldText;
import org.stationconfig.api.ProblemException;
import org.stationconfig.hardware.StationProperties;
import org.stationconfig.i18n.Text;
import org.stationconfig.settings.type.Texts;
import org.stationconfig.station.Availability;
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
            throw invalid("connectorId", Text.of("command.connector.missing", range(stationToo)));
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
            throw invalid("idTag", Text.of("command.idTag", MAX_ID_TAG));
        }
        return idTag;
    }

    Availability availability(CommandRequest request) {
        if ("Operative".equals(request.type())) {
            return Availability.Operative;
        }
        if ("Inoperative".equals(request.type())) {
            return Availability.Inoperative;
        }
        throw invalid("type", Text.of("command.availabilityType"));
    }

    StopTarget stopTarget(CommandRequest request) {
        if ((request.connectorId() == null) == (request.transactionId() == null)) {
            throw invalid("connectorId", Text.of("command.stopTarget"));
        }
        if (request.connectorId() != null) {
            return new StopTarget(known(request.connectorId(), false), null);
        }
        return new StopTarget(null, request.transactionId());
    }

    private int known(int connectorId, boolean stationToo) {
        if (connectorId < (stationToo ? 0 : 1) || connectorId > connectors) {
            throw ProblemException.of(HttpStatus.NOT_FOUND, Text.of("command.unknownConnector.title"),
                    Text.of("command.unknownConnector.detail", connectorId, range(stationToo)));
        }
        return connectorId;
    }

    private Text range(boolean stationToo) {
        return Text.of(stationToo ? "command.range.stationToo" : "command.range.connector", connectors);
    }

    private static ProblemException invalid(String field, Text message) {
        return ProblemException.invalid(Text.of("command.didNothing"), List.of(new FieldText(field, message)));
    }
}
