package org.stationconfig.ocpp.v16.types;

/** S16 ch.7, also the security whitepaper's TriggerMessageStatusEnumType (same values). */
public enum TriggerMessageStatus { Accepted, Rejected, NotImplemented }
