package org.stationconfig.fuzz.ocpp;

import org.stationconfig.ocpp.rpc.Call;
import org.stationconfig.ocpp.rpc.DecodeResult;
import org.stationconfig.ocpp.rpc.ErrorCode;
import org.stationconfig.ocpp.rpc.FrameCodec;
import org.stationconfig.ocpp.rpc.InvalidPayloadException;
import org.stationconfig.ocpp.rpc.PayloadReader;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.ActionTable;
import org.stationconfig.ocpp.v16.Direction;

/**
 * What the station must answer to a frame, by the rules of OCPP-J 1.6 (§4.1.3, §4.2.3) as the message definitions
 * declare them: silence for answers and unknown message types, FormationViolation for what is not a frame,
 * NotImplemented/NotSupported for actions it does not take, the violation's code for a payload that breaks its
 * record's constraints, and for a valid request an answer that is not an error of the station's own.
 */
final class Oracle {

    /** The expected answer: none, a CALLERROR with this id and code, or a CALLRESULT (a declared CALLERROR allowed). */
    record Expected(boolean silent, String messageId, ErrorCode code, boolean valid) {

        static Expected silence() {
            return new Expected(true, null, null, false);
        }
    }

    private final FrameCodec codec = new FrameCodec();
    private final PayloadReader reader = new PayloadReader();
    private final ActionTable table = ActionTable.v16();

    Expected expect(String text) {
        DecodeResult decoded = codec.decode(text);
        if (decoded instanceof DecodeResult.Ignored) {
            return Expected.silence();
        }
        if (decoded instanceof DecodeResult.Malformed malformed) {
            return malformed.reply().map(error -> new Expected(false, error.messageId(), error.errorCode(), false))
                    .orElse(Expected.silence());
        }
        if (!(((DecodeResult.Valid) decoded).frame() instanceof Call call)) {
            return Expected.silence(); // an answer to nothing the station asked: dropped
        }
        ActionDefinition<?, ?> action = table.definition(call.action()).orElse(null);
        if (action == null) {
            return new Expected(false, call.messageId(), ErrorCode.NotImplemented, false);
        }
        if (action.direction() == Direction.CHARGE_POINT_TO_CENTRAL_SYSTEM) {
            return new Expected(false, call.messageId(), ErrorCode.NotSupported, false);
        }
        try {
            reader.read(call.payload(), action.requestType());
            return new Expected(false, call.messageId(), null, true);
        } catch (InvalidPayloadException e) {
            return new Expected(false, call.messageId(), e.errorCode(), false);
        }
    }
}
