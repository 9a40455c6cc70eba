package io.github.reportmeta.oai.harvest;

import io.github.reportmeta.xml.internal.XmlCursor;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Where a harvest stands, as its state file records it after each complete page: the request (base URL, metadata
 * prefix, set, from, until), the resumption token to continue from, the counts so far, and the latest datestamp
 * seen. The file is a Java properties file (ISO 8859-1, other characters as {@code \}{@code uXXXX}), written
 * atomically; {@code docs/oai-pmh.md} describes its keys.
 *
 * @param baseUrl the repository's base URL
 * @param metadataPrefix the metadata prefix harvested
 * @param set the set harvested, or {@code null} for the whole repository
 * @param from the {@code from} argument of the harvest, or {@code null}
 * @param until the {@code until} argument of the harvest, or {@code null}
 * @param phase how far the harvest has come
 * @param resumptionToken the token that asks for the next page, or {@code null} before the first page and at the end
 * @param pages the pages read whole
 * @param records the reports read from them
 * @param deleted the deleted records among them
 * @param latestDatestamp the latest header datestamp seen in this harvest or the ones before, or {@code null}
 */
public record HarvestState(
        String baseUrl,
        String metadataPrefix,
        @Nullable String set,
        @Nullable String from,
        @Nullable String until,
        Phase phase,
        @Nullable String resumptionToken,
        long pages,
        long records,
        long deleted,
        @Nullable String latestDatestamp) {

    /** The value of the {@code format} key, which names this layout. */
    public static final String FORMAT = "reportmeta-harvest-state/1";

    /** How far a harvest has come. */
    public enum Phase {
        /** Pages are being read; the resumption token, if any, asks for the next. */
        HARVESTING,
        /** Every page has been read, but the caller has not yet said the reports are stored. */
        LISTED,
        /** The harvest is finished and its reports stored; the next harvest with this file is incremental. */
        DONE
    }

    /** Checks the values. */
    public HarvestState {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(metadataPrefix, "metadataPrefix");
        Objects.requireNonNull(phase, "phase");
        if (pages < 0 || records < 0 || deleted < 0) {
            throw new IllegalArgumentException("counts must not be negative, but were " + pages + " pages, "
                    + records + " records, " + deleted + " deleted");
        }
    }

    /**
     * The state of a harvest that has read no page yet.
     *
     * @param baseUrl the repository's base URL
     * @param metadataPrefix the metadata prefix
     * @param set the set, or {@code null}
     * @param from the {@code from} argument, or {@code null}
     * @param until the {@code until} argument, or {@code null}
     * @param latestDatestamp the latest datestamp of an earlier harvest, carried over, or {@code null}
     * @return the state
     */
    public static HarvestState start(String baseUrl, String metadataPrefix, @Nullable String set,
            @Nullable String from, @Nullable String until, @Nullable String latestDatestamp) {
        return new HarvestState(baseUrl, metadataPrefix, set, from, until, Phase.HARVESTING, null, 0, 0, 0,
                latestDatestamp);
    }

    /** This state after one more complete page. */
    HarvestState afterPage(long pageRecords, long pageDeleted, @Nullable String pageLatest, @Nullable String token) {
        String latest = latestDatestamp;
        if (pageLatest != null && (latest == null || pageLatest.compareTo(latest) > 0)) {
            latest = pageLatest;
        }
        return new HarvestState(baseUrl, metadataPrefix, set, from, until, token == null ? Phase.LISTED
                : Phase.HARVESTING, token, pages + 1, records + pageRecords, deleted + pageDeleted, latest);
    }

    /** This state, finished. */
    HarvestState done() {
        return new HarvestState(baseUrl, metadataPrefix, set, from, until, Phase.DONE, null, pages, records, deleted,
                latestDatestamp);
    }

    /**
     * Reads a state file.
     *
     * @param file the file
     * @return the state
     * @throws HarvestException when the file is not a state file of this layout, naming the key at fault
     * @throws UncheckedIOException when it cannot be read
     */
    public static HarvestState load(Path file) {
        Properties p = new Properties();
        try (Reader in = new StringReader(Files.readString(file, StandardCharsets.ISO_8859_1))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the harvest state file " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new HarvestException("the harvest state file " + file + " is not a properties file: "
                    + XmlCursor.clip(e.getMessage()));
        }
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new HarvestException("the harvest state file " + file + " must say format=" + FORMAT
                    + ", but says '" + XmlCursor.clip(p.getProperty("format")) + "'");
        }
        String phase = required(p, file, "phase");
        Phase parsed;
        try {
            parsed = Phase.valueOf(phase.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new HarvestException("the harvest state file " + file + " has phase='" + XmlCursor.clip(phase)
                    + "', but expected harvesting, listed or done");
        }
        try {
            return new HarvestState(required(p, file, "baseUrl"), required(p, file, "metadataPrefix"),
                    optional(p, "set"), optional(p, "from"), optional(p, "until"), parsed,
                    optional(p, "resumptionToken"), count(p, file, "pages"), count(p, file, "records"),
                    count(p, file, "deleted"), optional(p, "latestDatestamp"));
        } catch (IllegalArgumentException e) {
            throw new HarvestException("the harvest state file " + file + " is not consistent: " + e.getMessage());
        }
    }

    /**
     * Reads a state file if it exists.
     *
     * @param file the file
     * @return the state, or {@code null} when there is no such file
     */
    static @Nullable HarvestState loadIfPresent(Path file) {
        try {
            return load(file);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof NoSuchFileException) {
                return null;
            }
            throw e;
        }
    }

    private static String required(Properties p, Path file, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isEmpty()) {
            throw new HarvestException("the harvest state file " + file + " lacks the key '" + key + "'");
        }
        return value;
    }

    private static @Nullable String optional(Properties p, String key) {
        String value = p.getProperty(key);
        return value == null || value.isEmpty() ? null : value;
    }

    private static long count(Properties p, Path file, String key) {
        String value = required(p, file, key);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new HarvestException("the harvest state file " + file + " has " + key + "='"
                    + XmlCursor.clip(value) + "', but expected a whole number");
        }
    }

    /**
     * Writes this state to a file atomically: to a temporary file beside it, then renamed over it, so that the
     * file always holds a whole state, the old or the new.
     *
     * @param file the file
     * @throws UncheckedIOException when it cannot be written
     */
    public void save(Path file) {
        StringBuilder b = new StringBuilder("# reportmeta harvest state; see docs/oai-pmh.md\n");
        line(b, "format", FORMAT);
        line(b, "baseUrl", baseUrl);
        line(b, "metadataPrefix", metadataPrefix);
        line(b, "set", set);
        line(b, "from", from);
        line(b, "until", until);
        line(b, "phase", phase.name().toLowerCase(Locale.ROOT));
        line(b, "resumptionToken", resumptionToken);
        line(b, "pages", Long.toString(pages));
        line(b, "records", Long.toString(records));
        line(b, "deleted", Long.toString(deleted));
        line(b, "latestDatestamp", latestDatestamp);
        writeAtomically(file, b.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void line(StringBuilder b, String key, @Nullable String value) {
        b.append(key).append('=');
        String v = value == null ? "" : value;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\f' -> b.append("\\f");
                case '=', ':', '#', '!' -> b.append('\\').append(c);
                case ' ' -> b.append(i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7E) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('\n');
    }

    /** Writes bytes to a temporary file beside the target and renames it over the target. */
    static void writeAtomically(Path file, byte[] content) {
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".part");
            Files.write(temp, content);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // The write failed already; a stray temporary file is all this leaves.
                    temp.toFile().deleteOnExit();
                }
            }
        }
    }
}
