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

    /**
     * When a suite that started now must stop early: {@code -Dreliability.minutes=N} bounds a long run on a busy
     * machine; the suite then ends its loop, checks what it did and reports the rounds it completed. Unbounded when
     * not given.
     */
    static java.time.Instant deadline() {
        Integer minutes = Integer.getInteger("reliability.minutes");
        return minutes == null ? java.time.Instant.MAX : java.time.Instant.now().plusSeconds(60L * minutes);
    }
}
