package io.github.reportmeta.cli.internal;

import io.github.reportmeta.internal.XmlChars;
import io.github.reportmeta.validation.Severity;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes what {@code reportmeta validate} found, in one of the forms CI systems and people read.
 *
 * <p>Text and GitHub annotations are written as problems are found; JSON and JUnit XML need totals first and
 * are written at the end, holding the problems (never the reports) in memory.
 */
public abstract class ProblemReport {

    /** The forms of report. */
    public enum Kind {
        /** One line a problem, for people. */
        TEXT,
        /** A JSON document, for programs. */
        JSON,
        /** JUnit XML, which CI servers read. */
        JUNIT,
        /** GitHub Actions workflow commands, which annotate the changed files. */
        GITHUB
    }

    /** The result of one input. */
    protected static final class FileResult {
        final String file;
        final String format;
        long reports;
        final List<Problem> problems = new ArrayList<>();

        FileResult(String file, String format) {
            this.file = file;
            this.format = format;
        }
    }

    /** Every input's result, in order. */
    protected final List<FileResult> files = new ArrayList<>();
    /** The number of errors so far. */
    protected long errors;
    /** The number of warnings so far. */
    protected long warnings;

    /**
     * A report of a kind.
     *
     * @param kind the kind
     * @param out where to write
     * @return the report
     */
    public static ProblemReport of(Kind kind, PrintWriter out) {
        return switch (kind) {
            case TEXT -> new Text(out);
            case GITHUB -> new GitHub(out);
            case JSON -> new Json(out);
            case JUNIT -> new JUnit(out);
        };
    }

    /**
     * Two reports of the same problems, such as text for the log and JUnit XML for the CI server: each is told
     * everything, in order, and finished in order.
     *
     * @param first the first, whose counts are the result
     * @param second the second
     * @return a report that writes both
     */
    public static ProblemReport both(ProblemReport first, ProblemReport second) {
        return new Both(first, second);
    }

    /**
     * Starts an input.
     *
     * @param file its name
     * @param format its format's name
     */
    public void startFile(String file, String format) {
        files.add(new FileResult(file, format));
    }

    /** Counts one report of the current input. */
    public void countReport() {
        files.get(files.size() - 1).reports++;
    }

    /**
     * Records a problem of the current input.
     *
     * @param problem the problem
     */
    public void add(Problem problem) {
        if (problem.severity() == Severity.ERROR) {
            errors++;
        } else {
            warnings++;
        }
        files.get(files.size() - 1).problems.add(problem);
        onProblem(problem);
    }

    /**
     * The number of errors found.
     *
     * @return the count
     */
    public long errors() {
        return errors;
    }

    /**
     * The number of warnings found.
     *
     * @return the count
     */
    public long warnings() {
        return warnings;
    }

    /** Writes what is left to write. */
    public abstract void finish();

    /**
     * Reacts to a problem as it is found.
     *
     * @param problem the problem
     */
    protected void onProblem(Problem problem) {}

    /**
     * The number of reports read from every input.
     *
     * @return the total
     */
    protected long totalReports() {
        return files.stream().mapToLong(f -> f.reports).sum();
    }

    /**
     * The closing line of the text forms.
     *
     * @return the summary
     */
    protected String summary() {
        return totalReports() + " reports in " + files.size() + (files.size() == 1 ? " file: " : " files: ")
                + errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
    }

    /** One line a problem, then a summary. */
    private static final class Text extends ProblemReport {
        private final PrintWriter out;

        Text(PrintWriter out) {
            this.out = out;
        }

        @Override
        protected void onProblem(Problem problem) {
            out.println(TerminalText.escape(problem.toString()));
        }

        @Override
        public void finish() {
            out.println(summary());
            out.flush();
        }
    }

    /** GitHub Actions workflow commands: {@code ::error file=F,line=L,col=C,title=T::message}. */
    private static final class GitHub extends ProblemReport {
        private final PrintWriter out;

        GitHub(PrintWriter out) {
            this.out = out;
        }

        @Override
        protected void onProblem(Problem p) {
            StringBuilder b = new StringBuilder("::").append(p.severity() == Severity.ERROR ? "error" : "warning");
            b.append(" file=").append(property(p.file()));
            if (p.line() > 0) {
                b.append(",line=").append(p.line());
            }
            if (p.column() > 0) {
                b.append(",col=").append(p.column());
            }
            b.append(",title=").append(property("reportmeta " + p.code()));
            b.append("::").append(data((p.pointer().isEmpty() ? "" : p.pointer() + ": ") + p.message()));
            out.println(b);
        }

        @Override
        public void finish() {
            out.println(summary());
            out.flush();
        }

        /** GitHub's escapes for line ends, then {@link TerminalText}'s for every other control character. */
        private static String data(String s) {
            return TerminalText.escape(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
        }

        private static String property(String s) {
            return data(s).replace(":", "%3A").replace(",", "%2C");
        }
    }

    /** A JSON document with every input's problems and the totals. */
    private static final class Json extends ProblemReport {
        private final PrintWriter out;

        Json(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void finish() {
            try (JsonGenerator g = JsonFactory.builder().build().createGenerator(ObjectWriteContext.empty(), out)) {
                g.writeStartObject();
                g.writeNumberProperty("reports", totalReports());
                g.writeNumberProperty("errors", errors);
                g.writeNumberProperty("warnings", warnings);
                g.writeArrayPropertyStart("files");
                for (FileResult f : files) {
                    g.writeStartObject();
                    g.writeStringProperty("file", f.file);
                    g.writeStringProperty("format", f.format);
                    g.writeNumberProperty("reports", f.reports);
                    g.writeArrayPropertyStart("problems");
                    for (Problem p : f.problems) {
                        g.writeStartObject();
                        g.writeStringProperty("severity", p.severity().name().toLowerCase(Locale.ROOT));
                        g.writeStringProperty("code", p.code());
                        g.writeStringProperty("pointer", p.pointer());
                        g.writeNumberProperty("line", p.line());
                        g.writeNumberProperty("column", p.column());
                        g.writeStringProperty("message", p.message());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            out.println();
            out.flush();
        }
    }

    /** Two reports fed alike. */
    private static final class Both extends ProblemReport {
        private final ProblemReport first;
        private final ProblemReport second;

        Both(ProblemReport first, ProblemReport second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void startFile(String file, String format) {
            first.startFile(file, format);
            second.startFile(file, format);
        }

        @Override
        public void countReport() {
            first.countReport();
            second.countReport();
        }

        @Override
        public void add(Problem problem) {
            first.add(problem);
            second.add(problem);
        }

        @Override
        public long errors() {
            return first.errors();
        }

        @Override
        public long warnings() {
            return first.warnings();
        }

        @Override
        public void finish() {
            first.finish();
            second.finish();
        }
    }

    /** JUnit XML: a test suite per input, a failing test case per problem, one passing case for the rest. */
    private static final class JUnit extends ProblemReport {
        private final PrintWriter out;

        JUnit(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void finish() {
            try {
                XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
                x.writeStartDocument("UTF-8", "1.0");
                x.writeCharacters("\n");
                x.writeStartElement("testsuites");
                x.writeAttribute("name", "reportmeta validate");
                x.writeAttribute("tests", String.valueOf(cases(null)));
                x.writeAttribute("failures", String.valueOf(errors + warnings));
                for (FileResult f : files) {
                    x.writeCharacters("\n  ");
                    x.writeStartElement("testsuite");
                    x.writeAttribute("name", xmlSafe(f.file));
                    x.writeAttribute("tests", String.valueOf(cases(f)));
                    x.writeAttribute("failures", String.valueOf(f.problems.size()));
                    x.writeAttribute("errors", "0");
                    for (Problem p : f.problems) {
                        x.writeCharacters("\n    ");
                        x.writeStartElement("testcase");
                        x.writeAttribute("classname", xmlSafe(f.file));
                        x.writeAttribute("name", xmlSafe(p.pointer().isEmpty() ? p.code() : p.pointer() + " " + p.code()));
                        x.writeStartElement("failure");
                        x.writeAttribute("type", p.severity().name().toLowerCase(Locale.ROOT) + ":" + p.code());
                        x.writeAttribute("message", xmlSafe(p.message()));
                        x.writeCharacters(xmlSafe(p.toString()));
                        x.writeEndElement();
                        x.writeEndElement();
                    }
                    x.writeCharacters("\n    ");
                    x.writeStartElement("testcase");
                    x.writeAttribute("classname", xmlSafe(f.file));
                    x.writeAttribute("name", "reports read (" + f.reports + ")");
                    x.writeEndElement();
                    x.writeCharacters("\n  ");
                    x.writeEndElement();
                }
                x.writeCharacters("\n");
                x.writeEndElement();
                x.writeEndDocument();
                x.close();
            } catch (XMLStreamException e) {
                throw new IllegalStateException("cannot write the JUnit report", e);
            }
            out.println();
            out.flush();
        }

        /**
         * Escapes control characters with {@link TerminalText}, and replaces each other character XML cannot carry
         * (U+FFFE, U+FFFF, an unpaired surrogate, quoted from a broken input) with U+FFFD.
         */
        private static String xmlSafe(String text) {
            return replaceIllegal(TerminalText.escape(text));
        }

        private static String replaceIllegal(String text) {
            int bad = XmlChars.firstIllegal(text);
            if (bad < 0) {
                return text;
            }
            StringBuilder b = new StringBuilder(text.length());
            b.append(text, 0, bad).append('\uFFFD');
            return b.append(replaceIllegal(text.substring(bad + 1))).toString();
        }

        private long cases(@Nullable FileResult only) {
            return only != null ? only.problems.size() + 1 : files.stream().mapToLong(f -> f.problems.size() + 1).sum();
        }
    }
}
