package org.stationconfig.audit;

/** What an audit entry is about. SECURITY entries form the OCPP security log that GetLog uploads. */
public enum Category {
    SETTING, ACCESS, SECURITY, CONNECTION, OUTBOX, CERTIFICATE, COMMAND, LOCAL_TAG
}
