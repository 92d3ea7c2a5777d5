package org.stationconfig.certificates.store;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test only: the certificate events a context published, in order. */
@Singleton
public class CertificateEventsRecorder {

    public final List<StationCertificateChanged> station = new CopyOnWriteArrayList<>();
    public final List<TrustedRootsChanged> roots = new CopyOnWriteArrayList<>();

    @EventListener
    void on(StationCertificateChanged event) {
        station.add(event);
    }

    @EventListener
    void on(TrustedRootsChanged event) {
        roots.add(event);
    }

    public void clear() {
        station.clear();
        roots.clear();
    }
}
