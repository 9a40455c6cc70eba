package io.github.reportmeta.json;

import io.github.reportmeta.json.internal.ModelReader;
import io.github.reportmeta.json.internal.Snippets;
import tools.jackson.core.JsonGenerator;

/** The format names and the version that open every document, and how to read and write them. */
final class Documents {

    /** The format of a catalogue document. */
    public static final String CATALOGUE = "reportmeta-catalogue";
    /** The format of a single-report document. */
    public static final String REPORT = "reportmeta-report";
    /** The format of the header line of a JSON Lines stream. */
    public static final String HEADER = "reportmeta-header";
    /** The version of the canonical format. */
    public static final String VERSION = "1.0";

    private Documents() {}

    /**
     * Writes {@code format} and {@code version} into an object already started.
     *
     * @param g the generator
     * @param format the format name
     */
    public static void writeFormatAndVersion(JsonGenerator g, String format) {
        g.writeStringProperty("format", format);
        g.writeStringProperty("version", VERSION);
    }

    /**
     * Reads {@code format} and {@code version}, the first two properties of an object already started.
     *
     * @param model the model reader
     * @param expected the formats accepted here
     * @return the format
     */
    static String readFormatAndVersion(ModelReader model, String... expected) {
        String known = "\"" + String.join("\" or \"", expected) + "\"";
        if (!"format".equals(model.nextName())) {
            throw model.problem("a document must start with \"format\": " + known);
        }
        String format = string(model, "format " + known);
        String match = null;
        for (String e : expected) {
            if (e.equals(format)) {
                match = e;
            }
        }
        if (match == null) {
            throw model.problem("format must be " + known + ", but was '" + Snippets.clip(format) + "'");
        }
        if (!"version".equals(model.nextName())) {
            throw model.problem("\"version\": \"" + VERSION + "\" must follow \"format\"");
        }
        String version = string(model, "version \"" + VERSION + "\"");
        if (!version.equals(VERSION)) {
            throw model.problem("version must be \"" + VERSION + "\" (the only version this reader knows), but was '"
                    + Snippets.clip(version) + "'");
        }
        return match;
    }

    private static String string(ModelReader model, String what) {
        var t = model.parser().nextToken();
        if (t != tools.jackson.core.JsonToken.VALUE_STRING) {
            throw model.problem("expected " + what + " (a string), but was " + ModelReader.describe(t));
        }
        return model.parser().getString();
    }
}
