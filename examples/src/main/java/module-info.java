/** Runnable examples of reportmeta. */
module io.github.reportmeta.examples {
    // The model, validation and format SPI that every example uses, and that its public methods return.
    requires transitive io.github.reportmeta;
    // ReportMetadataModule, for the example that embeds the model in an application's own JsonMapper.
    requires transitive io.github.reportmeta.json;
    // Jackson's mapper, for the embedding example; io-json only requires it statically, so it is required here.
    requires tools.jackson.databind;
    // Nullness annotations; needed to compile, not to run.
    requires static org.jspecify;

    exports io.github.reportmeta.examples;
    // Jackson reads the example's own record.
    opens io.github.reportmeta.examples to tools.jackson.databind;

    uses io.github.reportmeta.format.ReportFormat;
    provides io.github.reportmeta.format.ReportFormat with io.github.reportmeta.examples.CsvTitlesFormat;
}
