package io.github.reportmeta.oai.provider;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Serves an {@link OaiProvider} through the JDK's HTTP server: the parameters of a GET's query or of a POST's
 * {@code application/x-www-form-urlencoded} body, answered with {@code 200 text/xml}. A query or body longer than
 * {@value #MAX_FORM_BYTES} bytes is refused with 413 (414 for a query), a POST of another media type with 415,
 * another method with 405, a path below the base URL's with 404. Malformed percent-encoding is an OAI
 * {@code badArgument}.
 */
final class OaiHttpHandler implements HttpHandler {

    /** The most bytes of a query or a POST body read. */
    static final int MAX_FORM_BYTES = 16 * 1024;

    private final OaiProvider provider;

    OaiHttpHandler(OaiProvider provider) {
        this.provider = provider;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getRawPath().equals(exchange.getHttpContext().getPath())) {
                plain(exchange, 404, "OAI-PMH is served at " + exchange.getHttpContext().getPath() + "\n");
                return;
            }
            String method = exchange.getRequestMethod();
            String form;
            if ("GET".equals(method)) {
                String query = exchange.getRequestURI().getRawQuery();
                form = query == null ? "" : query;
                if (form.length() > MAX_FORM_BYTES) {
                    plain(exchange, 414, "the query is longer than " + MAX_FORM_BYTES + " bytes\n");
                    return;
                }
            } else if ("POST".equals(method)) {
                String type = exchange.getRequestHeaders().getFirst("Content-Type");
                if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                    plain(exchange, 415, "a POST must be application/x-www-form-urlencoded\n");
                    return;
                }
                byte[] body = readAtMost(exchange.getRequestBody(), MAX_FORM_BYTES + 1);
                if (body.length > MAX_FORM_BYTES) {
                    plain(exchange, 413, "the form is longer than " + MAX_FORM_BYTES + " bytes\n");
                    return;
                }
                form = new String(body, StandardCharsets.US_ASCII);
            } else {
                exchange.getResponseHeaders().set("Allow", "GET, POST");
                plain(exchange, 405, "OAI-PMH takes GET and POST\n");
                return;
            }
            byte[] response;
            try {
                Map<String, List<String>> params = FormParameters.parse(form);
                response = provider.respond(params);
            } catch (IllegalArgumentException e) {
                response = provider.undecodable("The request's arguments are not valid URL encoding: "
                        + e.getMessage() + ".");
            }
            exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=UTF-8");
            exchange.sendResponseHeaders(200, response.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response);
            }
        }
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }

    private static void plain(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
