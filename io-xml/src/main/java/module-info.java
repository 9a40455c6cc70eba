/**
 * reportmeta's XML codecs: the canonical XML format with its XSD, and Dublin Core as {@code oai_dc},
 * qualified DC ({@code dcterms}) and DC in HTML {@code <meta>} tags.
 */
module io.github.reportmeta.xml {
    // The formats implement core's SPI, whose types appear in their public signatures.
    requires transitive io.github.reportmeta;
    // StAX interfaces and the JDK's XML Schema validator; XmlFormat.schema() returns a javax.xml Schema.
    requires transitive java.xml;
    // Woodstox, the StAX implementation, instantiated directly for its security limits.
    requires com.ctc.wstx;
    // The Stax2 extensions of Woodstox: byte offsets for the report size limit.
    requires org.codehaus.stax2;
    // Nullness annotations; needed to compile, not to run.
    requires static org.jspecify;

    exports io.github.reportmeta.xml;
    exports io.github.reportmeta.dc;
    // The hardened StAX factories, bounded input and schema loading, for the XML formats of the registry codec and
    // for OAI-PMH: one set of defences for every XML document reportmeta reads.
    exports io.github.reportmeta.xml.internal to io.github.reportmeta.registry, io.github.reportmeta.oai;

    provides io.github.reportmeta.format.ReportFormat with
            io.github.reportmeta.xml.XmlFormat,
            io.github.reportmeta.dc.OaiDcFormat,
            io.github.reportmeta.dc.DctermsFormat,
            io.github.reportmeta.dc.DcHtmlFormat;
}
