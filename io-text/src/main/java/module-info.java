/** Report listing pages (read) and e-mail alert digests of the latest reports (write). */
module io.github.reportmeta.text {
    // The model and the format SPI: the formats' public signatures use them, so users read them too.
    requires transitive io.github.reportmeta;
    // HTML entity decoding and escaping, and word wrapping of the text digest.
    requires org.apache.commons.text;
    // Nullness annotations on public signatures; needed to compile, not to run.
    requires static transitive org.jspecify;

    exports io.github.reportmeta.text;

    provides io.github.reportmeta.format.ReportFormat with
            io.github.reportmeta.text.ListingFormat,
            io.github.reportmeta.text.DigestTextFormat,
            io.github.reportmeta.text.DigestHtmlFormat;
}
