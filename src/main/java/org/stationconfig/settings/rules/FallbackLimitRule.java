package org.stationconfig.settings.rules;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import org.stationconfig.i18n.Text;
import org.stationconfig.settings.Proposal;
import org.stationconfig.settings.SettingRule;

/** IEC 61851 offers no charging below 6 A, so such a fallback limit acts as 0 A; the installer is told. */
@Singleton
public class FallbackLimitRule implements SettingRule {

    static final BigDecimal MINIMUM_CHARGING_CURRENT = BigDecimal.valueOf(6);

    @Override
    public void check(Proposal proposal) {
        if (!proposal.changes("fallbackLimit") || proposal.value("fallbackLimit") == null) {
            return;
        }
        BigDecimal limit = new BigDecimal(proposal.value("fallbackLimit"));
        if (limit.signum() > 0 && limit.compareTo(MINIMUM_CHARGING_CURRENT) < 0) {
            proposal.warn("fallbackLimit", Text.of("rule.fallbackLimit.belowSix", limit));
        } else if (limit.signum() == 0) {
            proposal.warn("fallbackLimit", Text.of("rule.fallbackLimit.zero"));
        }
    }
}
