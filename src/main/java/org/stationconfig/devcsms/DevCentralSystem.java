package org.stationconfig.devcsms;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.File;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A development central system for trying the station locally, not a product: accepts OCPP 1.6J connections at
 * {@code ws://localhost:<port>/ocpp/<id>}, answers what a charge point sends with Accepted, prints every frame, and
 * sends what you type as a CALL to the connected stations, e.g.
 * {@code ChangeConfiguration {"key":"MeterValueSampleInterval","value":"30"}}.
 *
 * <p>Usage: {@code java -cp target/station-config-<version>.jar org.stationconfig.devcsms.DevCentralSystem [port]
 * [known ids, comma-separated, or -] [tls <certificate chain PEM> <key PEM> [client CA PEM]]}. With known ids, any
 * other id is answered 404 like a real central system. With {@code tls} it serves wss:// (security profile 2), and
 * with a client CA it also requires a station certificate signed by it (profile 3); see certs/README.md.
 */
public final class DevCentralSystem {

    private final Map<String, Channel> stations = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9000;
        List<String> known = args.length > 1 && !args[1].equals("-") ? List.of(args[1].split(",")) : null;
        SslContext tls = args.length > 4 && args[2].equals("tls") ? tls(args) : null;
        new DevCentralSystem().run(port, known, tls);
    }

    private static SslContext tls(String[] args) throws Exception {
        SslContextBuilder builder = SslContextBuilder.forServer(new File(args[3]), new File(args[4]))
                .protocols("TLSv1.3", "TLSv1.2");
        if (args.length > 5) {
            builder.trustManager(new File(args[5])).clientAuth(ClientAuth.REQUIRE);
        }
        return builder.build();
    }

    private void run(int port, List<String> known, SslContext tls) throws Exception {
        EventLoopGroup group = new NioEventLoopGroup(1);
        try {
            WebSocketServerProtocolConfig config = WebSocketServerProtocolConfig.newBuilder()
                    .websocketPath("/ocpp").checkStartsWith(true).subprotocols("ocpp1.6").build();
            new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            if (tls != null) {
                                channel.pipeline().addLast(tls.newHandler(channel.alloc()));
                            }
                            channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(65536),
                                    new KnownIds(known), new WebSocketServerProtocolHandler(config),
                                    new StationFrames(stations));
                        }
                    }).bind(port).sync();
            System.out.println("Development central system on " + (tls == null ? "ws" : "wss") + "://localhost:" + port + "/ocpp"
                    + (known == null ? "" : " (known ids: " + known + ")"));
            System.out.println("Type <Action> <JSON payload> to send a CALL, e.g. GetConfiguration {}");
            readCommands();
        } finally {
            group.shutdownGracefully();
        }
    }

    private void readCommands() throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.strip();
            int space = command.indexOf(' ');
            if (command.isEmpty()) {
                continue;
            }
            String action = space < 0 ? command : command.substring(0, space);
            String payload = space < 0 ? "{}" : command.substring(space + 1).strip();
            String frame = "[2,\"" + UUID.randomUUID() + "\",\"" + action + "\"," + payload + "]";
            stations.forEach((id, channel) -> {
                System.out.println(id + " <- " + frame);
                channel.writeAndFlush(new TextWebSocketFrame(frame));
            });
            if (stations.isEmpty()) {
                System.out.println("(no station connected)");
            }
        }
    }
}
