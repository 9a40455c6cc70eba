package io.github.reportmeta.oai.harvest;

import io.github.reportmeta.xml.internal.XmlCursor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Fetches one OAI-PMH response whole: with {@code Accept-Encoding: gzip}, bounded in size before and after
 * decompression, within the request time-out, and tried again on transient failures as the retry policy says.
 */
final class PageFetcher {

    private final HttpClient client;
    private final Duration requestTimeout;
    private final RetryPolicy retry;
    private final long maxBytes;

    PageFetcher(HttpClient client, Duration requestTimeout, RetryPolicy retry, long maxBytes) {
        this.client = client;
        this.requestTimeout = requestTimeout;
        this.retry = retry;
        this.maxBytes = maxBytes;
    }

    /** The body of the response to a GET of the URL, decompressed. */
    byte[] fetch(URI url) {
        for (int attempt = 0; ; attempt++) {
            String failure;
            Duration wait;
            try {
                HttpResponse<byte[]> response = send(url);
                int status = response.statusCode();
                if (status == 200) {
                    return decode(url, response);
                }
                if (status != 503 && status != 429 && status != 502 && status != 504) {
                    throw new HarvestException("the repository answered " + url + " with HTTP " + status
                            + "; expected 200");
                }
                failure = "HTTP " + status;
                Optional<Duration> asked = retryAfter(response);
                wait = asked.isPresent() ? retry.capped(asked.get()) : retry.backoff(nextRetry(attempt));
            } catch (IOException e) {
                failure = describe(e);
                wait = retry.backoff(nextRetry(attempt));
            } catch (TimeoutException e) {
                failure = "no complete response within " + requestTimeout.toMillis() + " ms";
                wait = retry.backoff(nextRetry(attempt));
            }
            if (attempt >= retry.maxRetries()) {
                throw new HarvestException("the repository did not answer " + url + " usably after " + (attempt + 1)
                        + (attempt == 0 ? " attempt" : " attempts") + "; the last failure: " + failure);
            }
            sleep(wait, url);
        }
    }

    private static int nextRetry(int attempt) {
        return attempt + 1;
    }

    private HttpResponse<byte[]> send(URI url) throws IOException, TimeoutException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .GET()
                .timeout(requestTimeout)
                .header("Accept-Encoding", "gzip")
                .header("User-Agent", "reportmeta-harvester")
                .build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> new Bounded(maxBytes));
        try {
            return future.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new HarvestException("interrupted while waiting for " + url, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLarge) {
                throw new HarvestException("the response to " + url + " is larger than " + maxBytes + " bytes");
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof IllegalArgumentException bad) {
                throw new HarvestException("cannot request " + url + ": " + bad.getMessage(), bad);
            }
            throw new HarvestException("the request of " + url + " failed: " + cause, cause);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private byte[] decode(URI url, HttpResponse<byte[]> response) {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").strip()
                .toLowerCase(Locale.ROOT);
        if (encoding.equals("identity")) {
            return response.body();
        }
        if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
            throw new HarvestException("the response to " + url + " is encoded as '"
                    + XmlCursor.clip(encoding)
                    + "', but only gzip was asked for");
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + (long) n > maxBytes) {
                    throw new HarvestException("the response to " + url + " is larger than " + maxBytes
                            + " bytes once decompressed");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new HarvestException("the gzip response to " + url + " cannot be decompressed: " + describe(e), e);
        }
    }

    /** The wait a {@code Retry-After} header asks for, in seconds or as an HTTP date; empty when absent or bad. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> retryAfter(value, Instant.now()));
    }

    static Optional<Duration> retryAfter(String value, Instant now) {
        String v = value.strip();
        if (!v.isEmpty() && v.length() <= 10 && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void sleep(Duration wait, URI url) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestException("interrupted while waiting to request " + url + " again", e);
        }
    }

    /** Thrown inside the body subscriber when a body passes the limit. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("response too large");
        }
    }

    /** Collects a body up to a limit, cancelling the exchange past it. */
    private static final class Bounded implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.@Nullable Subscription subscription;

        Bounded(long max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (out.size() + (long) buffer.remaining() > max) {
                    Flow.Subscription s = subscription;
                    if (s != null) {
                        s.cancel();
                    }
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                out.write(bytes, 0, bytes.length);
            }
        }

        @Override
        public void onError(Throwable failure) {
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
