/**
 * The reportmeta core: the report metadata model, its validation, the catalogue operations and the format SPI.
 */
module io.github.reportmeta {
    // The constraint annotations are part of the model's public signatures.
    requires transitive jakarta.validation;
    // The validation engine behind ReportValidator, and @CodePointLength on the model.
    requires transitive org.hibernate.validator;
    // Title similarity for duplicate detection in Catalogue.merge.
    requires org.apache.commons.text;
    // Nullness annotations; needed to compile, not to run.
    requires static transitive org.jspecify;

    exports io.github.reportmeta;
    exports io.github.reportmeta.validation;
    exports io.github.reportmeta.format;
    exports io.github.reportmeta.format.spi;
    exports io.github.reportmeta.synthetic;
    // What the codecs share and users must not touch.
    exports io.github.reportmeta.internal to
            io.github.reportmeta.json,
            io.github.reportmeta.xml,
            io.github.reportmeta.text,
            io.github.reportmeta.citation,
            io.github.reportmeta.cli;
    exports io.github.reportmeta.internal.messages to
            io.github.reportmeta.json,
            io.github.reportmeta.xml,
            io.github.reportmeta.text,
            io.github.reportmeta.citation,
            io.github.reportmeta.cli;

    // Hibernate Validator reads the records' fields and instantiates the constraint validators.
    opens io.github.reportmeta to org.hibernate.validator;
    opens io.github.reportmeta.validation.internal to org.hibernate.validator;

    uses io.github.reportmeta.format.ReportFormat;
}
