/** Runnable examples of reportmeta. */
module io.github.reportmeta.examples {
    // The model, validation and format SPI that every example uses.
    requires io.github.reportmeta;
    // Nullness annotations; needed to compile, not to run.
    requires static org.jspecify;

    exports io.github.reportmeta.examples;
}
