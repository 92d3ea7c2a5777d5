package org.stationconfig.ocpp.v16.types;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** S16 ch.7: one entry of a SendLocalList; no idTagInfo in a differential update means "remove". */
@Introspected
public record AuthorizationData(@NotNull @Size(max = 20) String idTag, IdTagInfo idTagInfo) {
}
