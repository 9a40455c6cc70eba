package io.github.reportmeta.text;

import io.github.reportmeta.text.internal.Columns;
import io.github.reportmeta.text.internal.DigestEntry;
import io.github.reportmeta.text.internal.Excerpt;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The plain-text e-mail digest: a title, a rule, then per series a heading and each report as a bullet with its
 * title, authors, date and number, link and the opening of its abstract, all wrapped at the digest's width.
 */
final class TextDigest implements DigestWriter.Renderer {

    private static final String INDENT = "  ";

    @Override
    public void render(DigestWriter.Digest digest, Writer out) throws IOException {
        int width = digest.options().width();
        for (String line : Columns.wrap(printable(digest.title()), width, "")) {
            out.write(line + "\n");
        }
        for (String line : Columns.wrap(printable(digest.summary()), width, "")) {
            out.write(line + "\n");
        }
        out.write("=".repeat(width) + "\n");
        for (Map.Entry<String, List<DigestEntry>> group : digest.groups().entrySet()) {
            out.write("\n");
            List<String> heading = Columns.wrap(group.getKey(), width, "");
            for (String line : heading) {
                out.write(line + "\n");
            }
            int longest = heading.stream().mapToInt(Columns::width).max().orElse(0);
            out.write("-".repeat(Math.min(width, longest)) + "\n");
            for (DigestEntry e : group.getValue()) {
                out.write("\n");
                entry(e, width, out);
            }
        }
        out.write("\n" + "=".repeat(width) + "\n");
        out.write("End of the digest.\n");
    }

    private static void entry(DigestEntry e, int width, Writer out) throws IOException {
        List<String> title = Columns.wrap(e.title(), width, INDENT);
        title.set(0, "*" + title.get(0).substring(1));
        write(title, out);
        if (!e.authors().isEmpty()) {
            write(Columns.wrap("By " + e.authors(), width, INDENT), out);
        }
        write(Columns.wrap(e.dateLine(), width, INDENT), out);
        if (e.link() != null) {
            out.write(INDENT + e.link() + "\n");
        }
        if (e.opening() != null) {
            out.write("\n");
            write(Columns.wrap(e.opening(), width, INDENT), out);
        }
    }

    private static void write(List<String> lines, Writer out) throws IOException {
        for (String line : lines) {
            out.write(line + "\n");
        }
    }

    /** The header's title went through {@link DigestEntry#checkHeader}, which noted what this replaces. */
    private static String printable(String text) {
        return Excerpt.printable(text, c -> {});
    }
}
