package io.github.reportmeta.validation;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.SourceLocation;
import io.github.reportmeta.validation.internal.BundleInterpolator;
import io.github.reportmeta.validation.internal.DuplicateIds;
import io.github.reportmeta.validation.internal.LookAlikeKey;
import io.github.reportmeta.validation.internal.QuotedText;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Validates a catalogue that is read as a stream, one report at a time, in memory of a fixed size: what {@link
 * ReportValidator#validate(io.github.reportmeta.Catalogue)} finds, without holding the catalogue.
 *
 * <p>Ids used twice are found exactly. While the ids seen fit in 4 MiB (about 160,000 short ids), {@link
 * #next(Report)} reports a repeat with the report that repeats. Beyond that the ids go to a temporary file in
 * {@code java.io.tmpdir}, and repeats of later reports are found only at the end: {@link #finish(Consumer)} hands
 * them over in the order of the reports that repeat. Call {@code finish} after the last report and {@link
 * #close()} at the end (or use try-with-resources), which removes the file; the file is also removed when the JVM
 * exits.
 *
 * <p>Made by {@link ReportValidator#startCatalogue()}; not thread-safe, like the reader it follows.
 */
public final class CatalogueValidation implements AutoCloseable {

    /**
     * A repeated id that {@link #finish(Consumer)} found at the end.
     *
     * @param position the position of the report that repeats, from 0
     * @param location the location given with that report to {@link #next(Report, SourceLocation, String)}, or null
     *     when none was
     * @param pointer the pointer given with it, or the empty string
     * @param violation the {@code duplicate-id} error, with the pointer {@code /reports/N/id} that {@link
     *     #next(Report)} would have given it
     */
    public record Repeat(int position, @Nullable SourceLocation location, String pointer, Violation violation) {
    }

    private static final String DUPLICATE_KEY = "io.github.reportmeta.validation.UniqueReportIds.message";
    private static final String LOOK_ALIKE_KEY = "io.github.reportmeta.validation.UniqueReportIds.lookAlike";

    private final ReportValidator validator;
    private final ResourceBundle messages;
    private static final byte[] NO_TAG = new byte[0];

    private final DuplicateIds ids;
    private int index;

    CatalogueValidation(ReportValidator validator) {
        this(validator, DuplicateIds.DEFAULT_BUDGET, null);
    }

    /** A validation that keeps {@code budget} bytes of ids in memory and spills to {@code directory} (tests). */
    CatalogueValidation(ReportValidator validator, int budget, @Nullable Path directory) {
        this.validator = validator;
        this.messages = BundleInterpolator.load(validator.locale());
        this.ids = new DuplicateIds(budget, directory);
    }

    /**
     * Validates the catalogue's header.
     *
     * @param header the header
     * @return every violation found in it
     */
    public ValidationResult header(CatalogueHeader header) {
        return validator.validate(header);
    }

    /**
     * Validates the next report of the catalogue, with pointers under {@code /reports/N}, and checks that neither
     * its id nor a look-alike of it (equal after NFKC normalisation and case folding) was used by an earlier report
     * (once the ids outgrow memory, that check is left to {@link #finish(Consumer)}).
     *
     * @param report the report
     * @return every violation found in it
     * @throws java.io.UncheckedIOException when the temporary file of ids cannot be written
     */
    public ValidationResult next(Report report) {
        return check(report, validator.validate(report, "/reports/" + index), null, "");
    }

    /**
     * {@link #next(Report)}, with where the report was read, which {@link #finish(Consumer)} gives back with a repeat
     * it finds at the end (such as {@link io.github.reportmeta.format.ReportReader#location()} and {@link
     * io.github.reportmeta.format.ReportReader#pointer()}); only kept, on disk, once the ids outgrew memory.
     *
     * @param report the report
     * @param location where it was read
     * @param pointer its JSON Pointer within its document, or the empty string
     * @return every violation found in it
     * @throws java.io.UncheckedIOException when the temporary file of ids cannot be written
     */
    public ValidationResult next(Report report, SourceLocation location, String pointer) {
        return next(report, validator.validate(report, "/reports/" + index), location, pointer);
    }

    /**
     * Completes the validation of the next report of the catalogue from its own result, which may have been found
     * on another thread: adds what {@link #next(Report)} adds to it, the check of its id against earlier reports.
     * Returns what {@code next(report)} returns.
     *
     * @param report the report
     * @param own what {@link ReportValidator#validate(Report, String)} of the report, with the prefix
     *     {@code /reports/}{@link #count()}, found
     * @return every violation found in it
     */
    public ValidationResult next(Report report, ValidationResult own) {
        return check(report, own, null, "");
    }

    /**
     * {@link #next(Report, ValidationResult)}, with where the report was read, as in
     * {@link #next(Report, SourceLocation, String)}.
     *
     * @param report the report
     * @param own what {@link ReportValidator#validate(Report, String)} of the report found
     * @param location where it was read
     * @param pointer its JSON Pointer within its document, or the empty string
     * @return every violation found in it
     */
    public ValidationResult next(Report report, ValidationResult own, SourceLocation location, String pointer) {
        return check(report, own, Objects.requireNonNull(location, "location"), Objects.requireNonNull(pointer, "pointer"));
    }

    private ValidationResult check(Report report, ValidationResult own, @Nullable SourceLocation location,
            String pointer) {
        String prefix = "/reports/" + index;
        ValidationResult result = own;
        String id = report.id().value();
        byte[] tag = NO_TAG;
        if (location != null && ids.spilled()) {
            byte[] source = location.source().getBytes(StandardCharsets.UTF_8);
            byte[] at = pointer.getBytes(StandardCharsets.UTF_8);
            tag = ByteBuffer.allocate(24 + source.length + at.length).putLong(location.line()).putLong(location.column())
                    .putInt(source.length).put(source).putInt(at.length).put(at).array();
        }
        int earlier = ids.putIfAbsent(LookAlikeKey.of(id), id, index, tag);
        index++;
        if (earlier < 0) {
            return result;
        }
        List<Violation> violations = new ArrayList<>(result.violations());
        violations.add(repeat(prefix, id, earlier, ids.lastFound()));
        violations.sort(ReportValidator.ORDER);
        return new ValidationResult(violations);
    }

    /**
     * Hands over the ids used twice that could only be found at the end, in the order of the reports that repeat
     * them; nothing when the ids fitted in memory. Call it once, after the last report.
     *
     * @param repeats what takes each repeat
     * @throws java.io.UncheckedIOException when the temporary file of ids cannot be read or written
     */
    public void finish(Consumer<Repeat> repeats) {
        ids.finish((position, tag, id, first, other) -> {
            SourceLocation at = null;
            String pointer = "";
            if (tag.length > 0) {
                ByteBuffer where = ByteBuffer.wrap(tag);
                long line = where.getLong();
                long column = where.getLong();
                at = new SourceLocation(text(where), line, column);
                pointer = text(where);
            }
            repeats.accept(new Repeat(position, at, pointer, repeat("/reports/" + position, id, first, other)));
        });
    }

    /**
     * Whether the ids outgrew memory, so that repeats are left to {@link #finish(Consumer)}.
     *
     * @return true once ids went to the temporary file
     */
    public boolean spilled() {
        return ids.spilled();
    }

    /**
     * Removes the temporary file of ids, if there is one.
     *
     * @throws java.io.UncheckedIOException when it cannot be removed
     */
    @Override
    public void close() {
        ids.close();
    }

    private static String text(ByteBuffer where) {
        byte[] bytes = new byte[where.getInt()];
        where.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private Violation repeat(String prefix, String id, int first, String other) {
        String message = messages.getString(other.equals(id) ? DUPLICATE_KEY : LOOK_ALIKE_KEY)
                .replace("{id}", QuotedText.of(id))
                .replace("{other}", QuotedText.of(other))
                .replace("{first}", String.valueOf(first));
        return new Violation(Severity.ERROR, "duplicate-id", prefix + "/id", message);
    }

    /**
     * How many reports were validated so far.
     *
     * @return the count
     */
    public int count() {
        return index;
    }
}
