package io.github.reportmeta.format.spi;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a format says of itself: its name, what it is, its media type, its file extensions and whether it reads
 * and writes. {@link AbstractReportFormat} answers the descriptive methods of
 * {@link io.github.reportmeta.format.ReportFormat} from it.
 *
 * @param name the short name users choose the format by, such as {@code json} or {@code oai_dc}
 * @param description a sentence that says what the format is, for listings
 * @param mediaType the media type of its documents, such as {@code application/json}
 * @param extensions file extensions without the dot, most usual first
 * @param reads whether the format can be read
 * @param writes whether the format can be written
 */
public record FormatDescriptor(
        String name, String description, String mediaType, List<String> extensions, boolean reads, boolean writes) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_.+-]*");

    /** Checks the parts and copies the extensions. */
    public FormatDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(mediaType, "mediaType");
        extensions = List.copyOf(extensions);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a format name is lower-case letters, digits and _ . + -, but was '"
                    + name + "'");
        }
        if (!reads && !writes) {
            throw new IllegalArgumentException("format '" + name + "' can neither be read nor written");
        }
        for (String ext : extensions) {
            if (ext.isEmpty() || ext.startsWith(".") || !ext.equals(ext.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("an extension is lower case without its dot, but format '" + name
                        + "' has '" + ext + "'");
            }
        }
    }

    /**
     * A format that is read and written.
     *
     * @param name the name
     * @param description what it is
     * @param mediaType its media type
     * @param extensions its extensions, most usual first
     * @return the descriptor
     */
    public static FormatDescriptor readWrite(String name, String description, String mediaType, String... extensions) {
        return new FormatDescriptor(name, description, mediaType, List.of(extensions), true, true);
    }

    /**
     * A format that is only read.
     *
     * @param name the name
     * @param description what it is
     * @param mediaType its media type
     * @param extensions its extensions, most usual first
     * @return the descriptor
     */
    public static FormatDescriptor readOnly(String name, String description, String mediaType, String... extensions) {
        return new FormatDescriptor(name, description, mediaType, List.of(extensions), true, false);
    }

    /**
     * A format that is only written.
     *
     * @param name the name
     * @param description what it is
     * @param mediaType its media type
     * @param extensions its extensions, most usual first
     * @return the descriptor
     */
    public static FormatDescriptor writeOnly(String name, String description, String mediaType, String... extensions) {
        return new FormatDescriptor(name, description, mediaType, List.of(extensions), false, true);
    }
}
