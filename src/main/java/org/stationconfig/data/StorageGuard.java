package org.stationconfig.data;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a full disk a state rather than a crash: a reserve of free space ({@code station.storage.reserve-bytes}) is
 * left to the database and the logs. Downloads get only what lies beyond it, and none starts once the free space is
 * below it; entering that state raises {@link StorageLow} once (MemoryExhaustion), leaving it is logged.
 */
@Singleton
public class StorageGuard {

    private static final Logger LOG = LoggerFactory.getLogger(StorageGuard.class);

    private final FreeSpace freeSpace;
    private final StorageProperties properties;
    private final ApplicationEventPublisher<StorageLow> events;
    private final Path dataDir;
    private boolean low;

    public StorageGuard(FreeSpace freeSpace, StorageProperties properties, ApplicationEventPublisher<StorageLow> events,
                        @Property(name = "station.data-dir") String dataDir) {
        this.freeSpace = freeSpace;
        this.properties = properties;
        this.events = events;
        this.dataDir = Path.of(dataDir);
    }

    /** The bytes a download may write now without eating into the reserve; 0 when the station is low on space. */
    public long spareBytes() {
        long usable = usable();
        boolean nowLow = usable < properties.reserveBytes();
        boolean wasLow;
        synchronized (this) {
            wasLow = low;
            low = nowLow;
        }
        if (nowLow && !wasLow) {
            LOG.warn("The data directory has {} MB free, less than the {} MB kept for the database: no new "
                    + "downloads until space is freed", megabytes(usable), megabytes(properties.reserveBytes()));
            events.publishEvent(new StorageLow(usable, properties.reserveBytes()));
        } else if (wasLow && !nowLow) {
            LOG.info("The data directory has {} MB free again: downloads are allowed", megabytes(usable));
        }
        return Math.max(0, usable - properties.reserveBytes());
    }

    public long reserveBytes() {
        return properties.reserveBytes();
    }

    @Scheduled(fixedDelay = "${station.storage.check-interval:1m}", initialDelay = "${station.storage.check-interval:1m}")
    void check() {
        spareBytes();
    }

    private long usable() {
        try {
            return freeSpace.usableBytes(dataDir);
        } catch (IOException e) {
            LOG.warn("The free space of {} cannot be read: {}", dataDir, e.toString());
            return Long.MAX_VALUE; // unknown is not full: the database itself reports a real failure
        }
    }

    static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
