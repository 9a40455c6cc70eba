package io.github.reportmeta.spark;

import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.format.UnknownFormatException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job, for {@code spark-submit} and {@code java -cp}: {@code validate} writes the problems of sharded
 * files as JSON Lines and prints {@code reports=N errors=E warnings=W} last; {@code convert} writes every shard
 * in another format. Exit codes as the command line's: 0 success, 1 invalid input, 2 usage error.
 */
@Command(name = "ReportJob", mixinStandardHelpOptions = true,
        description = "Validates or converts sharded catalogues of research reports on Apache Spark.",
        subcommands = {ReportJob.Validate.class, ReportJob.Convert.class})
public final class ReportJob {

    private ReportJob() {}

    /**
     * Runs the job and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs the job in this process.
     *
     * @param out where the totals go
     * @param err where usage errors go
     * @param args the arguments
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new ReportJob());
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof UnknownFormatException || e instanceof IllegalArgumentException) {
                err.println("ReportJob: " + e.getMessage());
                return 2;
            }
            // A task's failure reaches the driver wrapped in Spark's exceptions; bad input is the input's fault.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ReportMetadataException) {
                    err.println("ReportJob: " + cause.getMessage());
                    return 1;
                }
            }
            throw e;
        });
        return line.execute(args);
    }

    /** The options both commands take. */
    abstract static class Common {
        @Option(names = "--master", paramLabel = "M", description = "The Spark master, such as local[2]; default: spark-submit's, or local[*].")
        @Nullable String master;

        @Option(names = "--lenient", description = "Read past what the readers can recover from, each as a warning.")
        boolean lenient;

        @Parameters(index = "0", paramLabel = "IN", description = "A directory, file or glob of shards, in any Hadoop file system.")
        String input = "";

        @Parameters(index = "1", paramLabel = "OUT", description = "The directory to write; it must not exist yet.")
        String output = "";

        @CommandLine.Spec
        CommandLine.Model.@Nullable CommandSpec spec;

        SparkSession session() {
            SparkSession.Builder builder = SparkSession.builder().appName("reportmeta " + getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
            if (master != null) {
                builder.master(master);
            } else if (!new SparkConf().contains("spark.master")) {
                builder.master("local[*]");
            }
            return builder.getOrCreate();
        }

        PrintWriter out() {
            return spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
        }
    }

    /** {@code validate IN OUT}. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Validates every shard; writes the problems as JSON Lines under OUT, prints the totals last.")
    static final class Validate extends Common implements Callable<Integer> {
        @Override
        public Integer call() {
            SparkSession spark = session();
            Dataset<Row> shards = ReportDatasets.on(spark).withLenient(lenient).validateShards(input).cache();
            try {
                ReportDatasets.problems(shards).write().json(output);
                // One pass over the cached shards, without a shuffle.
                Row totals = shards.selectExpr("coalesce(sum(reports), 0)",
                        "coalesce(sum(size(filter(problems, p -> p.severity = 'error'))), 0)",
                        "coalesce(sum(size(filter(problems, p -> p.severity = 'warning'))), 0)").first();
                long reports = totals.getLong(0);
                long errors = totals.getLong(1);
                long warnings = totals.getLong(2);
                out().println("reports=" + reports + " errors=" + errors + " warnings=" + warnings);
                return errors > 0 ? 1 : 0;
            } finally {
                shards.unpersist();
            }
        }
    }

    /** {@code convert --to FORMAT IN OUT}. */
    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = "Converts every shard to FORMAT, one file per shard under OUT.")
    static final class Convert extends Common implements Callable<Integer> {
        @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "The output format.")
        String to = "";

        @Override
        public Integer call() {
            SparkSession spark = session();
            ReportDatasets.on(spark).withLenient(lenient).convert(input, to, output);
            return 0;
        }
    }
}
