package org.stationconfig.connection;

import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.stationconfig.clock.StationClock;
import org.stationconfig.securitylog.SecurityEvent;
import org.stationconfig.securitylog.SecurityEvents;
import org.stationconfig.ocpp.transport.DialFailure;

/**
 * What a failed connection attempt means for the installer: the classified error with its hint, the security event
 * a refused login raises (HTTP 401), and for wss the TLS reason found by a diagnostic handshake.
 */
@Singleton
class DialDiagnosis {

    private final SecurityEvents securityEvents;
    private final TlsDiagnosis tls;
    private final StationClock clock;

    DialDiagnosis(SecurityEvents securityEvents, TlsDiagnosis tls, StationClock clock) {
        this.securityEvents = securityEvents;
        this.tls = tls;
        this.clock = clock;
    }

    /** Completes at once, or after the TLS handshake check (off the caller's thread) for a wss failure. */
    CompletableFuture<LastError> of(Throwable error, ConnectionParameters dialled, int attempt) {
        return diagnose(error, dialled, attempt, true);
    }

    /** The same diagnosis for a connection test, which is not the station's connection: no security event. */
    CompletableFuture<LastError> ofTest(Throwable error, ConnectionParameters dialled) {
        return diagnose(error, dialled, 1, false);
    }

    private CompletableFuture<LastError> diagnose(Throwable error, ConnectionParameters dialled, int attempt,
                                                  boolean raiseEvents) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        DialFailure failure = cause instanceof DialFailure f ? f
                : new DialFailure(DialFailure.Stage.TCP, "STATION_ERROR", "the station could not open the connection ("
                        + cause.getClass().getSimpleName() + ")", 0, cause);
        if (failure.httpStatus() == 401 && raiseEvents) {
            securityEvents.raise(SecurityEvent.FailedToAuthenticateAtCentralSystem, "HTTP 401 from "
                    + dialled.effectiveUri().getHost() + " for id " + dialled.chargePointId(), clock.now());
        }
        LastError diagnosis = Diagnoses.unauthorized(Diagnoses.of(failure, clock.now(), attempt), dialled);
        boolean maybeTls = failure.stage() == DialFailure.Stage.TLS
                || failure.stage() == DialFailure.Stage.TCP && failure.code().equals("TCP_RESET");
        if (dialled.tls() && maybeTls) {
            return tls.explain(dialled.effectiveUri(), dialled.securityProfile(), diagnosis, raiseEvents)
                    .exceptionally(probeError -> diagnosis);
        }
        return CompletableFuture.completedFuture(diagnosis);
    }
}
