package org.stationconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** The service's console logging, now set up in code (issue 12, start time): what the removed logback.xml gave. */
class ConsoleLoggingTest {

    @Test
    void theServiceLogsToTheConsoleAtInfoWithHikariAndFlywayAtWarn() {
        LoggerContext context = new LoggerContext();
        ConsoleLogging logging = new ConsoleLogging();
        logging.setContext(context);

        assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, logging.configure(context));

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertEquals(Level.INFO, root.getLevel());
        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) root.getAppender("STDOUT");
        assertTrue(console.isStarted());
        assertEquals("%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n",
                ((PatternLayoutEncoder) console.getEncoder()).getPattern());
        assertFalse(context.getLogger("com.zaxxer.hikari.pool.HikariPool").isInfoEnabled());
        assertFalse(context.getLogger("org.flywaydb.core.Flyway").isInfoEnabled());
        assertTrue(context.getLogger("org.stationconfig.station.Station").isInfoEnabled());
    }

    @Test
    void aConfigurationFileGivenOnTheCommandLineIsLeftToLogback() {
        LoggerContext context = new LoggerContext();
        ConsoleLogging logging = new ConsoleLogging();
        logging.setContext(context);
        String before = System.getProperty(ContextInitializer.CONFIG_FILE_PROPERTY);
        System.setProperty(ContextInitializer.CONFIG_FILE_PROPERTY, "/etc/station-config/logback.xml");
        try {
            assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, logging.configure(context));
        } finally {
            if (before == null) {
                System.clearProperty(ContextInitializer.CONFIG_FILE_PROPERTY);
            } else {
                System.setProperty(ContextInitializer.CONFIG_FILE_PROPERTY, before);
            }
        }
        assertNull(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT"));
    }

    @Test
    void logbackFindsTheConfigurationInTheJar() {
        assertTrue(ServiceLoader.load(Configurator.class).stream()
                .anyMatch(provider -> provider.type() == ConsoleLogging.class));
    }
}
