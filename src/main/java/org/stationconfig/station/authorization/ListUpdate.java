package org.stationconfig.station.authorization;

import java.util.List;

/** An update of the Local Authorization List the central system sent (S16 §5.15). */
public record ListUpdate(int version, Kind kind, List<ListEntry> entries) {

    public enum Kind {
        /** Replaces the list. */
        FULL,
        /** Adds, updates or removes entries; must carry a newer version. */
        DIFFERENTIAL
    }
}
