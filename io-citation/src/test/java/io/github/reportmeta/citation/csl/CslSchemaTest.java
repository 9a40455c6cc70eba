package io.github.reportmeta.citation.csl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.synthetic.SyntheticReports;
import io.github.reportmeta.testing.RandomReports;
import io.github.reportmeta.testing.SeedRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Validates what {@code csl-json} writes against the CSL 1.0.2 input schema, {@code csl-data.json}, kept beside
 * the checkout in {@code ../shared/schemas/csl/} (relative to the project root). Skipped when it is missing, except
 * in CI ({@code CI=true}), where its absence fails the build.
 */
class CslSchemaTest {

    static final Path SCHEMA = Path.of("..", "..", "shared", "schemas", "csl", "csl-data.json");
    static final long SEED = 20261204L;
    static Schema schema;

    @BeforeAll
    static void loadTheSchema() throws IOException {
        boolean present = Files.isRegularFile(SCHEMA);
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(present).as("CI=true, but the CSL-JSON schema is missing from %s", SCHEMA.toAbsolutePath().normalize())
                    .isTrue();
        }
        assumeTrue(present, "the CSL-JSON schema is not beside the checkout at " + SCHEMA.toAbsolutePath().normalize());
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    static String write(List<Report> reports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWriter writer = new CslJsonFormat().newWriter(out, WriteOptions.DEFAULT)) {
            reports.forEach(writer::write);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Nested
    class WhatItWrites {

        @Test
        void theSeedTheMaximalAndTheEmptyReportAreValid() {
            RandomReports random = RandomReports.withSeed(SEED);
            String json = write(List.of(SeedRecord.report(), random.maximalReport(), random.emptyReport()));

            assertThat(schema.validate(json, InputFormat.JSON)).as("schema errors (seed %s)", SEED).isEmpty();
        }

        @Test
        void twoThousandGeneratedReportsAreValid() {
            System.out.println("CslSchemaTest seed: " + SEED);
            List<Report> reports = new ArrayList<>();
            Iterator<Report> synthetic = SyntheticReports.withSeed(SEED).reports(1000);
            synthetic.forEachRemaining(reports::add);
            reports.addAll(RandomReports.withSeed(SEED).reports(1000));

            List<Error> errors = schema.validate(write(reports), InputFormat.JSON);

            assertThat(errors).as("schema errors (seed %s)", SEED).isEmpty();
        }
    }

    @Nested
    class TheCheckItself {

        @Test
        void rejectsAnItemWithoutAnIdAndANameWithAnUnknownPart() {
            String json = "[{\"type\": \"report\", \"author\": [{\"surname\": \"Long\"}]}]";

            assertThat(schema.validate(json, InputFormat.JSON)).hasSizeGreaterThanOrEqualTo(2);
        }
    }
}
