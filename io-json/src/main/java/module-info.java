/**
 * Canonical JSON and JSON Lines for reportmeta: the {@code json} and {@code jsonl} formats, a Jackson module
 * for embedding the model in a user's own mappers, and the JSON Schema of the canonical format.
 */
module io.github.reportmeta.json {
    // The model and the format SPI that the codecs implement.
    requires transitive io.github.reportmeta;
    // The streaming parser and generator that read and write every document.
    requires transitive tools.jackson.core;
    // The Jackson module (ReportMetadataModule) that users register on their own mappers.
    requires transitive tools.jackson.databind;
    // Nullness annotations; needed to compile, not to run.
    requires static org.jspecify;

    exports io.github.reportmeta.json;

    // Databind instantiates the (de)serialisers named by the mix-ins and reads the mix-ins' annotations.
    opens io.github.reportmeta.json.internal to tools.jackson.databind;

    provides io.github.reportmeta.format.ReportFormat with
            io.github.reportmeta.json.JsonFormat,
            io.github.reportmeta.json.JsonLinesFormat;
}
