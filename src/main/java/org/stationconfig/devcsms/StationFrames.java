package org.stationconfig.devcsms;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Prints each frame and answers each CALL from a station as a cooperative central system would. */
final class StationFrames extends SimpleChannelInboundHandler<TextWebSocketFrame> {

    private static final Pattern CALL = Pattern.compile("^\\[\\s*2\\s*,\\s*\"([^\"]{1,36})\"\\s*,\\s*\"([A-Za-z]+)\"");
    private static final AtomicInteger TRANSACTIONS = new AtomicInteger(1);

    private final Map<String, Channel> stations;
    private String id;

    StationFrames(Map<String, Channel> stations) {
        this.stations = stations;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete handshake) {
            id = handshake.requestUri().substring(handshake.requestUri().lastIndexOf('/') + 1);
            stations.put(id, ctx.channel());
            System.out.println(id + " connected (subprotocol " + handshake.selectedSubprotocol() + ")");
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (id != null) {
            stations.remove(id, ctx.channel());
            System.out.println(id + " disconnected");
        }
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
        String text = frame.text();
        System.out.println(id + " -> " + text);
        Matcher call = CALL.matcher(text);
        if (call.find()) {
            String answer = "[3,\"" + call.group(1) + "\"," + payload(call.group(2)) + "]";
            System.out.println(id + " <- " + answer);
            ctx.writeAndFlush(new TextWebSocketFrame(answer));
        }
    }

    private static String payload(String action) {
        String now = "\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\"";
        return switch (action) {
            case "BootNotification" -> "{\"status\":\"Accepted\",\"currentTime\":" + now + ",\"interval\":300}";
            case "Heartbeat" -> "{\"currentTime\":" + now + "}";
            case "Authorize" -> "{\"idTagInfo\":{\"status\":\"Accepted\"}}";
            case "StartTransaction" -> "{\"transactionId\":" + TRANSACTIONS.getAndIncrement() + ",\"idTagInfo\":{\"status\":\"Accepted\"}}";
            case "StopTransaction" -> "{\"idTagInfo\":{\"status\":\"Accepted\"}}";
            case "DataTransfer" -> "{\"status\":\"Accepted\"}";
            case "SignCertificate" -> "{\"status\":\"Accepted\"}";
            default -> "{}";
        };
    }
}
