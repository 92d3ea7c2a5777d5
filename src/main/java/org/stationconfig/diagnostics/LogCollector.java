package org.stationconfig.diagnostics;

import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.stationconfig.audit.AuditEntry;
import org.stationconfig.audit.Category;
import org.stationconfig.clock.StationClock;
import org.stationconfig.data.OwnerOnlyFiles;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.SettingsStore;

/**
 * Collects the logs a request asks for into one text file: for diagnostics the service's log file and the audit
 * log, for the security log the security events (whitepaper A04.FR.04: every event is in it). Only entries inside
 * the request's time window. Nothing secret: the audit log holds masked values only, the service log none.
 */
@Singleton
public class LogCollector {

    static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int PAGE = 500;
    /** The length of {@link DiagnosticsLogFile#PATTERN}'s leading instant. */
    private static final int STAMP = 24;

    private final DiagnosticsLogFile logFile;
    private final AuditEntries audit;
    private final StationClock clock;
    private final SettingsStore settings;

    public LogCollector(DiagnosticsLogFile logFile, AuditEntries audit, StationClock clock, SettingsStore settings) {
        this.logFile = logFile;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /** @param window in the station's (OCPP) time, as the central system gave it */
    public void collect(LogKind kind, TimeWindow window, Path target) throws IOException {
        // entries carry the system clock's time; the station's clock may run ahead or behind it (clockSource CSMS)
        TimeWindow systemWindow = window.shiftedBy(Duration.between(clock.now(), clock.systemNow()));
        try (BufferedWriter out = new BufferedWriter(Channels.newWriter(OwnerOnlyFiles.create(target),
                StandardCharsets.UTF_8))) {
            header(out, kind, window);
            if (kind == LogKind.DIAGNOSTICS) {
                out.write("\n## Service log\n");
                serviceLog(out, systemWindow);
                out.write("\n## Audit log\n");
                auditLog(out, null, systemWindow);
            } else {
                out.write("\n## Security log\n");
                auditLog(out, Category.SECURITY, systemWindow);
            }
        }
    }

    private void header(Writer out, LogKind kind, TimeWindow window) throws IOException {
        SettingsSnapshot s = settings.current();
        out.write("# " + kind.label() + " of charge point " + s.get(Setting.CHARGE_POINT_ID) + "\n");
        out.write("# " + s.get(Setting.CHARGE_POINT_VENDOR) + " " + s.get(Setting.CHARGE_POINT_MODEL) + ", serial "
                + s.get(Setting.CHARGE_POINT_SERIAL_NUMBER) + ", firmware " + s.get(Setting.FIRMWARE_VERSION) + "\n");
        out.write("# collected " + INSTANT.format(clock.now()) + ", entries from "
                + (window.from() == null ? "the oldest kept" : INSTANT.format(window.from())) + " to "
                + (window.to() == null ? "now" : INSTANT.format(window.to())) + " (UTC)\n");
    }

    /** Lines of the log files inside the window; a line without a leading instant (a stack trace) goes with its entry. */
    private void serviceLog(Writer out, TimeWindow window) throws IOException {
        for (Path file : logFile.files()) {
            boolean inside = false;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    Instant at = stamp(line);
                    if (at != null) {
                        inside = window.contains(at);
                        stopIfCancelled();
                    }
                    if (inside) {
                        out.write(line);
                        out.write('\n');
                    }
                }
            } catch (NoSuchFileException rolledAway) {
                // renamed by a rollover between listing and opening: its lines are in the next file
            }
        }
    }

    private void auditLog(Writer out, Category category, TimeWindow window) throws IOException {
        long after = 0;
        while (true) {
            stopIfCancelled();
            Pageable page = Pageable.from(0, PAGE);
            List<AuditEntry> entries = category == null
                    ? audit.findByIdGreaterThanAndAtBetweenOrderById(after, window.fromOrFirst(), window.toOrLast(), page)
                    : audit.findByIdGreaterThanAndCategoryAndAtBetweenOrderById(after, category, window.fromOrFirst(),
                    window.toOrLast(), page);
            for (AuditEntry entry : entries) {
                out.write(line(entry));
                out.write('\n');
                after = entry.id();
            }
            if (entries.size() < PAGE) {
                return;
            }
        }
    }

    /** E.g. {@code 2026-01-01T10:00:00.000Z SECURITY system:system StartupOfTheDevice - Reset}. */
    static String line(AuditEntry entry) {
        StringBuilder line = new StringBuilder(INSTANT.format(entry.at())).append(' ').append(entry.category())
                .append(' ').append(entry.source().label()).append(':').append(entry.principal())
                .append(' ').append(entry.event());
        if (entry.key() != null) {
            line.append(' ').append(entry.key()).append(": ").append(entry.oldValue()).append(" -> ")
                    .append(entry.newValue());
        }
        if (entry.message() != null) {
            line.append(" - ").append(entry.message().replace('\n', ' '));
        }
        return line.toString();
    }

    private static Instant stamp(String line) {
        if (line.length() < STAMP || line.charAt(10) != 'T' || line.charAt(STAMP - 1) != 'Z') {
            return null;
        }
        try {
            return Instant.parse(line.substring(0, STAMP));
        } catch (DateTimeParseException notAStamp) {
            return null;
        }
    }

    private static void stopIfCancelled() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("cancelled");
        }
    }
}
