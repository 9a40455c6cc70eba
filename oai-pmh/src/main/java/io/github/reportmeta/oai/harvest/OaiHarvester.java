package io.github.reportmeta.oai.harvest;

import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.xml.internal.XmlCursor;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An OAI-PMH 2.0 harvester of one repository: it lists the repository's {@code oai_dc} records with
 * {@code ListRecords}, follows resumption tokens page by page, and returns the reports as a
 * {@link io.github.reportmeta.format.ReportReader}, so that any writer can store them.
 *
 * <pre>{@code
 * OaiHarvester harvester = OaiHarvester.builder(URI.create("https://example.org/oai"))
 *         .from("2024-01-01").build();
 * try (HarvestReader reports = harvester.harvest()) {
 *     reports.forEachRemaining(report -> System.out.println(report.id()));
 * }
 * }</pre>
 *
 * <p>Each page is fetched whole (gzip accepted, size bounded) within the request time-out, and tried again on
 * transient failures as the {@link RetryPolicy} says; it is then read record by record by the {@code oai_dc}
 * reader, with its recovery under lenient reading. A harvester is immutable and can run any number of harvests.
 */
public final class OaiHarvester {

    /** The default largest response, before or after decompression: 64 MiB. */
    public static final long DEFAULT_MAX_PAGE_BYTES = 64L * 1024 * 1024;

    private static final String OAI_PMH = "http://www.openarchives.org/OAI/2.0/";

    private final URI baseUrl;
    private final String metadataPrefix;
    private final @Nullable String set;
    private final @Nullable String from;
    private final @Nullable String until;
    private final ReadOptions readOptions;
    private final Consumer<HarvestState> onPage;
    private final PageFetcher fetcher;

    private OaiHarvester(Builder b) {
        this.baseUrl = b.baseUrl;
        this.metadataPrefix = b.metadataPrefix;
        this.set = b.set;
        this.from = b.from;
        this.until = b.until;
        this.readOptions = b.readOptions != null ? b.readOptions
                : ReadOptions.of(b.baseUrl.toString()).withLenient(true);
        this.onPage = b.onPage;
        HttpClient client = b.client != null ? b.client : HttpClient.newBuilder()
                .connectTimeout(b.connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.fetcher = new PageFetcher(client, b.requestTimeout, b.retry, b.maxPageBytes);
    }

    /**
     * Starts building a harvester of a repository.
     *
     * @param baseUrl the repository's base URL, {@code http} or {@code https}, such as
     *     {@code https://example.org/oai}
     * @return the builder
     * @throws IllegalArgumentException when the URL is not an absolute http or https URL
     */
    public static Builder builder(URI baseUrl) {
        return new Builder(baseUrl);
    }

    /**
     * Harvests the whole list once, keeping no state: the reader fetches pages as it is read.
     *
     * @return the reports, in the repository's order
     */
    public HarvestReader harvest() {
        return HarvestReader.open(this, HarvestState.start(baseUrl.toString(), metadataPrefix, set, from, until,
                null), null, null);
    }

    /**
     * Harvests with a state file: a new harvest when the file does not exist; the rest of an interrupted harvest
     * when it records one (the pages read before, kept beside it in {@code FILE.pages/}, then the pages from its
     * resumption token); an incremental harvest, from the latest datestamp it records, when its harvest is done.
     * The file is rewritten after each complete page. Call {@link HarvestReader#markDone()} once the reports are
     * stored.
     *
     * @param stateFile the state file
     * @return the reports
     * @throws HarvestException when the file records a harvest of another repository, prefix, set or dates
     */
    public HarvestReader harvest(Path stateFile) {
        HarvestState saved = HarvestState.loadIfPresent(stateFile);
        if (saved == null) {
            return HarvestReader.open(this, HarvestState.start(baseUrl.toString(), metadataPrefix, set, from, until,
                    null), stateFile, null);
        }
        checkSame(saved, stateFile);
        if (saved.phase() == HarvestState.Phase.DONE) {
            String start = from;
            if (start == null && saved.latestDatestamp() != null) {
                start = granularity().argument(saved.latestDatestamp());
            }
            if (start == null) {
                start = saved.from();
            }
            return HarvestReader.open(this, HarvestState.start(baseUrl.toString(), metadataPrefix, set, start, until,
                    saved.latestDatestamp()), stateFile, null);
        }
        checkDate("from", from, saved.from(), stateFile);
        checkDate("until", until, saved.until(), stateFile);
        // The kept pages are read again from the start, so that the reports, counts and token are rebuilt as the
        // interrupted run had them.
        return HarvestReader.open(this, HarvestState.start(saved.baseUrl(), saved.metadataPrefix(), saved.set(),
                saved.from(), saved.until(), saved.latestDatestamp()), stateFile, saved);
    }

    /**
     * Starts the harvest a state file records again from its first page, with its {@code from} and {@code until},
     * forgetting its resumption token and its pages: what to do when the repository no longer knows the token
     * ({@code badResumptionToken}).
     *
     * @param stateFile the state file; when it does not exist, this is a new harvest
     * @return the reports
     */
    public HarvestReader restart(Path stateFile) {
        HarvestState saved = HarvestState.loadIfPresent(stateFile);
        if (saved == null) {
            return harvest(stateFile);
        }
        checkSame(saved, stateFile);
        String start = from != null ? from : saved.from();
        String end = until != null ? until : saved.until();
        return HarvestReader.open(this, HarvestState.start(baseUrl.toString(), metadataPrefix, set, start, end,
                saved.latestDatestamp()), stateFile, null);
    }

    private void checkSame(HarvestState saved, Path stateFile) {
        if (!saved.baseUrl().equals(baseUrl.toString()) || !saved.metadataPrefix().equals(metadataPrefix)
                || !Objects.equals(saved.set(), set)) {
            throw new HarvestException("the harvest state file " + stateFile + " records a harvest of "
                    + describe(saved.baseUrl(), saved.metadataPrefix(), saved.set()) + ", not of "
                    + describe(baseUrl.toString(), metadataPrefix, set) + "; name another state file");
        }
    }

    private static void checkDate(String name, @Nullable String asked, @Nullable String saved, Path stateFile) {
        if (asked != null && !asked.equals(saved)) {
            throw new HarvestException("the harvest state file " + stateFile + " records an unfinished harvest with "
                    + name + "=" + (saved == null ? "(none)" : saved) + ", not " + name + "=" + asked
                    + "; leave --" + name + " out to resume it, or name another state file");
        }
    }

    private static String describe(String url, String prefix, @Nullable String set) {
        return XmlCursor.clip(url) + " (prefix " + XmlCursor.clip(prefix)
                + (set == null ? "" : ", set " + XmlCursor.clip(set)) + ")";
    }

    /** The datestamp granularity of the repository, from its {@code Identify} response. */
    Granularity granularity() {
        URI url = request("verb=Identify");
        byte[] body = fetcher.fetch(url);
        XmlCursor c = XmlCursor.open(new ByteArrayInputStream(body), url.toString());
        try {
            if (!c.is(OAI_PMH, "OAI-PMH")) {
                throw c.error("expected an OAI-PMH response to Identify, but found <" + c.name() + ">");
            }
            while (c.nextChild()) {
                if (c.is(OAI_PMH, "error")) {
                    String code = Objects.requireNonNullElse(c.attribute("", "code"), "");
                    throw new OaiErrorException(code, c.text().strip(), url.toString(), "");
                }
                if (c.is(OAI_PMH, "Identify")) {
                    while (c.nextChild()) {
                        if (c.is(OAI_PMH, "granularity")) {
                            return Granularity.of(c.text());
                        }
                        c.skipElement();
                    }
                    throw c.error("the repository's Identify response names no <granularity>");
                }
                c.skipElement();
            }
            throw c.error("the response to Identify holds no <Identify> element");
        } finally {
            c.close();
        }
    }

    /** The URL of the first request of a harvest, or of the request for a resumption token's page. */
    URI listRecords(HarvestState state) {
        String token = state.resumptionToken();
        if (token != null) {
            return request("verb=ListRecords&resumptionToken=" + encode(token));
        }
        StringBuilder q = new StringBuilder("verb=ListRecords&metadataPrefix=").append(encode(state.metadataPrefix()));
        if (state.from() != null) {
            q.append("&from=").append(encode(state.from()));
        }
        if (state.until() != null) {
            q.append("&until=").append(encode(state.until()));
        }
        if (state.set() != null) {
            q.append("&set=").append(encode(state.set()));
        }
        return request(q.toString());
    }

    private URI request(String query) {
        String base = baseUrl.toString();
        return URI.create(base + (baseUrl.getRawQuery() == null ? "?" : "&") + query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    PageFetcher fetcher() {
        return fetcher;
    }

    ReadOptions readOptions() {
        return readOptions;
    }

    Consumer<HarvestState> onPage() {
        return onPage;
    }

    /** Builds an {@link OaiHarvester}; every setting but the base URL has a default. */
    public static final class Builder {
        private final URI baseUrl;
        private String metadataPrefix = "oai_dc";
        private @Nullable String set;
        private @Nullable String from;
        private @Nullable String until;
        private @Nullable HttpClient client;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private RetryPolicy retry = RetryPolicy.DEFAULT;
        private long maxPageBytes = DEFAULT_MAX_PAGE_BYTES;
        private @Nullable ReadOptions readOptions;
        private Consumer<HarvestState> onPage = state -> {};

        private Builder(URI baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
            if (!baseUrl.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))
                    || baseUrl.getHost() == null || baseUrl.getRawFragment() != null) {
                throw new IllegalArgumentException("the base URL must be an absolute http or https URL without a "
                        + "fragment, such as https://example.org/oai, but was '" + XmlCursor.clip(baseUrl.toString())
                        + "'");
            }
            this.baseUrl = baseUrl;
        }

        /**
         * The metadata prefix to ask for; the records must be simple Dublin Core ({@code oai_dc:dc}).
         *
         * @param value the prefix; {@code oai_dc} by default
         * @return this builder
         */
        public Builder metadataPrefix(String value) {
            if (value.isBlank()) {
                throw new IllegalArgumentException("the metadata prefix must not be blank");
            }
            this.metadataPrefix = value;
            return this;
        }

        /**
         * The set to harvest.
         *
         * @param value the set's {@code setSpec}, or {@code null} for the whole repository (the default)
         * @return this builder
         */
        public Builder set(@Nullable String value) {
            this.set = value;
            return this;
        }

        /**
         * The earliest datestamp to harvest, inclusive.
         *
         * @param value {@code YYYY-MM-DD} or {@code YYYY-MM-DDThh:mm:ssZ}, or {@code null} (the default)
         * @return this builder
         * @throws IllegalArgumentException when the value is not an OAI-PMH datestamp
         */
        public Builder from(@Nullable String value) {
            this.from = datestamp("from", value);
            return this;
        }

        /**
         * The latest datestamp to harvest, inclusive.
         *
         * @param value {@code YYYY-MM-DD} or {@code YYYY-MM-DDThh:mm:ssZ}, or {@code null} (the default)
         * @return this builder
         * @throws IllegalArgumentException when the value is not an OAI-PMH datestamp
         */
        public Builder until(@Nullable String value) {
            this.until = datestamp("until", value);
            return this;
        }

        private static @Nullable String datestamp(String name, @Nullable String value) {
            if (value != null && !Granularity.isDatestamp(value)) {
                throw new IllegalArgumentException(name + " must be a date YYYY-MM-DD or a time "
                        + "YYYY-MM-DDThh:mm:ssZ, but was '" + XmlCursor.clip(value) + "'");
            }
            return value;
        }

        /**
         * The HTTP client to use, such as one with a proxy or an executor of the caller's; the connect time-out
         * is then the client's own.
         *
         * @param value the client
         * @return this builder
         */
        public Builder httpClient(HttpClient value) {
            this.client = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * How long to wait for a connection, when the harvester builds its own client.
         *
         * @param value the time-out; 10 seconds by default
         * @return this builder
         */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive("connectTimeout", value);
            return this;
        }

        /**
         * How long one request may take, from sending it to the last byte of its response.
         *
         * @param value the time-out; 60 seconds by default
         * @return this builder
         */
        public Builder requestTimeout(Duration value) {
            this.requestTimeout = positive("requestTimeout", value);
            return this;
        }

        private static Duration positive(String name, Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, but was " + value);
            }
            return value;
        }

        /**
         * How transient failures are tried again.
         *
         * @param value the policy; {@link RetryPolicy#DEFAULT} by default
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy value) {
            this.retry = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * The largest response accepted, before and after decompression.
         *
         * @param value the limit in bytes; {@link #DEFAULT_MAX_PAGE_BYTES} by default
         * @return this builder
         */
        public Builder maxPageBytes(long value) {
            if (value <= 0) {
                throw new IllegalArgumentException("maxPageBytes must be positive, but was " + value);
            }
            this.maxPageBytes = value;
            return this;
        }

        /**
         * How the pages are read; the listener of the options is told every note. By default lenient reading,
         * so that a problem in one record costs that record, not the harvest.
         *
         * @param value the options; their source name is replaced by each page's URL
         * @return this builder
         */
        public Builder readOptions(ReadOptions value) {
            this.readOptions = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * What is told of the harvest's state after each complete page, such as a progress display.
         *
         * @param value the listener
         * @return this builder
         */
        public Builder onPage(Consumer<HarvestState> value) {
            this.onPage = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Builds the harvester.
         *
         * @return the harvester
         */
        public OaiHarvester build() {
            return new OaiHarvester(this);
        }
    }
}
