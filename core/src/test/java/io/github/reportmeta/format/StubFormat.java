package io.github.reportmeta.format;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * A format for testing the registry: a name, file extensions, whether it reads, and one strength of match for any input.
 * It neither reads nor writes reports.
 */
public class StubFormat implements ReportFormat {

    private final String name;
    private final boolean readable;
    private final Detection.Strength strength;
    private final List<String> extensions;

    /**
     * A stub format.
     *
     * @param name the name
     * @param readable what {@link #canRead()} says
     * @param strength what {@link #detect} says of every input
     * @param extensions the file extensions
     */
    public StubFormat(String name, boolean readable, Detection.Strength strength, String... extensions) {
        this.name = name;
        this.readable = readable;
        this.strength = strength;
        this.extensions = List.of(extensions);
    }

    @Override public String name() { return name; }
    @Override public String description() { return "stub " + name; }
    @Override public String mediaType() { return "application/x-" + name; }
    @Override public List<String> extensions() { return extensions; }
    @Override public boolean canRead() { return readable; }
    @Override public boolean canWrite() { return false; }
    @Override public Detection detect(byte[] head) { return Detection.of(strength, "stub"); }

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
            super("alpha", true, Detection.Strength.NONE);
        }
    }

    /** A stub named {@code zulu} that ServiceLoader can make. */
    public static final class Zulu extends StubFormat {
        /** The stub. */
        public Zulu() {
            super("zulu", true, Detection.Strength.NONE);
        }
    }
}
