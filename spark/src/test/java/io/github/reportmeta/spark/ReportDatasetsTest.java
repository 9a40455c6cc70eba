package io.github.reportmeta.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reportmeta.cli.Reportmeta;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The datasets and the job in {@code local[2]}, against the command line on the same files. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDatasetsTest {

    /** 20,000 reports in 4 shards of 5,000, one per format, each from its own seed. */
    private static final List<String> SHARD_FORMATS = List.of("jsonl", "json", "xml", "jsonl");
    private static final int PER_SHARD = 5_000;

    @TempDir
    static Path tmp;

    private SparkSession spark;
    private ReportDatasets datasets;
    private Path shards;

    @BeforeAll
    void start() throws IOException {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("reportmeta-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        datasets = ReportDatasets.on(spark);
        shards = Files.createDirectories(tmp.resolve("shards"));
        for (int i = 0; i < SHARD_FORMATS.size(); i++) {
            String format = SHARD_FORMATS.get(i);
            cli("generate", "--count", String.valueOf(PER_SHARD), "--seed", String.valueOf(i + 1), "--to", format,
                    "-o", shards.resolve("shard-" + i + "." + format).toString());
        }
    }

    @AfterAll
    void stop() {
        spark.stop();
    }

    @Nested
    class Reading {

        @Test
        void readsEveryReportOfEveryShardIntoOnePartitionEach() {
            Dataset<Row> ids = datasets.read(shards.toString()).select("report.id").cache();

            assertThat(ids.javaRDD().getNumPartitions()).isEqualTo(4);
            assertThat(ids.count()).isEqualTo(20_000);
            assertThat(ids.distinct().count()).isGreaterThan(PER_SHARD);
            ids.unpersist();
        }

        @Test
        void givesTheReportTheSchemaOfTheCanonicalJson() {
            StructType report = (StructType) datasets.read(shards.toString()).schema().apply("report").dataType();

            assertThat(report.fieldNames()).startsWith("id", "titles", "number", "issued", "dates", "authors", "publisher");
            StructType agent = (StructType) ((org.apache.spark.sql.types.ArrayType) report.apply("authors").dataType())
                    .elementType();
            StructField organizationParent = ((StructType) report.apply("publisher").dataType()).apply("parent");
            assertThat(organizationParent.metadata().contains(CanonicalSchema.JSON_TEXT)).isTrue();
            assertThat(((StructType) agent.apply("agent").dataType()).fieldNames()).contains("type", "name", "orcid", "acronym");
        }

        @Test
        void readsAGlobOfShards() {
            assertThat(datasets.read(shards.resolve("*.jsonl").toString()).count()).isEqualTo(2L * PER_SHARD);
        }

        @Test
        void failsOnAShardThatIsNotWellFormed() throws IOException {
            Path bad = badShard();

            assertThatThrownBy(() -> datasets.read(bad.toString()).count()).hasStackTraceContaining("bad.jsonl");
        }
    }

    @Nested
    class Validation {

        @Test
        void countsAndProblemsEqualTheCommandLines() throws IOException {
            Path report = tmp.resolve("cli-validate.json");
            List<String> args = new ArrayList<>(List.of("validate", "--report", "json"));
            shardFiles().forEach(f -> args.add(f.toString()));
            String cliOut = cli(args.toArray(String[]::new));
            Files.writeString(report, cliOut);

            Dataset<Row> shardRows = datasets.validateShards(shards.toString());
            long reports = shardRows.agg(org.apache.spark.sql.functions.sum("reports")).first().getLong(0);
            Row cli = spark.read().json(report.toString()).first();

            assertThat(reports).isEqualTo(cli.getLong(cli.fieldIndex("reports"))).isEqualTo(20_000);
            assertThat(problems(ReportDatasets.problems(shardRows))).isEqualTo(cliProblems(report));
        }

        @Test
        void reportsTheFileLineAndMessageOfASyntaxError() throws IOException {
            Path bad = badShard();
            Path report = tmp.resolve("cli-bad.json");
            Files.writeString(report, cli("validate", "--report", "json", bad.toString()));

            List<Row> problems = datasets.validate(bad.toString()).collectAsList();

            assertThat(problems).hasSize(1);
            Row problem = problems.get(0);
            assertThat(problem.getString(problem.fieldIndex("file"))).endsWith("/bad/bad.jsonl");
            assertThat(problem.getLong(problem.fieldIndex("line"))).isEqualTo(Files.readAllLines(bad).size());
            assertThat(problem.getString(problem.fieldIndex("code"))).isEqualTo("parse-error");
            assertThat(problem.getString(problem.fieldIndex("severity"))).isEqualTo("error");
            assertThat(problems(datasets.validate(bad.toString()))).isEqualTo(cliProblems(report));
        }
    }

    @Nested
    class Conversion {

        @Test
        void convertsEachShardAsTheCommandLineDoesByteForByte() throws IOException {
            for (String format : List.of("xml")) {
                Path out = tmp.resolve("converted-" + format);
                datasets.convert(shards.toString(), format, out.toString());

                for (Path shard : shardFiles()) {
                    String name = shard.getFileName().toString();
                    Path expected = tmp.resolve("cli-" + name + "." + format);
                    cli("convert", "--to", format, "-o", expected.toString(), shard.toString());
                    Path actual = only(out, "-" + name.substring(0, name.lastIndexOf('.')) + "." + format);
                    assertThat(Files.readAllBytes(actual)).as("%s of %s", format, name).isEqualTo(Files.readAllBytes(expected));
                }
            }
        }

        @Test
        void writesOneDocumentPerPartitionWithoutAShardHeaderWhenThereIsNoFileColumn() throws IOException {
            Path out = tmp.resolve("repartitioned");
            Dataset<Row> reports = datasets.read(shards.resolve("shard-0.jsonl").toString()).select("report").repartition(3);

            datasets.write(reports, "json", out.toString());

            try (Stream<Path> files = Files.list(out)) {
                assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList())
                        .containsExactly("part-00000.json", "part-00001.json", "part-00002.json");
            }
            assertThat(datasets.read(out.toString()).count()).isEqualTo(PER_SHARD);
        }
    }

    @Nested
    class Job {

        @Test
        void validatePrintsTheTotalsLastAndWritesTheProblemsAsJsonLines() throws IOException {
            Path bad = badShard();
            Path out = tmp.resolve("job-problems");
            StringWriter printed = new StringWriter();

            int exit = ReportJob.run(new PrintWriter(printed, true), new PrintWriter(new StringWriter(), true),
                    "validate", "--master", "local[2]", bad.toString(), out.toString());

            List<String> lines = printed.toString().lines().toList();
            assertThat(lines.get(lines.size() - 1)).isEqualTo("reports=2 errors=1 warnings=0");
            assertThat(exit).isEqualTo(1);
            assertThat(spark.read().json(out.toString()).collectAsList()).singleElement()
                    .satisfies(r -> assertThat(r.getString(r.fieldIndex("code"))).isEqualTo("parse-error"));
        }

        @Test
        void validateOfValidShardsExitsWithZero() throws IOException {
            StringWriter printed = new StringWriter();

            int exit = ReportJob.run(new PrintWriter(printed, true), new PrintWriter(new StringWriter(), true),
                    "validate", "--master", "local[2]", smallShard().toString(), tmp.resolve("job-valid").toString());

            assertThat(printed.toString().strip()).isEqualTo("reports=2 errors=0 warnings=0");
            assertThat(exit).isZero();
        }

        @Test
        void convertWritesEveryShard() throws IOException {
            Path out = tmp.resolve("job-converted");

            int exit = ReportJob.run(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true),
                    "convert", "--to", "xml", "--master", "local[2]", smallShard().toString(), out.toString());

            assertThat(exit).isZero();
            Path expected = tmp.resolve("cli-two.xml");
            cli("convert", "--to", "xml", "-o", expected.toString(), smallShard().toString());
            assertThat(Files.readAllBytes(only(out, "-two.xml"))).isEqualTo(Files.readAllBytes(expected));
        }

        @Test
        void convertOfAShardWithASyntaxErrorExitsWithOneNamingTheShard() throws IOException {
            StringWriter err = new StringWriter();

            int exit = ReportJob.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                    "convert", "--to", "xml", "--master", "local[2]", badShard().toString(), tmp.resolve("job-bad").toString());

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString()).contains("bad.jsonl");
        }

        @Test
        void anUnknownFormatIsAUsageError() {
            StringWriter err = new StringWriter();

            int exit = ReportJob.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                    "convert", "--to", "nope", "--master", "local[2]", shards.toString(), tmp.resolve("x").toString());

            assertThat(exit).isEqualTo(2);
            assertThat(err.toString()).contains("no format is named 'nope'");
        }

        @Test
        void missingArgumentsAreAUsageError() {
            int exit = ReportJob.run(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true),
                    "validate");

            assertThat(exit).isEqualTo(2);
        }
    }

    /** A JSON Lines shard of two reports. */
    private Path smallShard() throws IOException {
        Path good = tmp.resolve("small").resolve("two.jsonl");
        if (!Files.exists(good)) {
            Files.createDirectories(good.getParent());
            cli("generate", "--count", "2", "--seed", "9", "--to", "jsonl", "-o", good.toString());
        }
        return good;
    }

    /** The small shard followed by a line with a syntax error. */
    private Path badShard() throws IOException {
        Path bad = tmp.resolve("bad").resolve("bad.jsonl");
        if (!Files.exists(bad)) {
            Files.createDirectories(bad.getParent());
            Files.writeString(bad, Files.readString(smallShard()) + "{\"id\": \"x\", \"type\": }\n");
        }
        return bad;
    }

    private List<Path> shardFiles() throws IOException {
        try (Stream<Path> files = Files.list(shards)) {
            return files.sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    private static Path only(Path directory, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
            assertThat(found).as("files ending in %s in %s", suffix, directory).hasSize(1);
            return found.get(0);
        }
    }

    /** Problems as comparable text: base name, line, column, severity, code, pointer, message. */
    private static List<String> problems(Dataset<Row> problems) {
        return problems.collectAsList().stream()
                .map(r -> String.join("|", Path.of(r.getString(r.fieldIndex("file"))).getFileName().toString(),
                        String.valueOf(r.getLong(r.fieldIndex("line"))), String.valueOf(r.getLong(r.fieldIndex("column"))),
                        r.getString(r.fieldIndex("severity")), r.getString(r.fieldIndex("code")),
                        r.getString(r.fieldIndex("pointer")), r.getString(r.fieldIndex("message"))))
                .sorted().toList();
    }

    /** The problems of the command line's JSON report, as {@link #problems(Dataset)} gives them. */
    private List<String> cliProblems(Path report) {
        Dataset<Row> files = spark.read().option("multiLine", "true").json(report.toString())
                .selectExpr("explode(files) as f").selectExpr("f.file as file", "explode(f.problems) as p");
        if (files.isEmpty()) {
            return List.of();
        }
        return problems(files.selectExpr("file", "p.line", "p.column", "p.severity", "p.code", "p.pointer", "p.message"));
    }

    /** Runs the command line in this process; fails on a non-zero exit, except validate's 1 (invalid input). */
    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Reportmeta(new ByteArrayInputStream(new byte[0]), out, err, false).run(args);
        assertThat(exit).as("reportmeta %s: %s", String.join(" ", args), err.toString(StandardCharsets.UTF_8))
                .isIn(0, args[0].equals("validate") ? 1 : 0);
        return out.toString(StandardCharsets.UTF_8);
    }
}
