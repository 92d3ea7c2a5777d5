package org.stationconfig.charging;

/** What a profile limits: the whole station, a connector's transactions by default, or one transaction. */
public enum ProfilePurpose { ChargePointMaxProfile, TxDefaultProfile, TxProfile }
