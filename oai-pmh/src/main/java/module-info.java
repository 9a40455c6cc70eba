/**
 * OAI-PMH both ways: a harvester that streams the reports of a repository ({@code ...oai.harvest}), and a data
 * provider that serves catalogues to harvesters ({@code ...oai.provider}).
 */
module io.github.reportmeta.oai {
    // The model and the format SPI; the harvester's and the provider's signatures use them.
    requires transitive io.github.reportmeta;
    // The oai_dc mapping and the hardened StAX factories of the XML codec.
    requires transitive io.github.reportmeta.xml;
    requires com.ctc.wstx;
    requires org.codehaus.stax2;
    // The JDK's HTTP client (harvest) and server (serve).
    requires transitive java.net.http;
    requires transitive jdk.httpserver;
    // Nullness annotations; needed to compile, not to run.
    requires static org.jspecify;

    exports io.github.reportmeta.oai.harvest;
    exports io.github.reportmeta.oai.provider;
}
