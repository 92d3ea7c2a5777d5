package org.stationconfig.diagnostics;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.Path;
import org.stationconfig.data.OwnerOnlyFiles;

/**
 * Logback's rolling file appender, except that the log file it opens (at start and after each rollover) is made
 * 0600 first: logback would create it with the process's default mode, readable by every local user.
 */
final class OwnerOnlyLogAppender extends RollingFileAppender<ILoggingEvent> {

    @Override
    public void openFile(String fileName) throws IOException {
        OwnerOnlyFiles.file(Path.of(fileName));
        super.openFile(fileName);
    }
}
