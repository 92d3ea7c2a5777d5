package org.stationconfig.ocpp.rpc;

/** One OCPP-J action: its case-sensitive name (OCPP-J §4.2.1) and the records of its request and response. */
public interface Action<Q extends OcppRequest<R>, R> {

    String name();

    Class<Q> requestType();

    Class<R> responseType();
}
