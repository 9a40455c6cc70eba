package io.github.reportmeta.cli;

/** Where the codecs ship their schemas. */
final class SchemaResources {

    /** The JSON Schema of the canonical JSON format. */
    static final String JSON = "/io/github/reportmeta/json/reportmeta-1.0.schema.json";

    /** The XML Schema of the canonical XML format. */
    static final String XML = "/io/github/reportmeta/xml/reportmeta-1.0.xsd";

    private SchemaResources() {}
}
