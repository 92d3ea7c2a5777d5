package org.stationconfig.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The free-space guard on an injected disk: what downloads may use, and one MemoryExhaustion per low episode. */
class StorageGuardTest {

    private static final long MB = 1024 * 1024;

    private final AtomicLong free = new AtomicLong(100 * MB);
    private final List<StorageLow> raised = new ArrayList<>();
    private final StorageGuard guard = new StorageGuard(folder -> free.get(),
            new StorageProperties(10 * MB, Duration.ofMinutes(1)), raised::add, "data");

    @Test
    void downloadsGetOnlyTheSpaceBeyondTheReserve() {
        assertEquals(90 * MB, guard.spareBytes());
        free.set(10 * MB);
        assertEquals(0, guard.spareBytes());
        assertEquals(List.of(), raised, "exactly the reserve left is not yet below it");
    }

    @Test
    void fallingBelowTheReserveIsRaisedOncePerEpisode() {
        free.set(9 * MB);
        guard.spareBytes();
        guard.spareBytes();
        assertEquals(List.of(new StorageLow(9 * MB, 10 * MB)), raised, "once, however often it is asked");

        free.set(50 * MB);
        assertEquals(40 * MB, guard.spareBytes());
        free.set(1 * MB);
        guard.spareBytes();
        assertEquals(2, raised.size(), "a new episode is raised again");
    }

    @Test
    void anUnreadableFreeSpaceDoesNotBlockDownloads() {
        StorageGuard unreadable = new StorageGuard(folder -> {
            throw new IOException("no such file system");
        }, new StorageProperties(10 * MB, Duration.ofMinutes(1)), raised::add, "data");

        assertEquals(Long.MAX_VALUE - 10 * MB, unreadable.spareBytes());
        assertEquals(List.of(), raised);
    }
}
