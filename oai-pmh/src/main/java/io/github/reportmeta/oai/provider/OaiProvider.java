package io.github.reportmeta.oai.provider;

import com.sun.net.httpserver.HttpHandler;
import io.github.reportmeta.Catalogue;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.oai.provider.OaiError.OaiException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/**
 * An OAI-PMH 2.0 data provider over one or more catalogues, independent of any server: {@link #respond} turns a
 * request's parameters into a complete response document. Build one with {@link #builder(URI)}; mount
 * {@link #httpHandler()} in a {@code com.sun.net.httpserver.HttpServer}, or call {@link #respond} from any
 * other server.
 *
 * <p>It serves {@code oai_dc} and reportmeta's canonical {@code xml}, one set per report series, datestamps at
 * day granularity, no deleted records, and stateless resumption tokens; {@code docs/oai-pmh.md} ("Serving")
 * says how identifiers, datestamps, set specs and tokens are made. The catalogues are indexed once when the
 * provider is built; a response costs a binary search and one page, whatever the size of the catalogues. A
 * provider is immutable and safe for concurrent use.
 */
public final class OaiProvider {

    /** The schema location given for the {@code xml} metadata format. */
    public static final String XML_SCHEMA_LOCATION = "https://reportmeta.github.io/ns/xml/1/reportmeta-1.0.xsd";

    /** The largest page size accepted. */
    public static final int MAX_PAGE_SIZE = 1000;

    /** The page size when none is set. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    /** The repository identifier when none is set and the base URL's host is not a domain name. */
    public static final String DEFAULT_REPOSITORY_IDENTIFIER = "reportmeta.local";

    private final String baseUrl;
    private final String repositoryName;
    private final List<String> adminEmails;
    private final String repositoryIdentifier;
    private final int pageSize;
    private final Clock clock;
    private final Identifiers identifiers;
    private final Repository repository;

    private OaiProvider(Builder b) {
        this.baseUrl = b.baseUrl.toString();
        this.repositoryName = b.repositoryName;
        this.adminEmails = b.adminEmails.isEmpty()
                ? List.of("admin@" + b.repositoryIdentifier())
                : List.copyOf(b.adminEmails);
        this.repositoryIdentifier = b.repositoryIdentifier();
        this.pageSize = b.pageSize;
        this.clock = b.clock;
        this.identifiers = new Identifiers(repositoryIdentifier);
        this.repository = new Repository(b.catalogues, identifiers,
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /**
     * Starts a provider that answers at a base URL.
     *
     * @param baseUrl the URL harvesters send requests to, written into every response
     * @return a builder
     */
    public static Builder builder(URI baseUrl) {
        return new Builder(baseUrl);
    }

    /**
     * Answers a request with a complete OAI-PMH response, an error response included.
     *
     * @param params the request's parameters, from the query of a GET or the form of a POST, each name with all
     *     the values it was given
     * @param out receives the response document, UTF-8; not closed
     * @throws UncheckedIOException if the output fails
     */
    public void respond(Map<String, List<String>> params, OutputStream out) {
        try {
            out.write(respond(params));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The OAI identifier of a report: {@code oai:<repositoryIdentifier>:<report id>}, percent-encoded.
     *
     * @param id the report's id
     * @return the identifier
     */
    public String identifier(ReportId id) {
        return identifiers.of(id);
    }

    /**
     * The base URL written into every response.
     *
     * @return the base URL
     */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * An adapter for the JDK's HTTP server: GET and POST (form-encoded) requests, answered as {@code text/xml}.
     *
     * @return a handler to mount at the base URL's path
     */
    public HttpHandler httpHandler() {
        return new OaiHttpHandler(this);
    }

    byte[] respond(Map<String, List<String>> params) {
        Instant now = clock.instant();
        OaiRequest request = null;
        try {
            request = OaiRequest.parse(params);
            return render(now, request.arguments(), request);
        } catch (OaiException e) {
            Map<String, String> echo = request == null || e.error().withoutArguments()
                    ? Map.of()
                    : echo(request);
            return error(now, echo, e.error(), e.getMessage());
        }
    }

    /** The response for parameters that could not even be decoded (malformed percent-encoding, bad UTF-8). */
    byte[] undecodable(String why) {
        return error(clock.instant(), Map.of(), OaiError.BAD_ARGUMENT, why);
    }

    private static Map<String, String> echo(OaiRequest request) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("verb", request.verb().name());
        attributes.putAll(request.arguments());
        return attributes;
    }

    private byte[] error(Instant now, Map<String, String> echo, OaiError error, String message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try {
            ResponseWriter w = new ResponseWriter(bytes);
            w.start(now, baseUrl, echo);
            w.error(error, message);
            w.end();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write an error response: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private byte[] render(Instant now, Map<String, String> arguments, OaiRequest request) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try {
            // Every check that can refuse the request runs before the first byte is written.
            Plan plan = plan(request);
            ResponseWriter w = new ResponseWriter(bytes);
            w.start(now, baseUrl, echo(request));
            plan.write(w);
            w.end();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the response to " + request.verb() + " " + arguments
                    + ": " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** A response body whose content is settled: writing it can no longer fail for the request's sake. */
    @FunctionalInterface
    private interface Plan {
        void write(ResponseWriter w) throws XMLStreamException;
    }

    private Plan plan(OaiRequest request) {
        return switch (request.verb()) {
            case Identify -> this::identify;
            case ListMetadataFormats -> listMetadataFormats(request);
            case ListSets -> listSets(request);
            case ListIdentifiers, ListRecords -> list(request);
            case GetRecord -> getRecord(request);
        };
    }

    private void identify(ResponseWriter w) throws XMLStreamException {
        w.open("Identify");
        w.leaf("repositoryName", repositoryName);
        w.leaf("baseURL", baseUrl);
        w.leaf("protocolVersion", "2.0");
        for (String email : adminEmails) {
            w.leaf("adminEmail", email);
        }
        w.leaf("earliestDatestamp", repository.earliest().toString());
        w.leaf("deletedRecord", "no");
        w.leaf("granularity", "YYYY-MM-DD");
        w.open("description");
        String ns = "http://www.openarchives.org/OAI/2.0/oai-identifier";
        w.foreign(ns, "oai-identifier");
        w.schemaLocation(ns + " http://www.openarchives.org/OAI/2.0/oai-identifier.xsd");
        w.foreignLeaf(ns, "scheme", "oai");
        w.foreignLeaf(ns, "repositoryIdentifier", repositoryIdentifier);
        w.foreignLeaf(ns, "delimiter", ":");
        Repository.Item first = repository.first();
        w.foreignLeaf(ns, "sampleIdentifier", first != null ? first.identifier() : identifier(ReportId.of("report-1")));
        w.close();
        w.close();
        w.close();
        w.newline();
    }

    private Plan listMetadataFormats(OaiRequest request) {
        String identifier = request.get("identifier");
        if (identifier != null) {
            item(identifier);
        }
        return w -> {
            w.open("ListMetadataFormats");
            for (MetadataFormat f : MetadataFormat.values()) {
                w.open("metadataFormat");
                w.leaf("metadataPrefix", f.prefix());
                w.leaf("schema", f.schema());
                w.leaf("metadataNamespace", f.namespace());
                w.close();
            }
            w.close();
            w.newline();
        };
    }

    private Plan listSets(OaiRequest request) {
        if (!repository.hasSets()) {
            throw OaiError.NO_SET_HIERARCHY.because("This repository has no sets: no report of its catalogues "
                    + "belongs to a series.");
        }
        String token = request.get("resumptionToken");
        ResumptionToken query = token == null
                ? new ResumptionToken(Verb.ListSets, null, null, null, null, 0, repository.fingerprint())
                : ResumptionToken.parse(token, Verb.ListSets, repository.fingerprint());
        List<Repository.OaiSet> sets = repository.sets();
        Page page = page(query, sets.size(), token != null);
        return w -> {
            w.open("ListSets");
            for (Repository.OaiSet set : sets.subList(page.start(), page.end())) {
                w.open("set");
                w.leaf("setSpec", set.spec());
                w.leaf("setName", set.name());
                w.close();
            }
            page.write(w);
            w.close();
            w.newline();
        };
    }

    private Plan list(OaiRequest request) {
        String token = request.get("resumptionToken");
        ResumptionToken query;
        if (token == null) {
            query = new ResumptionToken(request.verb(), request.get("metadataPrefix"), request.from(),
                    request.until(), request.get("set"), 0, repository.fingerprint());
        } else {
            query = ResumptionToken.parse(token, request.verb(), repository.fingerprint());
        }
        String prefix = query.prefix();
        if (prefix == null) {
            throw ResumptionToken.bad("it names no metadata format");
        }
        MetadataFormat format = format(prefix);
        String set = query.set();
        if (set != null && !repository.hasSets()) {
            throw OaiError.NO_SET_HIERARCHY.because("This repository has no sets: no report of its catalogues "
                    + "belongs to a series.");
        }
        List<Repository.Item> selected = repository.select(set, query.from(), query.until());
        if (selected.isEmpty()) {
            throw OaiError.NO_RECORDS_MATCH.because("No record matches"
                    + (set == null ? "" : " set " + set)
                    + (query.from() == null ? "" : " from " + query.from())
                    + (query.until() == null ? "" : " until " + query.until()) + ".");
        }
        Page page = page(query, selected.size(), token != null);
        List<Repository.Item> items = selected.subList(page.start(), page.end());
        boolean records = request.verb() == Verb.ListRecords;
        List<byte[]> metadata = new ArrayList<>();
        if (records) {
            for (Repository.Item item : items) {
                metadata.add(format.render(item.report()));
            }
        }
        return w -> {
            w.open(request.verb().name());
            w.newline();
            for (int i = 0; i < items.size(); i++) {
                if (records) {
                    record(w, items.get(i), metadata.get(i));
                } else {
                    w.header(items.get(i));
                }
                w.newline();
            }
            page.write(w);
            w.close();
            w.newline();
        };
    }

    private Plan getRecord(OaiRequest request) {
        Repository.Item item = item(Objects.requireNonNull(request.get("identifier"), "checked"));
        MetadataFormat format = format(Objects.requireNonNull(request.get("metadataPrefix"), "checked"));
        byte[] metadata = format.render(item.report());
        return w -> {
            w.open("GetRecord");
            record(w, item, metadata);
            w.close();
            w.newline();
        };
    }

    private static void record(ResponseWriter w, Repository.Item item, byte[] metadata) throws XMLStreamException {
        w.open("record");
        w.header(item);
        w.open("metadata");
        w.copy(metadata);
        w.close();
        w.close();
    }

    private Repository.Item item(String identifier) {
        return identifiers.reportId(identifier)
                .flatMap(repository::find)
                .orElseThrow(() -> OaiError.ID_DOES_NOT_EXIST.because("No item has the identifier '"
                        + OaiRequest.quote(identifier) + "'."));
    }

    private static MetadataFormat format(String prefix) {
        return MetadataFormat.ofPrefix(prefix).orElseThrow(() -> OaiError.CANNOT_DISSEMINATE_FORMAT.because(
                "The metadata format '" + OaiRequest.quote(prefix) + "' is not served here; the formats are "
                        + "oai_dc and xml."));
    }

    /** One page of a list: its bounds, and the token that continues it. */
    private record Page(int start, int end, int size, @Nullable String next, boolean resumed) {
        void write(ResponseWriter w) throws XMLStreamException {
            if (next != null) {
                w.resumptionToken(next, size, start);
                w.newline();
            } else if (resumed) {
                w.resumptionToken("", size, start);
                w.newline();
            }
        }
    }

    private Page page(ResumptionToken query, int size, boolean resumed) {
        int start = query.offset();
        if (start >= size) {
            throw ResumptionToken.bad("its offset is past the end of the list");
        }
        int end = Math.min(size, start + pageSize);
        String next = end < size ? query.at(end).encode() : null;
        return new Page(start, end, size, next, resumed);
    }

    /** Builds an {@link OaiProvider}; the only mutable class of the package. */
    public static final class Builder {

        private final URI baseUrl;
        private String repositoryName = "reportmeta";
        private final List<String> adminEmails = new ArrayList<>();
        private @Nullable String repositoryIdentifier;
        private final List<Catalogue> catalogues = new ArrayList<>();
        private int pageSize = DEFAULT_PAGE_SIZE;
        private Clock clock = Clock.systemUTC();

        private Builder(URI baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            if (!baseUrl.isAbsolute() || baseUrl.getHost() == null
                    || !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))) {
                throw new IllegalArgumentException("the base URL must be an absolute http or https URL, but was '"
                        + baseUrl + "'");
            }
            if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
                throw new IllegalArgumentException("the base URL may have no query and no fragment, but was '"
                        + baseUrl + "'");
            }
            this.baseUrl = baseUrl;
        }

        /**
         * Sets the name Identify gives; by default {@code reportmeta}.
         *
         * @param value a human-readable name
         * @return this builder
         */
        public Builder repositoryName(String value) {
            if (value.isBlank()) {
                throw new IllegalArgumentException("the repository name is blank");
            }
            this.repositoryName = value;
            return this;
        }

        /**
         * Adds an administrator's e-mail address; by default {@code admin@<repositoryIdentifier>}.
         *
         * @param value an address such as {@code oai@reports.example.org}
         * @return this builder
         */
        public Builder adminEmail(String value) {
            if (!value.matches("\\S+@(\\S+\\.)+\\S+")) {
                throw new IllegalArgumentException("an admin e-mail address must look like name@example.org, but was '"
                        + value + "'");
            }
            adminEmails.add(value);
            return this;
        }

        /**
         * Sets the repository identifier of the OAI identifiers; by default the base URL's host if it is a domain
         * name, else {@value OaiProvider#DEFAULT_REPOSITORY_IDENTIFIER}.
         *
         * @param value a domain name such as {@code reports.example.org}
         * @return this builder
         */
        public Builder repositoryIdentifier(String value) {
            new Identifiers(value);
            this.repositoryIdentifier = value;
            return this;
        }

        /**
         * Adds a catalogue to serve; its reports' ids must differ from those of the other catalogues.
         *
         * @param value the catalogue
         * @return this builder
         */
        public Builder catalogue(Catalogue value) {
            catalogues.add(Objects.requireNonNull(value, "catalogue"));
            return this;
        }

        /**
         * Sets the number of items a list response holds at most; by default {@value OaiProvider#DEFAULT_PAGE_SIZE}.
         *
         * @param value between 1 and {@value OaiProvider#MAX_PAGE_SIZE}
         * @return this builder
         */
        public Builder pageSize(int value) {
            if (value < 1 || value > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("the page size must be between 1 and " + MAX_PAGE_SIZE
                        + ", but was " + value);
            }
            this.pageSize = value;
            return this;
        }

        /**
         * Sets the clock of {@code responseDate}; by default the system's, in UTC.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        private String repositoryIdentifier() {
            if (repositoryIdentifier != null) {
                return repositoryIdentifier;
            }
            String host = baseUrl.getHost();
            return Identifiers.REPOSITORY.matcher(host).matches() ? host : DEFAULT_REPOSITORY_IDENTIFIER;
        }

        /**
         * Indexes the catalogues and builds the provider.
         *
         * @return the provider
         * @throws IllegalArgumentException if two catalogues hold the same report id, two series share a set spec,
         *     or a report cannot be written in a served format
         */
        public OaiProvider build() {
            return new OaiProvider(this);
        }
    }
}
