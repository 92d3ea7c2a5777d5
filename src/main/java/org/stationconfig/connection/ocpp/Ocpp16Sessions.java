package org.stationconfig.connection.ocpp;

import jakarta.inject.Singleton;
import org.stationconfig.clock.StationClock;
import org.stationconfig.connection.LinkSession;
import org.stationconfig.connection.SessionListener;
import org.stationconfig.connection.SessionOpener;
import org.stationconfig.connection.StationIdentity;
import org.stationconfig.ocpp.session.Backoff;
import org.stationconfig.ocpp.session.OcppSession;
import org.stationconfig.ocpp.session.SessionContext;
import org.stationconfig.settings.SettingsStore;

/** The connection's sessions speak OCPP 1.6J: each link gets an {@link OcppSession} of the protocol machinery. */
@Singleton
class Ocpp16Sessions implements SessionOpener {

    private final SessionContext context;
    private final Backoff backoff;
    private final StationClock clock;
    private final SettingsStore settings;

    Ocpp16Sessions(SessionContext context, Backoff backoff, StationClock clock, SettingsStore settings) {
        this.context = context;
        this.backoff = backoff;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public LinkSession open(StationIdentity identity, boolean bootDue, SessionListener listener) {
        return new Ocpp16Session(listener, clock, settings,
                events -> new OcppSession(context, events, BootIdentity.of(identity), bootDue, backoff));
    }
}
