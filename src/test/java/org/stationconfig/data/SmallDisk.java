package org.stationconfig.data;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** A data directory whose free space the test sets (with {@code test.small-disk=true}). Plenty until told. */
@Singleton
@Replaces(FileStoreFreeSpace.class)
@Requires(property = "test.small-disk", value = "true")
public class SmallDisk implements FreeSpace {

    private final AtomicLong free = new AtomicLong(Long.MAX_VALUE / 2);

    public void free(long bytes) {
        free.set(bytes);
    }

    @Override
    public long usableBytes(Path folder) {
        return free.get();
    }
}
