package org.stationconfig.bench;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameEncoder;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketClientExtension;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionData;
import io.netty.handler.codec.http.websocketx.extensions.compression.PerMessageDeflateClientExtensionHandshaker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stationconfig.ocpp.rpc.Timestamps;

/**
 * What permessage-deflate saves and costs, apart from CPU (which {@link CallRoundTrips} measures): the WebSocket
 * bytes of a typical day's OCPP traffic in both directions, through Netty's own frame encoder and the permessage-deflate
 * encoder the station agrees (level 6, 32 KiB window, context kept for the connection), with and without it; and the
 * resident memory a connection's deflate context (one compressor and one decompressor) takes, from the process's
 * resident size with 200 of them open, each having carried the day's messages (zlib's own sizes for these
 * parameters: 256 KiB + 6 KiB to compress, 32 KiB + 7 KiB to inflate). Measured once per process: freed zlib
 * memory is reused by the next contexts, so a second round would show less than a connection costs.
 */
final class DeflateCosts {

    private static final int HEARTBEAT_INTERVAL_S = 300;
    private static final int PING_INTERVAL_S = 60;
    private static final int METER_VALUE_INTERVAL_S = 60;
    private static final int CHARGING_MINUTES = 120;
    private static final int CONTEXTS = 200;

    private DeflateCosts() {
    }

    static List<Samples> measure() {
        List<String> toCentralSystem = new ArrayList<>();
        List<String> toStation = new ArrayList<>();
        day(toCentralSystem, toStation);
        int pingFrames = 24 * 3600 / PING_INTERVAL_S;
        // a ping from the station is masked (2 + 4 + "ocpp"), the pong is not (2 + "ocpp"): no extension compresses them
        double pingBytes = pingFrames * (10 + 6);
        double plain = bytes(toCentralSystem, false, true) + bytes(toStation, false, false);
        double deflated = bytes(toCentralSystem, true, true) + bytes(toStation, true, false);
        List<Double> memory = List.of(residentKibPerContext(toCentralSystem));
        int messages = toCentralSystem.size() + toStation.size();
        return List.of(
                new Samples("WebSocket bytes of a day, both directions, " + messages + " OCPP messages, without compression",
                        "KiB", List.of(plain / 1024)),
                new Samples("… with permessage-deflate", "KiB", List.of(deflated / 1024)),
                new Samples("… the same day's " + 2 * pingFrames + " WebSocket pings and pongs (never compressed)", "KiB",
                        List.of(pingBytes / 1024)),
                new Samples("resident memory of one connection's deflate context (compressor + decompressor)", "KiB",
                        memory));
    }

    /**
     * A day of the station's traffic in its own shapes: a BootNotification, Heartbeats when the link is quiet (the
     * default HeartbeatInterval), one two-hour charge with its StatusNotifications, StartTransaction, a MeterValues
     * with the default measurand every MeterValueSampleInterval (default) and StopTransaction. Ids are random as the
     * station's are.
     */
    private static void day(List<String> out, List<String> in) {
        Instant now = Instant.parse("2026-12-07T00:00:00Z");
        exchange(out, in, "BootNotification", "{\"chargePointVendor\":\"StationConfig\",\"chargePointModel\":\"SC-22\","
                + "\"chargePointSerialNumber\":\"SC22-000123\",\"firmwareVersion\":\"1.4.2\",\"meterType\":\"DZG DVH4013\"}",
                "{\"status\":\"Accepted\",\"currentTime\":\"" + Timestamps.format(now) + "\",\"interval\":300}");
        int quietSeconds = 24 * 3600 - CHARGING_MINUTES * 60;
        for (int i = 0; i < quietSeconds / HEARTBEAT_INTERVAL_S; i++) {
            exchange(out, in, "Heartbeat", "{}", "{\"currentTime\":\"" + Timestamps.format(now.plusSeconds(i * 300L)) + "\"}");
        }
        for (String status : List.of("Preparing", "Charging")) {
            exchange(out, in, "StatusNotification", statusNotification(status, now), "{}");
        }
        exchange(out, in, "StartTransaction", "{\"connectorId\":1,\"idTag\":\"04A2B3C4D5E6F7\",\"meterStart\":1234567,"
                + "\"timestamp\":\"" + Timestamps.format(now) + "\"}", "{\"transactionId\":4711,\"idTagInfo\":{\"status\":\"Accepted\"}}");
        for (int minute = 1; minute <= CHARGING_MINUTES * 60 / METER_VALUE_INTERVAL_S; minute++) {
            exchange(out, in, "MeterValues", "{\"connectorId\":1,\"transactionId\":4711,\"meterValue\":[{\"timestamp\":\""
                    + Timestamps.format(now.plusSeconds(minute * 60L)) + "\",\"sampledValue\":[{\"value\":\"" + (1234567 + minute * 183)
                    + "\",\"context\":\"Sample.Periodic\",\"measurand\":\"Energy.Active.Import.Register\",\"location\":\"Outlet\","
                    + "\"unit\":\"Wh\"}]}]}", "{}");
        }
        exchange(out, in, "StopTransaction", "{\"transactionId\":4711,\"idTag\":\"04A2B3C4D5E6F7\",\"meterStop\":1256527,"
                + "\"timestamp\":\"" + Timestamps.format(now.plusSeconds(7200)) + "\",\"reason\":\"Local\"}",
                "{\"idTagInfo\":{\"status\":\"Accepted\"}}");
        for (String status : List.of("Finishing", "Available")) {
            exchange(out, in, "StatusNotification", statusNotification(status, now), "{}");
        }
    }

    private static String statusNotification(String status, Instant at) {
        return "{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"" + status + "\",\"timestamp\":\""
                + Timestamps.format(at) + "\"}";
    }

    private static void exchange(List<String> out, List<String> in, String action, String request, String answer) {
        String id = UUID.randomUUID().toString();
        out.add("[2,\"" + id + "\",\"" + action + "\"," + request + "]");
        in.add("[3,\"" + id + "\"," + answer + "]");
    }

    /** The bytes of the frames as one endpoint writes them (the client masks, RFC 6455 §5.3), one context for all. */
    private static double bytes(List<String> frames, boolean deflate, boolean client) {
        EmbeddedChannel channel = deflate
                ? new EmbeddedChannel(new WebSocket13FrameEncoder(client), extension().newExtensionEncoder())
                : new EmbeddedChannel(new WebSocket13FrameEncoder(client));
        long total = 0;
        for (String frame : frames) {
            channel.writeOutbound(new TextWebSocketFrame(frame));
            for (ByteBuf written = channel.readOutbound(); written != null; written = channel.readOutbound()) {
                total += written.readableBytes();
                written.release();
            }
        }
        channel.finishAndReleaseAll();
        return total;
    }

    private static WebSocketClientExtension extension() {
        return new PerMessageDeflateClientExtensionHandshaker(6, false, 15, false, false, 65_536)
                .handshakeExtension(new WebSocketExtensionData("permessage-deflate", Map.of()));
    }

    /** Resident size grown by {@value #CONTEXTS} open contexts that each compressed and inflated a message, per one. */
    private static double residentKibPerContext(List<String> day) {
        List<EmbeddedChannel> open = new ArrayList<>();
        System.gc();
        long before = residentKib();
        for (int i = 0; i < CONTEXTS; i++) {
            WebSocketClientExtension extension = extension();
            EmbeddedChannel encoder = new EmbeddedChannel(extension.newExtensionEncoder());
            EmbeddedChannel decoder = new EmbeddedChannel(extension.newExtensionDecoder());
            for (String frame : day) {
                encoder.writeOutbound(new TextWebSocketFrame(frame));
                decoder.writeInbound((TextWebSocketFrame) encoder.readOutbound());
                ((TextWebSocketFrame) decoder.readInbound()).release();
            }
            open.add(encoder);
            open.add(decoder);
        }
        System.gc();
        long after = residentKib();
        open.forEach(EmbeddedChannel::finishAndReleaseAll);
        return (after - before) / (double) CONTEXTS;
    }

    private static long residentKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("no /proc/self/status", e);
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }
}
