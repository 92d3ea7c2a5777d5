package org.stationconfig.ocpp.rpc;

import java.util.List;

/**
 * Implemented by enums whose spec spelling is not a legal Java name ({@code Energy.Active.Import.Register},
 * {@code L1-N}). Enums that do not implement it are written as {@link Enum#name()}.
 */
public interface WireValue {

    /** The exact spelling on the wire. */
    String wireValue();

    /** Other spellings accepted when reading (never written), e.g. the schema typo "Celcius". */
    default List<String> acceptedAliases() {
        return List.of();
    }
}
