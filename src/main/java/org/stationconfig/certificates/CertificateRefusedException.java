package org.stationconfig.certificates;

/** Thrown where a single refusal ends the work: reading an upload, building a signing request. */
public class CertificateRefusedException extends Exception {

    private final transient Refusal refusal;

    public CertificateRefusedException(Refusal refusal) {
        super(refusal.message());
        this.refusal = refusal;
    }

    public CertificateRefusedException(Refusal refusal, Throwable cause) {
        super(refusal.message(), cause);
        this.refusal = refusal;
    }

    public CertificateRefusedException(RefusalReason reason) {
        this(Refusal.of(reason));
    }

    public Refusal refusal() {
        return refusal;
    }

    public RefusalReason reason() {
        return refusal.reason();
    }
}
