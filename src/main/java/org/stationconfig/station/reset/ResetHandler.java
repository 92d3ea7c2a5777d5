package org.stationconfig.station.reset;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.session.AnswerFirst;
import org.stationconfig.ocpp.v16.core.Reset;

/** Reset (S16 §5.14): Accepted, then the reset once the answer went out; Rejected while one is under way. */
@Singleton
public class ResetHandler implements OcppHandler {

    /** Looked up on use: the reset restarts the connection, which collects this handler. */
    private final Provider<StationReset> reset;
    private final AnswerFirst answerFirst;

    public ResetHandler(Provider<StationReset> reset, AnswerFirst answerFirst) {
        this.reset = reset;
        this.answerFirst = answerFirst;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(Reset.ACTION, request -> {
            StationReset station = reset.get();
            if (!station.claim()) {
                return CompletableFuture.completedFuture(new Reset.Response(Reset.ResetStatus.Rejected));
            }
            return answerFirst.answerThen(new Reset.Response(Reset.ResetStatus.Accepted),
                    () -> station.perform(request.type()));
        });
    }
}
