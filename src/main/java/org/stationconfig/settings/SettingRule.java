package org.stationconfig.settings;

/**
 * A check that spans settings or rewrites a value (URL normalisation). Runs on every change, from every source,
 * after each value passed its own type check.
 */
public interface SettingRule {

    void check(Proposal proposal);
}
