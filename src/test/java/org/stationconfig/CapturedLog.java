package org.stationconfig;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Everything the service logs, at DEBUG, kept in memory instead of printed: for tests that prove a secret never
 * reaches the log. {@link #start()} before the service starts, {@link #stop()} puts the console back.
 */
public final class CapturedLog {

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final List<Appender<ILoggingEvent>> consoleAppenders = new ArrayList<>();
    private Level rootLevel;

    public void start() {
        rootLevel = root.getLevel();
        root.iteratorForAppenders().forEachRemaining(appender -> {
            if (appender instanceof ch.qos.logback.core.ConsoleAppender) { // the service's log file keeps its lines
                consoleAppenders.add(appender);
            }
        });
        consoleAppenders.forEach(root::detachAppender); // thousands of DEBUG lines are for the capture, not the console
        root.setLevel(Level.DEBUG);
        captured.start();
        root.addAppender(captured);
    }

    public void stop() {
        root.detachAppender(captured);
        root.setLevel(rootLevel);
        consoleAppenders.forEach(root::addAppender);
    }

    /** Every line so far, with its stack trace if any. */
    public List<String> lines() {
        List<ILoggingEvent> events;
        synchronized (captured) { // other threads keep logging; AppenderBase appends under this lock
            events = new ArrayList<>(captured.list);
        }
        return events.stream().map(event -> event.getLoggerName() + " " + event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .toList();
    }
}
