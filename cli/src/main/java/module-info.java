/** The reportmeta command line tool. */
module io.github.reportmeta.cli {
    // The model, validation, the format SPI through which every format is reached, and synthetic reports.
    requires transitive io.github.reportmeta;
    // The command line parser; it reads the command classes reflectively.
    requires info.picocli;
    // The canonical formats' schemas, for the schema command.
    requires io.github.reportmeta.json;
    requires io.github.reportmeta.xml;
    // The OAI-PMH harvester and data provider, for the harvest and serve commands; the JDK's HTTP server for serve.
    requires io.github.reportmeta.oai;
    requires jdk.httpserver;
    // JSON for the machine-readable reports of validate and diff.
    requires tools.jackson.core;
    // StAX for the JUnit XML report of validate.
    requires java.xml;
    // To quiet Hibernate Validator's start-up message.
    requires java.logging;
    // Nullness annotations; needed to compile, not to run.
    requires static org.jspecify;

    exports io.github.reportmeta.cli;

    opens io.github.reportmeta.cli to info.picocli;

    uses io.github.reportmeta.format.ReportFormat;
}
