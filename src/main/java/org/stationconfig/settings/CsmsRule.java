package org.stationconfig.settings;

/** A rule that applies only when the central system writes a setting (e.g. whitepaper A05: raise only). */
@FunctionalInterface
public interface CsmsRule {

    /**
     * @param current  the canonical value in force, or null when unset
     * @param proposed the canonical value asked for
     * @param context  read access to the other settings and the station's prerequisites
     * @return null when allowed, else the reason it is refused
     */
    String refusal(String current, String proposed, RuleContext context);
}
