package org.stationconfig.filetransfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.stationconfig.data.OwnerOnlyFiles;

/**
 * Where a download's bytes go: a file made 0600, cut off as soon as more than the budget arrives (the server's
 * Content-Length is not trusted), and fsynced when complete, so a file that is there after a power loss is whole.
 */
final class DownloadedFile {

    private static final int BLOCK = 64 * 1024;

    private DownloadedFile() {
    }

    /** More bytes arrived than the budget allows; the transfer was stopped there. */
    static final class TooLarge extends IOException {
        TooLarge(DownloadLimit.Budget budget) {
            super("the file is larger than " + budget.what() + " (" + budget.bytes() + " bytes); the transfer was "
                    + "stopped there");
        }
    }

    /** Copies block by block, so that cancelling the worker thread (interrupt) ends the transfer. */
    static void copy(InputStream in, Path target, DownloadLimit.Budget budget) throws IOException {
        try (FileChannel channel = OwnerOnlyFiles.create(target)) {
            OutputStream out = Channels.newOutputStream(channel);
            byte[] block = new byte[BLOCK];
            long written = 0;
            for (int read = in.read(block); read >= 0; read = in.read(block)) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("cancelled");
                }
                written += read;
                if (written > budget.bytes()) {
                    throw new TooLarge(budget);
                }
                out.write(block, 0, read);
            }
            channel.force(true);
        }
    }

    /** The same for the JDK HTTP client: a body subscriber that cancels the response once over the budget. */
    static HttpResponse.BodySubscriber<Long> subscriber(Path target, DownloadLimit.Budget budget) {
        return new Subscriber(target, budget);
    }

    private static final class Subscriber implements HttpResponse.BodySubscriber<Long> {
        private final Path target;
        private final DownloadLimit.Budget budget;
        private final CompletableFuture<Long> result = new CompletableFuture<>();
        private Flow.Subscription subscription;
        private FileChannel channel;
        private long written;

        Subscriber(Path target, DownloadLimit.Budget budget) {
            this.target = target;
            this.budget = budget;
        }

        @Override
        public void onSubscribe(Flow.Subscription given) {
            subscription = given;
            try {
                channel = OwnerOnlyFiles.create(target);
                subscription.request(1);
            } catch (IOException e) {
                stop(e);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return; // stopped already; the cancelled subscription may still deliver what was under way
            }
            try {
                for (ByteBuffer buffer : buffers) {
                    written += buffer.remaining();
                    if (written > budget.bytes()) {
                        throw new TooLarge(budget);
                    }
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                }
                subscription.request(1);
            } catch (IOException e) {
                stop(e);
            }
        }

        @Override
        public void onError(Throwable failure) {
            close();
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            if (result.isDone()) {
                return;
            }
            try {
                channel.force(true);
                channel.close();
                result.complete(written);
            } catch (IOException e) {
                stop(e);
            }
        }

        @Override
        public CompletionStage<Long> getBody() {
            return result;
        }

        private void stop(IOException failure) {
            subscription.cancel();
            close();
            result.completeExceptionally(failure);
        }

        private void close() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // the transfer failed already; that is what is reported
                }
            }
        }
    }
}
