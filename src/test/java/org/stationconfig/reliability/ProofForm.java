package org.stationconfig.reliability;

/**
 * How big a proof suite runs: the short form in the default build, the long form of RELIABILITY.md with
 * {@code mvn -Preliability} (system property {@code reliability.form=long}). A count can also be given alone, e.g.
 * {@code -Dreliability.settingsRounds=50}.
 */
final class ProofForm {

    private ProofForm() {
    }

    static boolean isLong() {
        return "long".equals(System.getProperty("reliability.form"));
    }

    static String name() {
        return isLong() ? "long" : "short";
    }

    static int count(String name, int shortForm, int longForm) {
        return Integer.getInteger("reliability." + name, isLong() ? longForm : shortForm);
    }
}
