package org.stationconfig.connection;

/** Port of the protocol adapter: a session for a link about to open, reporting to {@code listener}. */
public interface SessionOpener {

    LinkSession open(StationIdentity identity, boolean bootDue, SessionListener listener);
}
