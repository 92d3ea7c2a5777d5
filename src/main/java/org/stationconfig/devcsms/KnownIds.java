package org.stationconfig.devcsms;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.util.List;

/** Answers 404 to an upgrade for an id the development central system was not told to know. */
final class KnownIds extends SimpleChannelInboundHandler<FullHttpRequest> {

    private final List<String> known;

    KnownIds(List<String> known) {
        super(false);
        this.known = known;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        String id = request.uri().substring(request.uri().lastIndexOf('/') + 1);
        if (known != null && !known.contains(id)) {
            System.out.println("Refused unknown charge point id " + id + " with 404");
            request.release();
            ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_FOUND, Unpooled.EMPTY_BUFFER))
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ctx.fireChannelRead(request);
    }
}
