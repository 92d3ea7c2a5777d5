package org.stationconfig.diagnostics;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.stationconfig.clock.StationClock;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsStore;

/**
 * The names the station gives the files it uploads (S16 §5.9, N01: the station names the file and returns the
 * name), e.g. {@code CP-1-SecurityLog-42-20260101T120000Z.log}: the charge point id keeps files of many stations
 * apart in one directory, the request id and time keep requests apart. Only {@code [A-Za-z0-9._-]}, so the name is
 * safe in a URL path and on any FTP server.
 */
@Singleton
public class UploadFileNames {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final SettingsStore settings;
    private final StationClock clock;

    public UploadFileNames(SettingsStore settings, StationClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** @param requestId GetLog's; null for GetDiagnostics */
    public String name(String what, @Nullable Integer requestId) {
        String station = settings.current().get(Setting.CHARGE_POINT_ID);
        String name = (station == null || station.isBlank() ? "station" : station) + "-" + what
                + (requestId == null ? "" : "-" + requestId) + "-" + STAMP.format(clock.now()) + ".log";
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
