package org.stationconfig.certificates;

import java.util.List;

/** The outcome of the policy: accepted when nothing is refused; warnings never block. */
public record Verdict(List<Refusal> refusals, List<Warning> warnings) {

    public Verdict {
        refusals = List.copyOf(refusals);
        warnings = List.copyOf(warnings);
    }

    public static Verdict refused(Refusal refusal) {
        return new Verdict(List.of(refusal), List.of());
    }

    public boolean accepted() {
        return refusals.isEmpty();
    }

    public List<RefusalReason> reasons() {
        return refusals.stream().map(Refusal::reason).toList();
    }

    public boolean warns(Warning.Kind kind) {
        return warnings.stream().anyMatch(w -> w.kind() == kind);
    }

    /** A station certificate that is stored now and used from its notBefore on. */
    public boolean switchWhenValid() {
        return warns(Warning.Kind.SWITCH_WHEN_VALID);
    }
}
