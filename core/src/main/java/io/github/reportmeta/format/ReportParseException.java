package io.github.reportmeta.format;

import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.internal.messages.Quoting;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Input that a reader cannot turn into reports: malformed syntax, a missing or unexpected field, a value that
 * is no value of its type. Says what was wrong, what was expected and where.
 */
public class ReportParseException extends ReportMetadataException {

    private static final long serialVersionUID = 1L;

    // Exceptions are Serializable through Throwable; reportmeta's are not meant to be serialized, so the
    // location need not be (newer javac, such as 25's, warns of the field otherwise).
    @SuppressWarnings("serial")
    private final SourceLocation location;
    private final String pointer;
    private final String problem;

    /**
     * Creates a parse failure.
     *
     * @param problem what was wrong and what was expected, such as "ORCID iD must look like 0000-0000-0000-000X,
     *     but was '12'"
     * @param location where in the input
     * @param pointer the JSON Pointer of the field in the document model, or the empty string
     * @param cause the underlying failure, or {@code null}
     */
    public ReportParseException(String problem, SourceLocation location, String pointer, @Nullable Throwable cause) {
        super(format(Objects.requireNonNull(problem, "problem"), location, pointer), cause);
        this.problem = Quoting.escapeControls(problem);
        this.location = Objects.requireNonNull(location, "location");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
    }

    /**
     * Creates a parse failure without a cause.
     *
     * @param problem what was wrong and what was expected
     * @param location where in the input
     * @param pointer the JSON Pointer of the field, or the empty string
     */
    public ReportParseException(String problem, SourceLocation location, String pointer) {
        this(problem, location, pointer, null);
    }

    /**
     * Where in the input the problem is.
     *
     * @return the location
     */
    public SourceLocation location() {
        return location;
    }

    /**
     * The JSON Pointer of the field in the document model, such as {@code /reports/3/authors/0/agent/orcid}.
     *
     * @return the pointer, or the empty string when the problem is not in a field
     */
    public String pointer() {
        return pointer;
    }

    /**
     * What was wrong and what was expected, without the location.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }

    private static String format(String problem, SourceLocation location, String pointer) {
        return Quoting.escapeControls((pointer.isEmpty() ? "" : pointer + ": ") + problem + " (" + location + ")");
    }
}
