package org.stationconfig.ocpp;

import org.stationconfig.ocpp.rpc.HandlerTable;

/**
 * A bean that answers one action the central system sends. Every such bean is collected into the connection's
 * handler table, once, at the first connect; two for one action fail that connect (every connecting test would).
 */
public interface OcppHandler {

    HandlerTable.Registration<?, ?> registration();
}
