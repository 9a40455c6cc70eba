package io.github.reportmeta.spark;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.FormatRegistry;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportFormat;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.ReportWriter;
import io.github.reportmeta.format.SourceLocation;
import io.github.reportmeta.format.UnknownFormatException;
import io.github.reportmeta.format.WriteOptions;
import io.github.reportmeta.json.JsonFormat;
import io.github.reportmeta.validation.CatalogueValidation;
import io.github.reportmeta.validation.Profile;
import io.github.reportmeta.validation.ReportValidator;
import io.github.reportmeta.validation.Severity;
import io.github.reportmeta.validation.ValidationResult;
import io.github.reportmeta.validation.Violation;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * What a task does with one shard, on the executor: read its reports, validate it as {@code reportmeta validate}
 * does a file, write a partition's reports. Each shard is read whole, as a stream, by one task.
 */
final class Shards {

    /** Loaded once per executor JVM: the formats on its class path. */
    private static final FormatRegistry FORMATS = FormatRegistry.load(Shards.class.getClassLoader());
    private static final JsonFormat JSON = (JsonFormat) FORMATS.expect("json");

    /** Bootstrapped once per executor JVM and profile, as Hibernate Validator wants; validators are thread-safe. */
    private static final Map<Profile, ReportValidator> VALIDATORS = new ConcurrentHashMap<>();

    private Shards() {}

    /**
     * The validator of a profile, made once per executor JVM.
     *
     * @param profile the profile
     * @return the validator
     */
    static ReportValidator validator(Profile profile) {
        return VALIDATORS.computeIfAbsent(profile, p -> ReportValidator.builder().profile(p).build());
    }

    /**
     * Opens a shard's reader, with its format found from its content and name as the command line does.
     *
     * @param file the shard's path, its name in messages
     * @param raw its bytes
     * @param options how to read
     * @return the reader, which closes the bytes
     */
    static ReportReader open(String file, InputStream raw, ReadOptions options) {
        return openShard(file, raw, options).reader();
    }

    /** A shard opened with its format. */
    private record Opened(ReportFormat format, ReportReader reader) {}

    private static Opened openShard(String file, InputStream raw, ReadOptions options) {
        BufferedInputStream in = new BufferedInputStream(raw, FormatRegistry.SNIFF_BYTES * 2);
        try {
            in.mark(FormatRegistry.SNIFF_BYTES);
            byte[] head = in.readNBytes(FormatRegistry.SNIFF_BYTES);
            in.reset();
            ReportFormat format = FORMATS.detect(new Path(file).getName(), head);
            return new Opened(format, format.newReader(in, options));
        } catch (IOException e) {
            close(in);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            close(in);
            throw e;
        }
    }

    /**
     * The reports of a partition's shards as rows of {@link ReportDatasets#REPORTS}, shard after shard, each opened
     * only when the one before is read to its end.
     *
     * @param shards the shards' paths and bytes
     * @param lenient whether to read leniently
     * @param maxReportBytes the largest report
     * @return the rows
     */
    static Iterator<Row> reports(Iterator<Tuple2<String, PortableDataStream>> shards, boolean lenient, long maxReportBytes) {
        return new Iterator<>() {
            private Iterator<Row> current = List.<Row>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && shards.hasNext()) {
                    Tuple2<String, PortableDataStream> shard = shards.next();
                    current = reports(shard._1(), shard._2().open(), new ReadOptions(shard._1(), lenient, maxReportBytes));
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more reports in this partition");
                }
                return current.next();
            }
        };
    }

    /**
     * The reports of a shard as rows of {@link ReportDatasets#REPORTS}, read one at a time as the rows are asked for.
     *
     * @param file the shard's path
     * @param raw its bytes
     * @param options how to read
     * @return the rows; the shard is closed after the last
     */
    static Iterator<Row> reports(String file, InputStream raw, ReadOptions options) {
        ReportReader reader = open(file, raw, options);
        return new Iterator<>() {
            private long index;
            private boolean open = true;

            @Override
            public boolean hasNext() {
                if (!open) {
                    return false;
                }
                boolean more;
                try {
                    more = reader.hasNext();
                } catch (RuntimeException e) {
                    open = false;
                    reader.close();
                    throw e;
                }
                if (!more) {
                    open = false;
                    reader.close();
                }
                return more;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more reports in " + file);
                }
                ByteArrayOutputStream json = new ByteArrayOutputStream(2048);
                JSON.writeReport(reader.next(), json);
                return RowFactory.create(file, index++, JsonRows.report(json.toByteArray(), ReportDatasets.REPORT));
            }
        };
    }

    /**
     * Validates a shard as {@code reportmeta validate} validates a file: the header, each report, the ids across
     * the shard, and what the reader noted; a parse error ends the shard with one problem.
     *
     * @param file the shard's path
     * @param raw its bytes
     * @param options how to read; its listener is replaced
     * @param validator the validation
     * @return a row of file, format, reports and problems
     */
    static Row validate(String file, InputStream raw, ReadOptions options, ReportValidator validator) {
        List<Row> problems = new ArrayList<>();
        CatalogueValidation catalogue = validator.startCatalogue();
        ReadOptions noting = options.withListener(note -> {
            // An info note changes nothing in what was read, so it is no problem.
            if (note.kind() != ConversionNote.Kind.INFO) {
                SourceLocation at = note.location() != null ? note.location() : SourceLocation.of(file);
                problems.add(problem(at.line(), at.column(), note.report() != null ? note.report().value() : null,
                        note.pointer(), note.kind().name().toLowerCase(Locale.ROOT), Severity.WARNING, note.message()));
            }
        });
        long reports = 0;
        String format = "";
        ReportReader reader;
        try {
            Opened opened = openShard(file, raw, noting);
            format = opened.format().name();
            reader = opened.reader();
        } catch (UnknownFormatException e) {
            problems.add(problem(0, 0, null, "", "unknown-format", Severity.ERROR, String.valueOf(e.getMessage())));
            return RowFactory.create(file, format, reports, problems.toArray());
        } catch (UncheckedIOException e) {
            problems.add(problem(0, 0, null, "", "io-error", Severity.ERROR, String.valueOf(e.getCause().getMessage())));
            return RowFactory.create(file, format, reports, problems.toArray());
        }
        try (reader) {
            CatalogueHeader header = reader.header();
            if (header != null) {
                add(problems, SourceLocation.of(file), null, "", validator.validate(header));
            }
            while (reader.hasNext()) {
                Report report = reader.next();
                reports++;
                ValidationResult result = catalogue.next(report);
                String within = "/reports/" + (catalogue.count() - 1);
                add(problems, reader.location(), report.id().value(), reader.pointer(), rebase(result, within));
            }
        } catch (ReportParseException e) {
            SourceLocation at = e.location();
            problems.add(problem(at.line(), at.column(), null, e.pointer(), "parse-error", Severity.ERROR, e.problem()));
        } catch (UncheckedIOException e) {
            problems.add(problem(0, 0, null, "", "io-error", Severity.ERROR, String.valueOf(e.getCause().getMessage())));
        }
        return RowFactory.create(file, format, reports, problems.toArray());
    }

    /**
     * Writes a partition's report rows as one document of a format, under a temporary name that becomes the final
     * name only when the document is complete.
     *
     * @param rows the rows, each with a {@code report} column and optionally a {@code file} column
     * @param partition the partition's number, in the file's name
     * @param format the target format's name
     * @param directory the output directory
     * @param conf the Hadoop configuration
     */
    static void write(Iterator<Row> rows, int partition, String format, String directory, HadoopConfiguration conf) {
        ReportFormat target = FORMATS.expect(format);
        String extension = target.extensions().isEmpty() ? format : target.extensions().get(0);
        @Nullable Row first = rows.hasNext() ? rows.next() : null;
        @Nullable String shard = first != null && hasColumn(first, "file") ? first.getString(first.fieldIndex("file")) : null;
        String name = String.format(Locale.ROOT, "part-%05d", partition)
                + (shard == null ? "" : "-" + baseName(new Path(shard).getName())) + "." + extension;
        Path finalPath = new Path(directory, name);
        Path temporary = new Path(directory, "." + name + ".inprogress");
        try {
            FileSystem fs = finalPath.getFileSystem(conf.value());
            ReportWriter writer = target.newWriter(fs.create(temporary, true), WriteOptions.DEFAULT);
            try {
                if (shard != null) {
                    CatalogueHeader header = header(shard, fs);
                    if (header != null) {
                        writer.writeHeader(header);
                    }
                }
                if (first != null) {
                    writer.write(report(first));
                }
                while (rows.hasNext()) {
                    writer.write(report(rows.next()));
                }
            } catch (RuntimeException e) {
                writer.abort();
                fs.delete(temporary, false);
                throw e;
            }
            writer.close();
            if (!fs.rename(temporary, finalPath)) {
                throw new IOException("cannot rename " + temporary + " to " + finalPath + " (does it exist already?)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Report report(Row row) {
        Row report = row.getStruct(row.fieldIndex("report"));
        return JSON.readReport(new ByteArrayInputStream(RowJson.document(report)), ReadOptions.of("<row>"));
    }

    private static @Nullable CatalogueHeader header(String shard, FileSystem fs) throws IOException {
        try (ReportReader reader = open(shard, fs.open(new Path(shard)), ReadOptions.of(shard))) {
            return reader.header();
        }
    }

    private static boolean hasColumn(Row row, String name) {
        return row.schema() != null && List.of(row.schema().fieldNames()).contains(name);
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static ValidationResult rebase(ValidationResult result, String within) {
        return new ValidationResult(result.violations().stream()
                .map(v -> new Violation(v.severity(), v.code(),
                        v.pointer().startsWith(within) ? v.pointer().substring(within.length()) : v.pointer(), v.message()))
                .toList());
    }

    private static void add(List<Row> problems, SourceLocation at, @Nullable String report, String base, ValidationResult result) {
        for (Violation v : result.violations()) {
            problems.add(problem(at.line(), at.column(), report, base + v.pointer(), v.code(), v.severity(), v.message()));
        }
    }

    private static Row problem(long line, long column, @Nullable String report, String pointer, String code, Severity severity,
            String message) {
        return RowFactory.create(line, column, report, pointer, code, severity.name().toLowerCase(Locale.ROOT), message);
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
