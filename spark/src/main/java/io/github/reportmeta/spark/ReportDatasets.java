package io.github.reportmeta.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.validation.Profile;
import io.github.reportmeta.validation.ReportValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Reports on Apache Spark: sharded files of any readable format as a {@link Dataset} of rows that mirror the
 * canonical JSON, their problems as rows, and datasets of reports written back in any writable format.
 *
 * <p>Each shard is read whole, by one task, with reportmeta's own streaming reader and its limits, so a dataset
 * read from N shards has N partitions, in the shards' path order, each in the shard's report order.
 *
 * <pre>{@code
 * ReportDatasets reports = ReportDatasets.on(spark);
 * Dataset<Row> rows = reports.read("hdfs:///catalogues/drc/*.jsonl");
 * rows.select("report.id", "report.issued").show();
 * reports.validate("hdfs:///catalogues/drc/*.jsonl").where("severity = 'error'").show();
 * reports.write(rows, "oai_dc", "hdfs:///out/drc-dc");
 * }</pre>
 */
public final class ReportDatasets {

    /** The type of one report: the canonical JSON's properties, derived from its JSON Schema. */
    public static final StructType REPORT = CanonicalSchema.report();

    /**
     * The rows {@link #read} gives: the shard's path ({@code file}), the report's position in it from 0
     * ({@code index}) and the report ({@code report}, of type {@link #REPORT}).
     */
    public static final StructType REPORTS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("file", DataTypes.StringType, false),
            DataTypes.createStructField("index", DataTypes.LongType, false),
            DataTypes.createStructField("report", REPORT, true)));

    /**
     * One problem within a shard: where (line and column from 1, 0 when not known), in which report (its id, null
     * for the header or for a shard that could not be read), the JSON Pointer of the field in the shard's document,
     * a stable code, the severity ({@code error} or {@code warning}) and the message.
     */
    public static final StructType PROBLEM = DataTypes.createStructType(List.of(
            DataTypes.createStructField("line", DataTypes.LongType, false),
            DataTypes.createStructField("column", DataTypes.LongType, false),
            DataTypes.createStructField("report", DataTypes.StringType, true),
            DataTypes.createStructField("pointer", DataTypes.StringType, false),
            DataTypes.createStructField("code", DataTypes.StringType, false),
            DataTypes.createStructField("severity", DataTypes.StringType, false),
            DataTypes.createStructField("message", DataTypes.StringType, false)));

    /**
     * The rows {@link #validateShards} gives: the shard's path, the format it was read in (empty when none was
     * recognised), how many reports it holds, and its problems.
     */
    public static final StructType SHARDS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("file", DataTypes.StringType, false),
            DataTypes.createStructField("format", DataTypes.StringType, false),
            DataTypes.createStructField("reports", DataTypes.LongType, false),
            DataTypes.createStructField("problems", DataTypes.createArrayType(PROBLEM, false), false)));

    private final SparkSession spark;
    private final boolean lenient;
    private final long maxReportBytes;
    private final Profile profile;

    private ReportDatasets(SparkSession spark, boolean lenient, long maxReportBytes, Profile profile) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.lenient = lenient;
        this.maxReportBytes = maxReportBytes;
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /**
     * Reports on a session, read strictly with the default limits and validated with the default profile.
     *
     * @param spark the session
     * @return the datasets
     */
    public static ReportDatasets on(SparkSession spark) {
        return new ReportDatasets(spark, false, ReadOptions.DEFAULT_MAX_REPORT_BYTES, Profile.DEFAULT);
    }

    /**
     * These datasets with lenient reading switched on or off, as {@code --lenient} of the command line.
     *
     * @param value whether unknown fields and bad records are skipped with a warning
     * @return a copy
     */
    public ReportDatasets withLenient(boolean value) {
        return new ReportDatasets(spark, value, maxReportBytes, profile);
    }

    /**
     * These datasets with another limit on one report's size in its shard.
     *
     * @param value the largest report, in bytes of input
     * @return a copy
     */
    public ReportDatasets withMaxReportBytes(long value) {
        ReadOptions.of("").withMaxReportBytes(value);
        return new ReportDatasets(spark, lenient, value, profile);
    }

    /**
     * These datasets with another validation profile.
     *
     * @param value the profile, such as {@link Profile#STRICT}
     * @return a copy
     */
    public ReportDatasets withProfile(Profile value) {
        return new ReportDatasets(spark, lenient, maxReportBytes, value);
    }

    /**
     * The reports of sharded files, one partition per shard; a shard that cannot be read fails the job, naming
     * the shard, the line and what was wrong (use {@link #validate} to collect such problems instead).
     *
     * @param input a directory, a file, a glob or a comma-separated list of them, in any Hadoop file system
     * @return rows of {@link #REPORTS}
     */
    public Dataset<Row> read(String input) {
        boolean lenientRead = lenient;
        long limit = maxReportBytes;
        JavaRDD<Row> rows = shards(input).mapPartitions(shards -> Shards.reports(shards, lenientRead, limit), true);
        return spark.createDataFrame(rows, REPORTS);
    }

    /**
     * Validates sharded files as {@code reportmeta validate} validates files, one task per shard.
     *
     * @param input a directory, a file, a glob or a comma-separated list of them
     * @return rows of {@link #SHARDS}, one per shard, in path order
     */
    public Dataset<Row> validateShards(String input) {
        boolean lenientRead = lenient;
        long limit = maxReportBytes;
        Profile chosen = profile;
        JavaRDD<Row> results = shards(input).mapPartitions(shards -> {
            ReportValidator validator = Shards.validator(chosen);
            List<Row> rows = new ArrayList<>();
            shards.forEachRemaining(shard -> rows.add(Shards.validate(shard._1(), shard._2().open(),
                    new ReadOptions(shard._1(), lenientRead, limit), validator)));
            return rows.iterator();
        }, true);
        return spark.createDataFrame(results, SHARDS);
    }

    /**
     * The problems of sharded files: parse errors, rule violations and the readers' warnings, as
     * {@code reportmeta validate} reports them.
     *
     * @param input a directory, a file, a glob or a comma-separated list of them
     * @return rows of the shard's path ({@code file}) followed by the columns of {@link #PROBLEM}
     */
    public Dataset<Row> validate(String input) {
        return problems(validateShards(input));
    }

    /**
     * The problems of validated shards, one row each.
     *
     * @param shards rows of {@link #SHARDS}
     * @return rows of the shard's path ({@code file}) followed by the columns of {@link #PROBLEM}
     */
    public static Dataset<Row> problems(Dataset<Row> shards) {
        return shards.select(col("file"), explode(col("problems")).as("problem")).select(col("file"), col("problem.*"));
    }

    /**
     * Writes reports in a format, one document per partition, named {@code part-NNNNN-SHARD.EXT} after the
     * partition and the shard of its first report ({@code part-NNNNN.EXT} without a {@code file} column or for
     * an empty partition). A partition's document starts with the catalogue header of the shard its first report
     * came from, so that a dataset as {@link #read} gives it converts each shard as {@code reportmeta convert} does.
     *
     * @param reports rows with a {@code report} column of {@link #REPORT}, and optionally a {@code file} column
     * @param format the target format's name, such as {@code xml}
     * @param output the directory to write into; it must not hold any files of the same names
     */
    public void write(Dataset<Row> reports, String format, String output) {
        ReportFormat target = FormatRegistry.load(ReportDatasets.class.getClassLoader()).expect(format);
        if (!target.canWrite()) {
            throw new IllegalArgumentException("format '" + target.name() + "' can only be read, not written");
        }
        HadoopConfiguration conf = new HadoopConfiguration(spark.sparkContext().hadoopConfiguration());
        String name = target.name();
        try {
            Path directory = new Path(output);
            FileSystem fs = directory.getFileSystem(conf.value());
            fs.mkdirs(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reports.javaRDD().mapPartitionsWithIndex((partition, rows) -> {
            Shards.write(rows, partition, name, output, conf);
            return List.<Integer>of().iterator();
        }, true).count();
    }

    /**
     * Converts every shard to a format: {@link #write} of {@link #read}.
     *
     * @param input a directory, a file, a glob or a comma-separated list of them
     * @param format the target format's name
     * @param output the directory to write into
     */
    public void convert(String input, String format, String output) {
        write(read(input), format, output);
    }

    /** One partition a shard, in path order; a name that matches no file fails here, on the driver. */
    private JavaRDD<Tuple2<String, PortableDataStream>> shards(String input) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Tuple2<String, PortableDataStream>> found = new ArrayList<>(context.binaryFiles(input).collect());
        found.sort(Comparator.comparing(Tuple2::_1));
        return context.parallelize(found, Math.max(1, found.size()));
    }
}
