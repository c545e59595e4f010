package in.haat.edge;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Counts a request's body bytes as they arrive on the connection, chunked or not, and at the first byte over the
 * limit answers 413 with the given JSON and closes the connection: nothing past the limit is read or buffered.
 * A Netty handler just before Vert.x's own, installed once per HTTP/1.1 connection; the route of each request
 * sets that request's limit.
 */
public final class StreamedBodyLimit {

    /** Set on a routing context once its limit is chosen, so a later, more general route leaves it alone. */
    public static final String CHOSEN = "haat.body-limit.chosen";
    static final String NAME = "haat-body-limit";
    /** How long, and how much, a refused connection is still read (and discarded) before it is closed. */
    static final Duration LINGER = Duration.ofSeconds(2);
    static final long LINGER_BYTES = 4L * 1024 * 1024;

    private StreamedBodyLimit() {
    }

    /** Limits the body of the request being routed; false where the connection is not HTTP/1.1 (not counted). */
    public static boolean apply(RoutingContext context, long limit, String refusalJson) {
        context.put(CHOSEN, Boolean.TRUE);
        HttpConnection connection = context.request().connection();
        if (!(connection instanceof ConnectionBase base)) {
            return false;
        }
        ChannelPipeline pipeline = base.channel().pipeline();
        Counter counter = (Counter) pipeline.get(NAME);
        if (counter == null) {
            if (pipeline.get("handler") == null) {
                return false;
            }
            // Installed while the connection's first request is being routed: that request has passed already.
            counter = new Counter(1);
            pipeline.addBefore("handler", NAME, counter);
        }
        counter.limit(limit, refusalJson.getBytes(StandardCharsets.UTF_8));
        return true;
    }

    /** The per-connection counter; all its methods run on the connection's event loop. */
    static final class Counter extends ChannelDuplexHandler {
        private long limit = -1;
        private long seen;
        private byte[] refusal;
        private boolean refused;
        private long requests;
        private long responses;
        private long discarded;

        Counter(long requestsSoFar) {
            this.requests = requestsSoFar;
        }

        void limit(long limit, byte[] refusal) {
            this.limit = limit;
            this.refusal = refusal;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (refused) {
                if (message instanceof HttpContent content) {
                    discarded += content.content().readableBytes();
                }
                ReferenceCountUtil.release(message);
                if (discarded > LINGER_BYTES) {
                    ctx.close();
                }
                return;
            }
            if (message instanceof HttpRequest) {
                // A new request: its route sets its limit before its body is read.
                requests++;
                seen = 0;
                limit = -1;
            }
            if (message instanceof HttpContent content) {
                seen += content.content().readableBytes();
                if (limit >= 0 && seen > limit) {
                    refused = true;
                    ReferenceCountUtil.release(message);
                    if (responses >= requests) {
                        // Already answered (a 404, a 401) while the body kept coming: stop reading it, without
                        // a reset that could destroy the answer before the client reads it.
                        lingeringClose(ctx);
                        return;
                    }
                    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                            HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, Unpooled.wrappedBuffer(refusal));
                    response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json")
                            .set(HttpHeaderNames.CONTENT_LENGTH, refusal.length)
                            .set(HttpHeaderNames.CONNECTION, "close");
                    ctx.writeAndFlush(response).addListener(written -> lingeringClose(ctx));
                    return;
                }
            }
            ctx.fireChannelRead(message);
        }

        /**
         * Closing with unread bytes in the receive buffer makes the kernel send a reset, which can destroy the 413
         * before the client reads it: so stop writing, read and discard what is still coming for a moment (at most
         * {@link #LINGER_BYTES}), then close.
         */
        private void lingeringClose(ChannelHandlerContext ctx) {
            if (ctx.channel() instanceof DuplexChannel duplex) {
                duplex.shutdownOutput();
            }
            ctx.channel().config().setAutoRead(true);
            ctx.executor().schedule(() -> ctx.close(), LINGER.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) throws Exception {
            if (message instanceof HttpResponse response && response.status().code() >= 200) {
                responses++;
            }
            super.write(ctx, message, promise);
        }
    }
}
