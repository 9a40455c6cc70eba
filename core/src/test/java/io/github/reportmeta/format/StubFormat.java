package io.github.reportmeta.format;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * A format for testing the registry: a name, file extensions, whether it reads, and one certainty for any input.
 * It neither reads nor writes reports.
 */
public class StubFormat implements ReportFormat {

    private final String name;
    private final boolean readable;
    private final int certainty;
    private final List<String> extensions;

    /**
     * A stub format.
     *
     * @param name the name
     * @param readable what {@link #canRead()} says
     * @param certainty what {@link #sniff} says of every input
     * @param extensions the file extensions
     */
    public StubFormat(String name, boolean readable, int certainty, String... extensions) {
        this.name = name;
        this.readable = readable;
        this.certainty = certainty;
        this.extensions = List.of(extensions);
    }

    @Override public String name() { return name; }
    @Override public String description() { return "stub " + name; }
    @Override public String mediaType() { return "application/x-" + name; }
    @Override public List<String> extensions() { return extensions; }
    @Override public boolean canRead() { return readable; }
    @Override public boolean canWrite() { return false; }
    @Override public int sniff(byte[] head) { return certainty; }

    @Override
    public ReportReader newReader(InputStream in, ReadOptions options) {
        throw new UnknownFormatException("stub " + name + " reads nothing");
    }

    @Override
    public ReportWriter newWriter(OutputStream out, WriteOptions options) {
        throw new UnknownFormatException("stub " + name + " writes nothing");
    }

    @Override
    public String toString() {
        return name;
    }

    /** A stub named {@code alpha} that ServiceLoader can make. */
    public static final class Alpha extends StubFormat {
        /** The stub. */
        public Alpha() {
            super("alpha", true, 0);
        }
    }

    /** A stub named {@code zulu} that ServiceLoader can make. */
    public static final class Zulu extends StubFormat {
        /** The stub. */
        public Zulu() {
            super("zulu", true, 0);
        }
    }
}
