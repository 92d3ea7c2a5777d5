package org.stationconfig.station;

import org.stationconfig.hardware.StationProperties;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.stationconfig.charging.ActiveLimits;
import org.stationconfig.charging.ChargingProfiles;
import org.stationconfig.clock.StationClock;
import org.stationconfig.station.hardware.ChargingHardware;

/**
 * The power path: which connector may draw and how much. Called after every change and on the station tick (the
 * active limit moves with charging profiles and the connection), it never offers more than
 * {@link ActiveLimits#current()} in total (SPEC §4), no more than a transaction's TxProfile or TxDefaultProfile allows, and nothing to a
 * connector without a transaction, with a fault, or whose invalidated id has used its allowance.
 */
@Singleton
class PowerControl {

    private final Connectors connectors;
    private final ChargingHardware hardware;
    private final ActiveLimits limits;
    private final StationProperties station;
    private final ChargingProfiles profiles;
    private final StationClock clock;

    PowerControl(Connectors connectors, ChargingHardware hardware, ActiveLimits limits, StationProperties station,
                 ChargingProfiles profiles, StationClock clock) {
        this.connectors = connectors;
        this.hardware = hardware;
        this.limits = limits;
        this.station = station;
        this.profiles = profiles;
        this.clock = clock;
    }

    void apply() {
        List<Connector> drawing = connectors.all().stream().filter(this::mayDraw)
                .sorted(Comparator.comparing(c -> c.transaction.record.startedAt())).toList();
        List<BigDecimal> offers = PowerShare.split(limits.current().amps(), station.maxCurrent(), drawing.size());
        Instant now = clock.now();
        for (Connector connector : connectors.all()) {
            int index = drawing.indexOf(connector);
            offer(connector, index < 0 ? BigDecimal.ZERO : capped(connector, offers.get(index), now));
            connectors.refresh(connector);
        }
    }

    /** The transaction's TxProfile or TxDefaultProfile lowers its share; below 6 A nothing can flow. */
    private BigDecimal capped(Connector connector, BigDecimal share, Instant now) {
        BigDecimal limit = profiles.transactionAmps(connector.id, connector.transaction.record.startedAt(), now)
                .orElse(share).setScale(1, RoundingMode.DOWN);
        BigDecimal capped = limit.min(share);
        return capped.compareTo(PowerShare.MINIMUM) < 0 ? BigDecimal.ZERO : capped;
    }

    private boolean mayDraw(Connector connector) {
        return connector.transaction != null && connector.plugged && connector.fault == null
                && !connector.transaction.suspendedByInvalidId(hardware.read(connector.id).energyWh());
    }

    private void offer(Connector connector, BigDecimal amps) {
        if (connector.offeredA.compareTo(amps) != 0) {
            hardware.offer(connector.id, amps);
            connector.offeredA = amps;
        }
    }
}
