package org.stationconfig.charging.schedule;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.stationconfig.charging.LimitPeriod;
import org.stationconfig.charging.LimitProfile;
import org.stationconfig.charging.LimitSchedule;
import org.stationconfig.charging.RateUnit;

/**
 * The limit the charging profiles set on a connector, now or as a schedule over a span (S16 §3.13, §5.7). Within a
 * purpose the profile in force with the highest stack level wins; a TxProfile overrides the TxDefaultProfiles, a
 * connector's TxDefaultProfile the one set on connector 0; the ChargePointMaxProfile caps the result, and so does
 * the station's hardware in a composed schedule. Pure: the same profiles, start and moment give the same answer.
 */
public final class CompositeSchedule {

    private CompositeSchedule() {
    }

    /**
     * The profiles' limit at {@code at} in amps per phase; empty when no profile is in force.
     *
     * @param relativeStart the transaction's start, or {@code at} when no transaction runs
     */
    public static Optional<BigDecimal> ampsAt(ProfileSet profiles, Instant relativeStart, Instant at, Supply supply) {
        return limitAt(profiles, relativeStart, at, supply).map(Limit::amps);
    }

    /** The profiles' limit at {@code at}, with the profile that sets it; empty when no profile is in force. */
    public static Optional<Limit> limitAt(ProfileSet profiles, Instant relativeStart, Instant at, Supply supply) {
        Optional<Limit> transaction = Stream.of(profiles.tx(), profiles.connectorTxDefault(), profiles.stationTxDefault())
                .map(purpose -> winner(purpose, relativeStart, at, supply))
                .flatMap(Optional::stream).findFirst();
        Optional<Limit> station = winner(profiles.chargePointMax(), relativeStart, at, supply);
        return Stream.of(transaction, station).flatMap(Optional::stream).min(Comparator.comparing(Limit::amps));
    }

    /**
     * The longest composite schedule served, 7 days: OCPP leaves the duration open (up to 2^31 s, 68 years), and
     * every day of recurring profiles adds periods to compute and send. A longer request gets 7 days, and the
     * answer's {@code duration} says so.
     */
    public static final int LONGEST_SECONDS = 7 * 24 * 3600;

    /**
     * GetCompositeSchedule: the limit from {@code from} for {@code seconds} (at most {@link #LONGEST_SECONDS}), in
     * the unit asked for, one period per change (limits rounded down to 0.1, the schema's step).
     */
    public static LimitSchedule compose(ProfileSet profiles, Instant relativeStart, Instant from, int requested,
                                           RateUnit unit, Supply supply) {
        int seconds = Math.min(Math.max(requested, 0), LONGEST_SECONDS);
        Instant start = from.truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.plusSeconds(seconds);
        Instant anchor = relativeStart.truncatedTo(ChronoUnit.SECONDS); // the schedule counts in whole seconds
        TreeSet<Instant> moments = new TreeSet<>();
        moments.add(start);
        profiles.all().stream().flatMap(List::stream)
                .forEach(profile -> moments.addAll(ProfileClock.changes(profile, anchor, start, end)));
        Limit hardware = new Limit(supply.maxCurrent(), null, null);
        List<LimitPeriod> periods = new ArrayList<>();
        for (Instant moment : moments) {
            Limit limit = limitAt(profiles, anchor, moment, supply).filter(l -> l.below(hardware)).orElse(hardware);
            LimitPeriod period = new LimitPeriod(
                    (int) Duration.between(start, moment).getSeconds(), limit.in(unit, supply), limit.numberPhases());
            LimitPeriod last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
            if (last != null && last.startPeriod() == period.startPeriod()) { // changes within one second: the last counts
                periods.remove(periods.size() - 1);
                last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
            }
            if (last == null || last.limit().compareTo(period.limit()) != 0
                    || !Objects.equals(last.numberPhases(), period.numberPhases())) {
                periods.add(period);
            }
        }
        return new LimitSchedule(seconds, start, unit, periods, null);
    }

    /** The limit of the profile in force with the highest stack level. */
    private static Optional<Limit> winner(List<LimitProfile> purpose, Instant relativeStart, Instant at, Supply supply) {
        return purpose.stream().sorted(Comparator.comparingInt(LimitProfile::stackLevel).reversed())
                .flatMap(profile -> ProfileClock.periodAt(profile, relativeStart, at).stream()
                        .map(period -> new Limit(supply.amps(period,
                                profile.chargingSchedule().chargingRateUnit() == RateUnit.W),
                                period.numberPhases(), profile)))
                .findFirst();
    }

    /**
     * A limit in amps per phase, with the phase count its period named, if any, and the profile that sets it (none:
     * the hardware's maximum).
     */
    public record Limit(BigDecimal amps, @Nullable Integer numberPhases, @Nullable LimitProfile profile) {

        boolean below(Limit other) {
            return amps.compareTo(other.amps) < 0;
        }

        BigDecimal in(RateUnit unit, Supply supply) {
            BigDecimal value = unit == RateUnit.A ? amps : supply.watts(amps, numberPhases);
            BigDecimal rounded = value.setScale(1, RoundingMode.DOWN).stripTrailingZeros().max(BigDecimal.ZERO);
            return rounded.scale() < 0 ? rounded.setScale(0) : rounded; // 20, not 2E+1
        }
    }
}
