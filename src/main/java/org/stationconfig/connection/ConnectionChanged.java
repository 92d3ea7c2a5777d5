package org.stationconfig.connection;


/** Published whenever the connection's state, registration, error or times change (for the app's live events). */
public record ConnectionChanged(LiveConnection.Reading reading) {
}
