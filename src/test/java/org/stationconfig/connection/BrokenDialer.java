package org.stationconfig.connection;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.websocket.WebSocketClientRegistry;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.stationconfig.ocpp.transport.DialRequest;
import org.stationconfig.ocpp.transport.OcppLink;
import org.stationconfig.ocpp.transport.WebSocketDialer;

/** The real dialer, except that the next {@link #throwsLeft} dials throw before dialling, as a broken client would. */
@Singleton
@Replaces(WebSocketDialer.class)
@Requires(property = "test.broken-dialer", value = "true")
class BrokenDialer extends WebSocketDialer {

    final AtomicInteger throwsLeft = new AtomicInteger();

    BrokenDialer(WebSocketClientRegistry<?> registry, BeanContext beanContext,
                 @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        super(registry, beanContext, blocking, false);
    }

    @Override
    public CompletableFuture<OcppLink> dial(DialRequest request) {
        if (throwsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new IllegalStateException("no WebSocket client could be made");
        }
        return super.dial(request);
    }
}
