package org.stationconfig.ocpp.rpc;

/** Marks a request record and names its response type, so {@code call(request)} is typed. */
public interface OcppRequest<R> {
}
