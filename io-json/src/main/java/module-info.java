/**
 * Canonical JSON and JSON Lines for reportmeta: the {@code json} and {@code jsonl} formats, a Jackson module
 * for embedding the model in a user's own mappers, and the JSON Schema of the canonical format.
 */
module io.github.reportmeta.json {
    // The model and the format SPI that the codecs implement.
    requires transitive io.github.reportmeta;
    // The streaming parser and generator that read and write every document.
    requires transitive tools.jackson.core;
    // Only for the Jackson module in io.github.reportmeta.json.databind; absent for users who only stream, so
    // nothing outside that package may touch it. Not transitive: javac would then demand it of every module
    // that reads this one. Users of the Jackson module require tools.jackson.databind themselves.
    requires static tools.jackson.databind;
    // Nullness annotations; needed to compile, not to run.
    requires static org.jspecify;

    exports io.github.reportmeta.json;
    exports io.github.reportmeta.json.databind;
    // The configured JsonFactory (read limits, deterministic output) and the quoting of input, for the JSON-based
    // formats of the citation and registry codecs: one set of limits for every JSON document reportmeta reads.
    exports io.github.reportmeta.json.internal to io.github.reportmeta.citation, io.github.reportmeta.registry;

    provides io.github.reportmeta.format.ReportFormat with
            io.github.reportmeta.json.JsonFormat,
            io.github.reportmeta.json.JsonLinesFormat;

    // No "provides tools.jackson.databind.JacksonModule": Java 17 refuses to resolve a module that provides a
    // service whose package no module it reads exports, so it would make databind mandatory on the module path.
    // On the class path META-INF/services registers the module for findAndAddModules().
}
