package org.stationconfig.ocpp.rpc;

import java.util.Optional;

/** The actions a protocol version defines; the rpc layer knows no version itself. */
public interface ActionCatalog {

    /** The action with this exact name; empty means the action is unknown (→ NotImplemented). */
    Optional<Action<?, ?>> byName(String name);

    /** The action whose request record has this class. */
    Optional<Action<?, ?>> byRequestType(Class<?> requestType);
}
