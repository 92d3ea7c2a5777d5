package org.stationconfig.ocpp.v16.types;

/** Security whitepaper HashAlgorithmEnumType. */
public enum HashAlgorithm { SHA256, SHA384, SHA512 }
