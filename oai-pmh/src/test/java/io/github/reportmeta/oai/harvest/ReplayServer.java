package io.github.reportmeta.oai.harvest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

/**
 * A loopback OAI-PMH server for tests: it answers each request from a routing function (usually a captured real
 * response), and serves the faults queued with {@link #inject} first, one per request.
 */
final class ReplayServer implements AutoCloseable {

    /** What the server does to one request. */
    enum Fault { NONE, DROP_MID_BODY, SLOW }

    /** One answer. */
    record Reply(int status, byte[] body, Map<String, String> headers, Fault fault, long delayMillis, boolean gzip) {
        static Reply ok(byte[] body) {
            return new Reply(200, body, Map.of(), Fault.NONE, 0, false);
        }

        static Reply status(int status, Map<String, String> headers) {
            return new Reply(status, "<html>busy</html>".getBytes(StandardCharsets.UTF_8), headers, Fault.NONE, 0,
                    false);
        }

        Reply gzipped() {
            return new Reply(status, body, headers, fault, delayMillis, true);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Function<Map<String, String>, Reply> routes;
    private final Deque<Function<Map<String, String>, Reply>> faults = new ArrayDeque<>();
    private final List<String> requests = new ArrayList<>();
    private final List<String> acceptEncodings = new ArrayList<>();

    ReplayServer(Function<Map<String, String>, Reply> routes) throws IOException {
        this.routes = routes;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oai", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The server replaying the four-page list of sickle's fixtures, with its Identify response. */
    static ReplayServer sickle() throws IOException {
        return new ReplayServer(query -> {
            if ("Identify".equals(query.get("verb"))) {
                return Reply.ok(fixture("sickle-identify.xml"));
            }
            String token = query.get("resumptionToken");
            if (token == null) {
                return Reply.ok(fixture("sickle-listrecords-1.xml"));
            }
            return switch (token) {
                case "ListRecords2.xml" -> Reply.ok(fixture("sickle-listrecords-2.xml"));
                case "ListRecords3.xml" -> Reply.ok(fixture("sickle-listrecords-3.xml"));
                case "ListRecords4.xml" -> Reply.ok(fixture("sickle-listrecords-4.xml"));
                default -> Reply.ok(fixture("sickle-badresumptiontoken.xml"));
            };
        });
    }

    /** A captured response from {@code fixtures/harvest/}. */
    static byte[] fixture(String name) {
        try (InputStream in = Objects.requireNonNull(ReplayServer.class.getResourceAsStream("/fixtures/harvest/"
                + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Queues a fault for the next request that is not answered by an earlier fault. */
    synchronized ReplayServer inject(Reply fault) {
        faults.add(query -> fault);
        return this;
    }

    /** Queues a fault that wraps the normal answer (a dropped body, a slow answer, gzip). */
    synchronized ReplayServer injectAround(Function<Reply, Reply> fault) {
        faults.add(query -> fault.apply(routes.apply(query)));
        return this;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oai");
    }

    /** The query strings received, decoded, in order. */
    synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    synchronized List<String> acceptEncodings() {
        return List.copyOf(acceptEncodings);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        Function<Map<String, String>, Reply> fault;
        synchronized (this) {
            requests.add(URLDecoder.decode(raw == null ? "" : raw, StandardCharsets.UTF_8));
            acceptEncodings.add(String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding")));
            fault = faults.poll();
        }
        Reply reply = fault != null ? fault.apply(query) : routes.apply(query);
        try (exchange) {
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] body = reply.body();
            if (reply.gzip()) {
                ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
                    out.write(body);
                }
                body = zipped.toByteArray();
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(reply.status(), body.length);
            OutputStream out = exchange.getResponseBody();
            if (reply.fault() == Fault.DROP_MID_BODY) {
                out.write(body, 0, body.length / 2);
                out.flush();
                // Closing with bytes missing makes the server drop the connection, as a crashed proxy would.
                return;
            }
            out.write(body);
        } catch (IOException e) {
            if (reply.fault() != Fault.DROP_MID_BODY && reply.fault() != Fault.SLOW) {
                throw e;
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the replay server's threads did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the replay server", e);
        }
    }
}
