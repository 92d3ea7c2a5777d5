package org.stationconfig.ocpp;

import org.stationconfig.ocpp.rpc.HandlerTable;

/**
 * A bean that answers one action the central system sends. Every such bean is collected into the connection's
 * handler table; two for one action stop the station at start-up.
 */
public interface OcppHandler {

    HandlerTable.Registration<?, ?> registration();
}
