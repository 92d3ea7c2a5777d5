package org.stationconfig.ocpp.rpc;

import java.util.Optional;

/** What {@link FrameCodec#decode} made of one text message. */
public sealed interface DecodeResult {

    /** A well-formed frame. */
    record Valid(Frame frame) implements DecodeResult {
    }

    /** OCPP-J 1.6 §4.1.3: a message type number other than 2, 3 or 4 is ignored. */
    record Ignored(String reason) implements DecodeResult {
    }

    /**
     * A frame that is not a valid OCPP-J message.
     *
     * @param kind      what it claimed to be, as far as that could be read
     * @param messageId its id if one could be read and is a legal id, else null
     * @param reason    fixed text from this codec, never an echo of the input
     */
    record Malformed(Kind kind, String messageId, ErrorCode code, String reason) implements DecodeResult {

        /**
         * The CALLERROR to answer with. A broken CALL is answered with its id, or "-1" when the id cannot be read
         * (OCPP-J 2.0.1 §4.2.3 practice); so is a frame whose type cannot be read. A broken CALLRESULT or
         * CALLERROR is never answered with an error.
         */
        public Optional<CallError> reply() {
            return switch (kind) {
                case CALL, UNKNOWN -> Optional.of(
                        new CallError(messageId == null ? CallError.UNKNOWN_ID : messageId, code, reason));
                case CALL_RESULT, CALL_ERROR -> Optional.empty();
            };
        }
    }

    enum Kind { CALL, CALL_RESULT, CALL_ERROR, UNKNOWN }
}
