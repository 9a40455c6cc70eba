/**
 * What DOI registries and search engines read: the {@code datacite}, {@code crossref} and {@code schema-org
    provides io.github.reportmeta.format.ReportFormat with
            io.github.reportmeta.registry.datacite.DataCiteFormat;
}
 * formats, each in its own package, on core's format SPI.
 */
module io.github.reportmeta.registry {
    // The model and the format SPI that the formats implement and whose types their signatures use.
    requires transitive io.github.reportmeta;
    // StAX, and the JDK's XML Schema validator.
    requires transitive java.xml;
    // The hardened StAX factories and bounded input of the XML codec, shared through a qualified export.
    requires io.github.reportmeta.xml;
    requires com.ctc.wstx;
    requires org.codehaus.stax2;
    // The streaming parser and generator of JSON-LD, and the JSON codec's configured factory.
    requires tools.jackson.core;
    requires io.github.reportmeta.json;
    // Nullness annotations; needed to compile, not to run.
    requires static org.jspecify;

    exports io.github.reportmeta.registry.crossref;
    exports io.github.reportmeta.registry.datacite;
    exports io.github.reportmeta.registry.schemaorg;

    provides io.github.reportmeta.format.ReportFormat with
            io.github.reportmeta.registry.crossref.CrossrefFormat,
            io.github.reportmeta.registry.datacite.DataCiteFormat,
            io.github.reportmeta.registry.schemaorg.SchemaOrgFormat;
}
