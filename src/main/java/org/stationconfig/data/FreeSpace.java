package org.stationconfig.data;

import java.io.IOException;
import java.nio.file.Path;

/** The bytes still free for the service on the file system of a folder. Tests put a small disk in its place. */
@FunctionalInterface
public interface FreeSpace {

    long usableBytes(Path folder) throws IOException;
}
