package org.stationconfig.ocpp.rpc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Incoming-call handlers keyed by action name. Two handlers for one action fail at construction. */
public final class HandlerTable {

    /** A handler bound to its action; feature code can publish these as beans and the session collects them. */
    public record Registration<Q extends OcppRequest<R>, R>(Action<Q, R> action, CallHandler<Q, R> handler) {
    }

    private final Map<String, Registration<?, ?>> byAction = new HashMap<>();

    public HandlerTable(Collection<? extends Registration<?, ?>> registrations) {
        for (Registration<?, ?> registration : registrations) {
            String name = registration.action().name();
            if (byAction.putIfAbsent(name, registration) != null) {
                throw new IllegalStateException("two handlers registered for action " + name);
            }
        }
    }

    public static HandlerTable empty() {
        return new HandlerTable(List.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Registration<?, ?>> lookup(String action) {
        return Optional.ofNullable(byAction.get(action));
    }

    public static final class Builder {
        private final List<Registration<?, ?>> registrations = new ArrayList<>();

        public <Q extends OcppRequest<R>, R> Builder on(Action<Q, R> action, CallHandler<Q, R> handler) {
            registrations.add(new Registration<>(action, handler));
            return this;
        }

        public HandlerTable build() {
            return new HandlerTable(registrations);
        }
    }
}
