package io.github.reportmeta.text;

import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.text.internal.DigestEntry;
import io.github.reportmeta.text.internal.Excerpt;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;
import org.jspecify.annotations.Nullable;

/**
 * The HTML e-mail digest: a complete document with inline styles only (mail clients drop style sheets), no
 * scripts and no images; every text and attribute value escaped as HTML, every link an http or https address.
 */
final class HtmlDigest implements DigestWriter.Renderer {

    private static final String BODY = "margin:0;padding:0;background-color:#f4f4f4;";
    private static final String PAGE = "max-width:640px;margin:0 auto;padding:24px;background-color:#ffffff;"
            + "font-family:Arial,Helvetica,sans-serif;color:#222222;line-height:1.5;";
    private static final String H1 = "font-size:22px;margin:0 0 4px 0;";
    private static final String SUMMARY = "font-size:14px;color:#666666;margin:0 0 16px 0;";
    private static final String H2 = "font-size:18px;margin:24px 0 12px 0;padding-bottom:4px;"
            + "border-bottom:1px solid #dddddd;";
    private static final String ENTRY = "margin:0 0 20px 0;";
    private static final String H3 = "font-size:16px;margin:0 0 4px 0;";
    private static final String LINK = "color:#1a4d8f;text-decoration:none;";
    private static final String AUTHORS = "font-size:14px;margin:0 0 2px 0;";
    private static final String DATE = "font-size:13px;color:#666666;margin:0 0 6px 0;";
    private static final String OPENING = "font-size:14px;margin:0;";
    private static final String FOOTER = "font-size:12px;color:#999999;margin:24px 0 0 0;padding-top:8px;"
            + "border-top:1px solid #dddddd;";

    @Override
    public void render(DigestWriter.Digest digest, Writer out) throws IOException {
        LanguageTag lang = digest.header() == null || digest.header().titles().isEmpty()
                ? null
                : digest.header().titles().get(0).language();
        out.write("<!DOCTYPE html>\n<html" + lang(lang) + ">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<title>" + esc(printable(digest.title())) + "</title>\n</head>\n");
        out.write("<body style=\"" + BODY + "\">\n<div style=\"" + PAGE + "\">\n");
        out.write("<h1 style=\"" + H1 + "\">" + esc(printable(digest.title())) + "</h1>\n");
        out.write("<p style=\"" + SUMMARY + "\">" + esc(printable(digest.summary())) + "</p>\n");
        for (Map.Entry<String, List<DigestEntry>> group : digest.groups().entrySet()) {
            out.write("<h2 style=\"" + H2 + "\">" + esc(group.getKey()) + "</h2>\n");
            for (DigestEntry e : group.getValue()) {
                entry(e, out);
            }
        }
        out.write("<p style=\"" + FOOTER + "\">End of the digest.</p>\n</div>\n</body>\n</html>\n");
    }

    private static void entry(DigestEntry e, Writer out) throws IOException {
        out.write("<div style=\"" + ENTRY + "\">\n");
        String title = esc(e.title());
        if (e.link() != null) {
            title = "<a href=\"" + esc(e.link()) + "\" style=\"" + LINK + "\">" + title + "</a>";
        }
        out.write("<h3" + lang(e.titleLanguage()) + " style=\"" + H3 + "\">" + title + "</h3>\n");
        if (!e.authors().isEmpty()) {
            out.write("<p style=\"" + AUTHORS + "\">By " + esc(e.authors()) + "</p>\n");
        }
        out.write("<p style=\"" + DATE + "\">" + esc(e.dateLine()) + "</p>\n");
        if (e.opening() != null) {
            out.write("<p" + lang(e.openingLanguage()) + " style=\"" + OPENING + "\">" + esc(e.opening()) + "</p>\n");
        }
        out.write("</div>\n");
    }

    private static String lang(@Nullable LanguageTag tag) {
        return tag == null ? "" : " lang=\"" + esc(tag.value()) + "\"";
    }

    private static String esc(String text) {
        return StringEscapeUtils.escapeHtml4(text);
    }

    /** The header's title went through {@link DigestEntry#checkHeader}, which noted what this replaces. */
    private static String printable(String text) {
        return Excerpt.printable(text, c -> {});
    }
}
