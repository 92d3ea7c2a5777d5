package org.stationconfig.diagnostics;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.stationconfig.data.OwnerOnlyFiles;

/**
 * The service's diagnostics log on disk: everything it logs also goes to {@code <data dir>/logs/station.log},
 * rolled by size into a few numbered files, so GetDiagnostics and GetLog have something to upload after the
 * console is gone. Attached here rather than in the console set-up ({@code ConsoleLogging}) because the data directory is Micronaut configuration
 * ({@code station.data-dir}), which logback cannot see. The files are 0600 in a 0700 folder
 * ({@link OwnerOnlyLogAppender}). Each line starts with its UTC instant, which the upload's
 * time filter reads. The service never logs secrets (SecretsNeverLoggedTest), so neither does this file.
 */
@Context
public class DiagnosticsLogFile {

    /** ISO-8601 UTC with Z, to the millisecond: the first 24 characters of every entry. */
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z',UTC} %-5level [%thread] %logger{36} - %msg%n";
    static final String FILE = "station.log";

    private final Path directory;
    private final int archives;
    private final RollingFileAppender<ILoggingEvent> appender;

    public DiagnosticsLogFile(@Property(name = "station.data-dir") String dataDir, DiagnosticsProperties properties) {
        this.directory = Path.of(dataDir).resolve("logs");
        this.archives = Math.max(1, properties.logFileArchives());
        this.appender = properties.logFile() && LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                ? attach(context, properties.logFileBytes()) : null;
    }

    private RollingFileAppender<ILoggingEvent> attach(LoggerContext context, long maxBytes) {
        try {
            OwnerOnlyFiles.folder(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("The log folder " + directory + " cannot be created", e);
        }
        RollingFileAppender<ILoggingEvent> file = new OwnerOnlyLogAppender();
        file.setContext(context);
        file.setName("diagnostics-file");
        file.setFile(directory.resolve(FILE).toString());

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(directory.resolve("station.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(archives);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(new FileSize(maxBytes));
        trigger.start();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder);
        file.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(file);
        return file;
    }

    /** The log files, oldest first (station.N.log ... station.1.log, station.log); only those that exist. */
    public List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (int index = archives; index >= 1; index--) {
            files.add(directory.resolve("station." + index + ".log"));
        }
        files.add(directory.resolve(FILE));
        return files.stream().filter(Files::isRegularFile).toList();
    }

    @PreDestroy
    void detach() {
        if (appender != null) {
            ((LoggerContext) appender.getContext()).getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
            appender.stop();
        }
    }
}
