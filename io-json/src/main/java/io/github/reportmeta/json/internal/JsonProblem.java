package io.github.reportmeta.json.internal;

/**
 * Input the model reader cannot accept, with where it is; the formats turn it into a
 * {@link io.github.reportmeta.format.ReportParseException}, the Jackson module into a Jackson exception.
 */
public final class JsonProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String problem;
    private final String pointer;
    private final long line;
    private final long column;

    JsonProblem(String problem, String pointer, long line, long column, Throwable cause) {
        super(problem, cause, false, false);
        this.problem = problem;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
    }

    /**
     * What was wrong and what was expected.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }

    /**
     * The JSON Pointer of the value, below the root value.
     *
     * @return the pointer, or the empty string
     */
    public String pointer() {
        return pointer;
    }

    /**
     * The line, from 1, or 0 when unknown.
     *
     * @return the line
     */
    public long line() {
        return line;
    }

    /**
     * The column, from 1, or 0 when unknown.
     *
     * @return the column
     */
    public long column() {
        return column;
    }
}
