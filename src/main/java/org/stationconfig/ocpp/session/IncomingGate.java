package org.stationconfig.ocpp.session;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.ocpp.rpc.FilterDecision;
import org.stationconfig.ocpp.rpc.IncomingCallFilter;
import org.stationconfig.ocpp.v16.core.RemoteStartTransaction;
import org.stationconfig.ocpp.v16.core.RemoteStopTransaction;
import org.stationconfig.ocpp.v16.types.RemoteStartStopStatus;

/** What the central system may ask, by registration state (facts §6, S16 §4.2). */
final class IncomingGate implements IncomingCallFilter {

    private static final Logger LOG = LoggerFactory.getLogger(IncomingGate.class);

    private final Supplier<SessionRegistration> registration;

    IncomingGate(Supplier<SessionRegistration> registration) {
        this.registration = registration;
    }

    @Override
    public FilterDecision check(String action) {
        return switch (registration.get()) {
            // Rejected: the CP SHALL NOT answer CS-initiated messages
            case REJECTED -> {
                LOG.info("Not answering {}: the registration is Rejected, and a Rejected charge point answers no "
                        + "request of the central system (OCPP 1.6 §4.2)", action);
                yield FilterDecision.DROP;
            }
            case ACCEPTED -> FilterDecision.PROCEED;
            // Pending (and before any answer): answer, but remote start/stop are not allowed
            case PENDING, NONE -> switch (action) {
                case "RemoteStartTransaction" -> FilterDecision.reply(new RemoteStartTransaction.Response(RemoteStartStopStatus.Rejected));
                case "RemoteStopTransaction" -> FilterDecision.reply(new RemoteStopTransaction.Response(RemoteStartStopStatus.Rejected));
                default -> FilterDecision.PROCEED;
            };
        };
    }

    @Override
    public boolean answerMalformed() {
        return registration.get() != SessionRegistration.REJECTED;
    }
}
