package org.stationconfig.connection;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.util.function.Supplier;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;

/**
 * The answers to the central system's requests, collected once, at the first connect, and shared by every later
 * session: collecting them creates every feature's handler bean, which the station's start need not wait for.
 */
@Singleton
class HandlersAtFirstConnect implements Supplier<HandlerTable> {

    // lazy: the table is built at the first connect, not at start (issue 12 item 1)
    private final BeanProvider<OcppHandler> handlers;
    private HandlerTable table;
    private int builds;

    HandlersAtFirstConnect(BeanProvider<OcppHandler> handlers) {
        this.handlers = handlers;
    }

    /** Two handlers for one action fail here, at the first connect, as they did at start. */
    @Override
    public synchronized HandlerTable get() {
        if (table == null) {
            table = new HandlerTable(handlers.stream().map(OcppHandler::registration).toList());
            builds++;
        }
        return table;
    }

    /** How often the table was built: 0 before the first connect, 1 after it. */
    synchronized int builds() {
        return builds;
    }
}
