package org.stationconfig.data;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.jdbc.JdbcIndicator;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * The database part of {@code GET /health}: micronaut's JDBC check (a pooled connection, {@code isValid}, the
 * database's name and version), made at most once per {@link #FRESH} and shared by every request in between. Run per
 * request it held {@code /health} to about a tenth of the raw HTTP rate (issue 12, BENCHMARKS.md). The answer is the
 * same as the check's; a database that stopped working reads DOWN at the latest {@link #FRESH} later.
 */
@Singleton
@Replaces(JdbcIndicator.class)
@Requires(beans = HealthEndpoint.class)
@Requires(property = "endpoints.health.jdbc.enabled", notEquals = "false")
@Requires(beans = DataSource.class)
public class RecentDatabaseHealth extends JdbcIndicator {

    /** How long one check answers for: far below any monitor's polling period, far above a request's time. */
    static final Duration FRESH = Duration.ofSeconds(1);

    private final LongSupplier nanoTime;
    private final AtomicReference<Check> latest = new AtomicReference<>();

    public RecentDatabaseHealth(@Named(TaskExecutors.BLOCKING) ExecutorService executor, DataSource[] dataSources,
                                DataSourceResolver resolver, HealthAggregator<?> aggregator) {
        this(executor, dataSources, resolver, aggregator, System::nanoTime);
    }

    RecentDatabaseHealth(ExecutorService executor, DataSource[] dataSources, DataSourceResolver resolver,
                         HealthAggregator<?> aggregator, LongSupplier nanoTime) {
        super(executor, dataSources, resolver, aggregator);
        this.nanoTime = nanoTime;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        long now = nanoTime.getAsLong();
        Check check = latest.get();
        if (check == null || now - check.startedNanos() >= FRESH.toNanos()) {
            Check next = new Check(now, new CompletableFuture<>());
            if (latest.compareAndSet(check, next)) {
                // the check itself still runs on the blocking pool, never on the event loop
                Mono.from(super.getResult()).subscribe(next.result()::complete, next.result()::completeExceptionally,
                        () -> next.result().completeExceptionally(new IllegalStateException("no database health")));
            }
            check = latest.get();
        }
        return Mono.fromFuture(check.result(), true);
    }

    /** One run of the check; {@code result} completes when it has answered. */
    private record Check(long startedNanos, CompletableFuture<HealthResult> result) {
    }
}
