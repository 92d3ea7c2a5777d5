package org.stationconfig.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A bad network between the station and the central system: a TCP proxy on loopback that holds every chunk for a
 * random delay, and while {@link #lossy} now and then cuts the connection (both sockets closed, as a NAT timeout or
 * a lost mobile link does) or stalls it (nothing more goes through, the sockets stay open: a silent drop that only
 * the station's ping can detect).
 */
final class LossyLink implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger cuts = new AtomicInteger();
    final AtomicInteger stalls = new AtomicInteger();
    volatile boolean lossy = true;
    private final int maxDelayMillis;
    private final double cutChance;
    private final double stallChance;
    private final boolean spareHandshake;

    /**
     * @param spareHandshake leave the first chunk each way (the WebSocket upgrade request and its answer) alone, so
     *                       every fault hits an open link
     */
    LossyLink(int targetPort, int maxDelayMillis, double cutChance, double stallChance, boolean spareHandshake)
            throws IOException {
        this.targetPort = targetPort;
        this.spareHandshake = spareHandshake;
        this.maxDelayMillis = maxDelayMillis;
        this.cutChance = cutChance;
        this.stallChance = stallChance;
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "lossy-link");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket station = server.accept();
                Socket csms = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(station);
                sockets.add(csms);
                connections.incrementAndGet();
                Link link = new Link(station, csms);
                start(() -> link.pump(station, csms));
                start(() -> link.pump(csms, station));
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void start(Runnable pump) {
        Thread thread = new Thread(pump, "lossy-link-pump");
        thread.setDaemon(true);
        thread.start();
    }

    /** One proxied connection; a stall holds both directions. */
    private final class Link {
        private final Socket station;
        private final Socket csms;
        private volatile boolean stalled;

        Link(Socket station, Socket csms) {
            this.station = station;
            this.csms = csms;
        }

        void pump(Socket from, Socket to) {
            byte[] buffer = new byte[16 * 1024];
            boolean first = true;
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    boolean spared = first && spareHandshake;
                    first = false;
                    if (lossy && !stalled && !spared) {
                        double dice = ThreadLocalRandom.current().nextDouble();
                        if (dice < cutChance) {
                            cuts.incrementAndGet();
                            cut();
                            return;
                        }
                        if (dice < cutChance + stallChance) {
                            stalls.incrementAndGet();
                            stalled = true;
                        }
                    }
                    if (stalled) {
                        continue; // swallowed: the peer never learns
                    }
                    // the link's latency: this pump holds the chunk, like a slow hop would
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(
                            lossy ? ThreadLocalRandom.current().nextInt(maxDelayMillis + 1) : 0));
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side went away
            } finally {
                cut();
            }
        }

        private void cut() {
            close(station);
            close(csms);
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        sockets.forEach(LossyLink::close);
    }
}
