package org.stationconfig.station.tags;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learn mode (issue 14): for a bounded time the next tag presented at any reader is captured for the app to name,
 * and does nothing else (it neither starts nor stops charging). One capture ends learn mode; so does its time.
 * Kept in memory: a restart ends it.
 */
@Singleton
public class TagLearning {

    public static final Duration LONGEST = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(TagLearning.class);

    /** A presented tag, offered for naming; {@code known} when it already is a local tag. */
    @Serdeable
    public record Captured(String idTag, int connectorId, Instant at, boolean known) {
    }

    /** @param until while active, when learn mode ends by itself */
    @Serdeable
    public record State(boolean active, @Nullable Instant until, @Nullable Captured captured) {
    }

    private final Clock clock;
    private final LocalTags tags;
    private final ApplicationEventPublisher<Captured> events;
    @Nullable
    private Instant until;
    @Nullable
    private Captured captured;

    public TagLearning(Clock clock, LocalTags tags, ApplicationEventPublisher<Captured> events) {
        this.clock = clock;
        this.tags = tags;
        this.events = events;
    }

    /** Starts learning for {@code duration} (at most {@link #LONGEST}); forgets an earlier capture. */
    public synchronized State start(Duration duration) {
        Duration bounded = duration.compareTo(LONGEST) > 0 ? LONGEST : duration;
        until = clock.instant().truncatedTo(ChronoUnit.MILLIS).plus(bounded);
        captured = null;
        return state();
    }

    /** Ends learning and forgets the capture. */
    public synchronized State stop() {
        until = null;
        captured = null;
        return state();
    }

    public synchronized State state() {
        boolean active = active();
        return new State(active, active ? until : null, captured);
    }

    /**
     * A tag was presented: while learning it is captured and the caller must do nothing else with it.
     *
     * @return true when the tag was captured
     */
    public boolean capture(int connectorId, String idTag) {
        Captured taken;
        synchronized (this) {
            if (!active()) {
                return false;
            }
            until = null;
            taken = new Captured(idTag, connectorId, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                    tags.find(idTag).isPresent());
            captured = taken;
        }
        LOG.info("Learn mode captured a tag at connector {}", connectorId);
        events.publishEvent(taken);
        return true;
    }

    private boolean active() {
        return until != null && clock.instant().isBefore(until);
    }
}
