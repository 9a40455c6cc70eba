package io.github.reportmeta.text;

import io.github.reportmeta.Author;
import io.github.reportmeta.InvalidValueException;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Metric;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportId;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.SourceLocation;
import io.github.reportmeta.format.spi.AbstractReportReader;
import io.github.reportmeta.text.internal.BylineSplitter;
import io.github.reportmeta.text.internal.LineSource;
import io.github.reportmeta.text.internal.PlainLines;
import io.github.reportmeta.text.internal.ReportIds;
import io.github.reportmeta.text.internal.TextLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the reports of a listing page, one by one: a title line, then in any order a "By ..." line, a series
 * line, "Abstract:" paragraphs and a "Key words:" line. Site chrome is skipped; every other line that has no
 * place is a warning with its line number.
 *
 * <p>A plain line is a title when the next line that counts is a by-line or a series line, when it ends with
 * a number such as "(No.215, 2018)", or, outside an abstract, when the next line that counts is any field.
 * In plain text, a line that follows the title directly (no blank line, no field yet) continues the title.
 */
final class ListingReader extends AbstractReportReader {

    private static final Pattern BY = Pattern.compile("(?:By|BY)\\s+(?<rest>.+)|(?:作者|Authors?)\\s*[:：]\\s*(?<rest2>.+)");
    private static final Pattern ABSTRACT =
            Pattern.compile("(?:Abstract|ABSTRACT|Summary|摘要|内容摘要|内容提要)\\s*[:：]\\s*(?<rest>.*)");
    private static final Pattern KEYWORDS = Pattern.compile(
            "(?:(?i:key\\s*words?)|关键词|关键字)\\s*[:：]\\s*(?<rest>.*)");
    private static final Pattern SERIES = Pattern.compile("(?<series>[^,，]*[^,，\\s])\\s*[,，]\\s*"
            + "(?<raw>(?i:No)\\.?\\s*(?<number>[A-Za-z0-9][A-Za-z0-9\\-]*))"
            + "(?:\\s*[,，]\\s*(?<year>\\d{4}))?"
            + "(?:\\s*[(（]\\s*(?i:Total)\\s*[:：]?\\s*(?<views>\\d[\\d,]{0,17})\\s*[)）])?"
            + "(?:\\s*(?<date>\\d{4}-\\d{2}(?:-\\d{2})?))?");
    private static final Pattern TITLE_NUMBER = Pattern.compile("(?<title>.*?\\S)\\s*[(（]\\s*"
            + "(?<raw>(?i:No)\\.?\\s*(?<number>[A-Za-z0-9][A-Za-z0-9\\-]*))\\s*(?:[,，]\\s*(?<year>\\d{4}))?\\s*[)）]");
    /** The source-and-date line of an article page: "( drc.gov.cn ) 2017-08-15", "(China Daily) 2019-03". */
    private static final Pattern SOURCE_DATE = Pattern.compile("[(（]\\s*(?<source>[^()（）]{0,200}?)\\s*[)）]\\s*"
            + "(?<date>\\d{4}-\\d{2}(?:-\\d{2})?)");
    private static final Pattern KEYWORD_SEPARATORS = Pattern.compile("[,;，、；]");
    private static final LanguageTag ENGLISH = LanguageTag.ENGLISH;
    private static final LanguageTag CHINESE = LanguageTag.CHINESE;

    private enum Kind { BLANK, CHROME, BY, SERIES, SOURCE_DATE, ABSTRACT, KEYWORDS, PLAIN }

    private enum State { BETWEEN, HEAD, ABSTRACT, TAIL }

    private final LineSource lines;
    private final boolean html;
    private final ReadOptions read;
    private final ListingOptions options;
    private final BylineSplitter splitter;
    private final ArrayDeque<TextLine> ahead = new ArrayDeque<>();
    private boolean sourceEnded;
    private @Nullable Draft draft;
    private @Nullable Report ready;
    private @Nullable TextLine firstText;
    private long reports;

    /**
     * A reader of listing lines.
     *
     * @param lines the lines, plain or from HTML
     * @param html whether the lines come from HTML, where a title is one element and never continues
     * @param read the reading options
     * @param options how to read names, languages and ids
     */
    public ListingReader(LineSource lines, boolean html, ReadOptions read, ListingOptions options) {
        super(read);
        this.lines = lines;
        this.html = html;
        this.read = read;
        this.options = options;
        this.splitter = new BylineSplitter(options.nameOrder(), options.organizations());
    }

    @Override
    protected @Nullable Report readNext() {
        while (ready == null) {
            TextLine line = take();
            if (line == null) {
                finishDraft();
                if (ready == null) {
                    noReportCheck();
                    return null;
                }
                break;
            }
            process(line);
        }
        Report r = ready;
        ready = null;
        reports++;
        return r;
    }

    @Override
    protected void closeInput() {
        lines.close();
    }

    private void process(TextLine line) {
        Kind kind = kind(line);
        State state = state();
        switch (kind) {
            case BLANK -> {
                if (draft != null) {
                    draft.blank();
                }
            }
            case CHROME -> {
                // site navigation and the alert banner: recognised, not content
            }
            case BY -> {
                if (state == State.ABSTRACT) {
                    requireDraft().paragraph(line);
                } else if (draft == null) {
                    outside(line, "a 'By ...' line");
                } else {
                    draft.byline(line);
                }
            }
            case SERIES -> {
                if (draft == null) {
                    outside(line, "a series line");
                } else {
                    draft.series(line);
                }
            }
            case SOURCE_DATE -> {
                if (draft == null) {
                    outside(line, "a source-and-date line");
                } else {
                    draft.sourceDate(line);
                }
            }
            case ABSTRACT -> {
                if (draft == null) {
                    outside(line, "an 'Abstract:' line");
                } else {
                    draft.abstractStart(line);
                }
            }
            case KEYWORDS -> {
                if (draft == null) {
                    outside(line, "a 'Key words:' line");
                } else {
                    draft.keywords(line);
                }
            }
            case PLAIN -> plain(line, state);
        }
    }

    private void plain(TextLine line, State state) {
        if (firstText == null) {
            firstText = line;
        }
        if (state == State.HEAD && requireDraft().awaitsArticleByline() && isArticleByline(line, 0)) {
            requireDraft().articleByline(line);
            return;
        }
        if (state == State.HEAD && !html && requireDraft().continuesTitle()) {
            requireDraft().continueTitle(line);
            return;
        }
        if (isTitle(line, state)) {
            finishDraft();
            draft = new Draft(line);
            return;
        }
        if (state == State.ABSTRACT) {
            requireDraft().paragraph(line);
        } else {
            String where = draft == null ? "outside any report" : "in the report titled '" + abbreviate(draft.title) + "'";
            warn(draft, "", "cannot place this line " + where + ", so it is not read: '" + abbreviate(line.text())
                    + "'; expected a title, a 'By ...' line, a series line, 'Abstract:' or 'Key words:'", line);
        }
    }

    private boolean isTitle(TextLine line, State state) {
        if (hasAny(line.text(), '(', '（') && TITLE_NUMBER.matcher(line.text()).matches()) {
            return true;
        }
        fillAhead(2);
        TextLine next = counting(0);
        if (next == null) {
            return false;
        }
        Kind nextKind = kind(next);
        if (nextKind == Kind.SERIES || nextKind == Kind.SOURCE_DATE || (nextKind == Kind.BY && isCleanByline(next))) {
            return true;
        }
        if (nextKind == Kind.PLAIN && isArticleByline(next, 1)) {
            return true;
        }
        if (state == State.ABSTRACT) {
            return false;
        }
        if (state != State.HEAD && (nextKind == Kind.BY || nextKind == Kind.ABSTRACT || nextKind == Kind.KEYWORDS)) {
            return true;
        }
        if (html || nextKind != Kind.PLAIN || ahead.peekFirst().isBlank()) {
            return false;
        }
        if (TITLE_NUMBER.matcher(next.text()).matches()) {
            return true;
        }
        TextLine after = counting(1);
        return after != null && (kind(after) == Kind.SERIES || (kind(after) == Kind.BY && isCleanByline(after)));
    }

    private boolean isCleanByline(TextLine line) {
        Matcher m = BY.matcher(line.text());
        return m.matches() && splitter.split(byText(m)).isClean();
    }

    /**
     * Whether a plain line is the by-line of an article page, which has no "By": it must split cleanly into at
     * least one person (and organisations), and the next line that counts after it must be the source-and-date
     * line. A line of prose that happens to look like names is not taken without that line after it.
     *
     * @param line the candidate
     * @param after how many counting lines of the look-ahead come before the one that must follow the candidate
     */
    private boolean isArticleByline(TextLine line, int after) {
        fillAhead(after + 1);
        TextLine following = counting(after);
        if (following == null || kind(following) != Kind.SOURCE_DATE || line.text().length() > 1000) {
            return false;
        }
        BylineSplitter.Byline split = splitter.split(line.text());
        return split.isClean() && split.authors().stream().anyMatch(a -> a.agent() instanceof Person);
    }

    private void outside(TextLine line, String what) {
        if (firstText == null) {
            firstText = line;
        }
        warn(null, "", what + " before any title cannot belong to a report, so it is not read: '"
                + abbreviate(line.text()) + "'", line);
    }

    private State state() {
        if (draft == null) {
            return State.BETWEEN;
        }
        return draft.state;
    }

    private Draft requireDraft() {
        if (draft == null) {
            throw new IllegalStateException("no report is being read");
        }
        return draft;
    }

    private void finishDraft() {
        if (draft != null) {
            Draft d = draft;
            draft = null;
            ready = d.build();
            startReport(PlainLines.at(read.sourceName(), d.titleLine, 0), "");
        }
    }

    private void noReportCheck() {
        if (reports == 0 && firstText != null && !read.lenient()) {
            throw new ReportParseException("no report found: a report starts with a title line followed by a "
                    + "'By ...' line, a series line such as 'Research Report, No.215, 2018 (Total 5490) 2018-12-10' "
                    + "or 'Abstract:', or, on an article page, a source-and-date line such as '( drc.gov.cn ) 2017-08-15'",
                    PlainLines.at(read.sourceName(), firstText, 0), "");
        }
    }

    private Kind kind(TextLine line) {
        String t = line.text();
        if (t.isEmpty()) {
            return Kind.BLANK;
        }
        if (isChrome(t)) {
            return Kind.CHROME;
        }
        if (BY.matcher(t).matches()) {
            return Kind.BY;
        }
        if (ABSTRACT.matcher(t).matches()) {
            return Kind.ABSTRACT;
        }
        if (KEYWORDS.matcher(t).matches()) {
            return Kind.KEYWORDS;
        }
        // The look for a comma first spares the regular expression every line of prose without one: an
        // abstract of many long lines would otherwise cost a backtracking match per line, several times over.
        if (hasAny(t, ',', '，') && SERIES.matcher(t).matches()) {
            return Kind.SERIES;
        }
        if ((t.charAt(0) == '(' || t.charAt(0) == '（') && SOURCE_DATE.matcher(t).matches()) {
            return Kind.SOURCE_DATE;
        }
        return Kind.PLAIN;
    }

    /** Whether the text holds either character; both patterns that may fail slowly need one of a pair. */
    private static boolean hasAny(String text, char a, char b) {
        return text.indexOf(a) >= 0 || text.indexOf(b) >= 0;
    }

    private static boolean isChrome(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("you are here") || lower.contains("e-mail alert service")
                || text.startsWith("当前位置");
    }

    /** The next line, from the look-ahead first. */
    private @Nullable TextLine take() {
        if (!ahead.isEmpty()) {
            return ahead.poll();
        }
        return sourceEnded ? null : pull();
    }

    private @Nullable TextLine pull() {
        TextLine line = lines.next();
        if (line == null) {
            sourceEnded = true;
        }
        return line;
    }

    /**
     * Reads ahead until the look-ahead holds this many lines that count (not blank, not chrome) or the input
     * ends. Chrome is dropped and runs of blank lines are held as one, so looking ahead costs bounded memory
     * however many blank or chrome lines come.
     */
    private void fillAhead(int wanted) {
        long have = ahead.stream().filter(l -> !l.isBlank()).count();
        while (have < wanted && !sourceEnded) {
            TextLine line = pull();
            if (line == null) {
                return;
            }
            Kind k = kind(line);
            if (k == Kind.CHROME) {
                continue;
            }
            if (k == Kind.BLANK) {
                if (ahead.isEmpty() || !ahead.peekLast().isBlank()) {
                    ahead.add(line);
                }
                continue;
            }
            ahead.add(line);
            have++;
        }
    }

    /** The n-th line that counts in the look-ahead, from 0, or {@code null}. */
    private @Nullable TextLine counting(int n) {
        int seen = 0;
        for (TextLine l : ahead) {
            if (!l.isBlank() && seen++ == n) {
                return l;
            }
        }
        return null;
    }

    private void warn(@Nullable Draft d, String pointer, String message, TextLine line) {
        SourceLocation at = PlainLines.at(read.sourceName(), line, 0);
        if (d != null) {
            d.pending.add(new Pending(pointer, message, at));
        } else {
            note(new ConversionNote(ConversionNote.Kind.WARNING, null, pointer, message, at));
        }
    }

    /** At most 80 characters of the text: a title of megabytes is not copied into every warning about it. */
    private static String abbreviate(CharSequence text) {
        return text.length() <= 80 ? text.toString() : text.subSequence(0, 77) + "...";
    }

    private static String byText(Matcher m) {
        String rest = m.group("rest");
        return (rest != null ? rest : m.group("rest2")).strip();
    }

    private LanguageTag languageOf(String text) {
        if (options.language() != null) {
            return options.language();
        }
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? CHINESE
                : ENGLISH;
    }

    /** A note waiting for the id of its report. */
    private record Pending(String pointer, String message, SourceLocation location) {}

    /** A report being read. */
    private final class Draft {
        private final TextLine titleLine;
        private final StringBuilder title = new StringBuilder();
        private final List<Pending> pending = new ArrayList<>();
        private State state = State.HEAD;
        private boolean blankSinceTitle;
        private long size;
        private @Nullable TextLine byLine;
        private BylineSplitter.@Nullable Byline byline;
        private @Nullable TextLine seriesLine;
        private @Nullable TextLine sourceLine;
        private @Nullable String source;
        private @Nullable ReportNumber number;
        private @Nullable PartialDate issued;
        private @Nullable Long views;
        private final List<List<StringBuilder>> abstracts = new ArrayList<>();
        private boolean paragraphOpen;
        private final List<Keyword> keywords = new ArrayList<>();
        private @Nullable Organization articleAffiliation;

        Draft(TextLine titleLine) {
            this.titleLine = titleLine;
            grow(titleLine);
            title.append(titleLine.text());
        }

        /** Whether nothing but the title has been read, so that an article's by-line may come. */
        boolean awaitsArticleByline() {
            return byLine == null && seriesLine == null && sourceLine == null && abstracts.isEmpty() && keywords.isEmpty();
        }

        /**
         * An article's by-line, "Li Wei, DRC": the persons are the authors, and the organisations after them are
         * their affiliation (not the publisher, as on a report's "By ..." line: the page says who wrote the
         * article and where they work, not who issued it).
         */
        void articleByline(TextLine line) {
            grow(line);
            byLine = line;
            BylineSplitter.Byline split = splitter.split(line.text());
            Organization affiliation = split.publisher();
            List<Author> authors = new ArrayList<>();
            for (Author a : split.authors()) {
                if (affiliation != null && a.agent() instanceof Person p && p.affiliations().isEmpty()) {
                    authors.add(new Author(p.withAffiliations(List.of(affiliation)), a.role()));
                } else {
                    authors.add(a);
                }
            }
            byline = new BylineSplitter.Byline(authors, null, split.problems());
            articleAffiliation = affiliation;
        }

        /**
         * The source-and-date line of an article: the source becomes {@code sources}, the date {@code issued},
         * and what follows is the article's body: its first paragraph is read as the abstract.
         */
        void sourceDate(TextLine line) {
            grow(line);
            if (sourceLine != null || seriesLine != null) {
                TextLine first = sourceLine != null ? sourceLine : seriesLine;
                warn(this, "/issued", "a second date line; the one on line " + first.line()
                        + " is kept and this one is not read: '" + abbreviate(line.text()) + "'", line);
                return;
            }
            sourceLine = line;
            Matcher m = SOURCE_DATE.matcher(line.text());
            if (!m.matches()) {
                throw new IllegalStateException("not a source-and-date line: " + line.text());
            }
            String named = m.group("source").strip();
            source = named.isEmpty() ? null : named;
            try {
                issued = PartialDate.parse(m.group("date"));
            } catch (InvalidValueException e) {
                bad(line, m.start("date"), "/issued", e);
            }
            abstracts.add(new ArrayList<>());
            paragraphOpen = false;
            state = State.ABSTRACT;
        }

        boolean continuesTitle() {
            return !blankSinceTitle && byLine == null && seriesLine == null && abstracts.isEmpty() && keywords.isEmpty();
        }

        void continueTitle(TextLine line) {
            grow(line);
            join(title, line.text());
        }

        void blank() {
            blankSinceTitle = true;
            paragraphOpen = false;
        }

        void byline(TextLine line) {
            grow(line);
            if (byLine != null) {
                warn(this, "/authors", "a second 'By ...' line; the one on line " + byLine.line()
                        + " is kept and this one is not read: '" + abbreviate(line.text()) + "'", line);
                return;
            }
            Matcher m = BY.matcher(line.text());
            if (!m.matches()) {
                throw new IllegalStateException("not a by-line: " + line.text());
            }
            byLine = line;
            byline = splitter.split(byText(m));
            for (String problem : byline.problems()) {
                warn(this, "/authors", problem, line);
            }
        }

        void series(TextLine line) {
            grow(line);
            if (seriesLine != null) {
                warn(this, "/number", "a second series line; the one on line " + seriesLine.line()
                        + " is kept and this one is not read: '" + abbreviate(line.text()) + "'", line);
                return;
            }
            seriesLine = line;
            Matcher m = SERIES.matcher(line.text());
            if (!m.matches()) {
                throw new IllegalStateException("not a series line: " + line.text());
            }
            String year = m.group("year");
            try {
                number = new ReportNumber(m.group("series"), m.group("number"), m.group("raw").strip(),
                        year == null ? null : Integer.valueOf(year));
            } catch (InvalidValueException e) {
                bad(line, m.start("year"), "/number/year", e);
            }
            String count = m.group("views");
            if (count != null) {
                views = Long.parseLong(count.replace(",", ""));
            }
            String date = m.group("date");
            if (date != null) {
                try {
                    issued = PartialDate.parse(date);
                } catch (InvalidValueException e) {
                    bad(line, m.start("date"), "/issued", e);
                }
            }
        }

        private void bad(TextLine line, int offset, String pointer, InvalidValueException e) {
            SourceLocation at = PlainLines.at(read.sourceName(), line, offset);
            if (!read.lenient()) {
                throw new ReportParseException(e.getMessage(), at, pointer, e);
            }
            pending.add(new Pending(pointer, e.getMessage() + "; the value is not read", at));
        }

        void abstractStart(TextLine line) {
            grow(line);
            Matcher m = ABSTRACT.matcher(line.text());
            if (!m.matches()) {
                throw new IllegalStateException("not an abstract line: " + line.text());
            }
            abstracts.add(new ArrayList<>());
            paragraphOpen = false;
            state = State.ABSTRACT;
            String rest = m.group("rest").strip();
            if (!rest.isEmpty()) {
                addText(rest);
            }
        }

        void paragraph(TextLine line) {
            grow(line);
            addText(line.text());
        }

        private void addText(String text) {
            List<StringBuilder> paragraphs = abstracts.get(abstracts.size() - 1);
            if (paragraphOpen && !html) {
                join(paragraphs.get(paragraphs.size() - 1), text);
            } else {
                paragraphs.add(new StringBuilder(text));
            }
            paragraphOpen = true;
        }

        void keywords(TextLine line) {
            grow(line);
            Matcher m = KEYWORDS.matcher(line.text());
            if (!m.matches()) {
                throw new IllegalStateException("not a key words line: " + line.text());
            }
            String rest = m.group("rest").strip().replaceFirst("[.。]$", "");
            LanguageTag lang = languageOf(rest);
            for (String term : KEYWORD_SEPARATORS.split(rest)) {
                String t = term.strip();
                if (!t.isEmpty()) {
                    keywords.add(Keyword.of(t, lang));
                }
            }
            if (rest.isEmpty()) {
                warn(this, "/keywords", "the 'Key words:' line names no key word", line);
            }
            state = State.TAIL;
            paragraphOpen = false;
        }

        private void grow(TextLine line) {
            size += line.text().length() + 1L;
            if (size > read.maxReportBytes()) {
                throw new ReportParseException("the report that starts on line " + titleLine.line()
                        + " is longer than " + read.maxReportBytes() + " characters, the limit for one report",
                        PlainLines.at(read.sourceName(), line, 0), "");
            }
        }

        Report build() {
            String fullTitle = title.toString();
            Matcher tn = TITLE_NUMBER.matcher(fullTitle);
            String titleNumber = null;
            Integer titleYear = null;
            if (tn.matches()) {
                fullTitle = tn.group("title");
                titleNumber = tn.group("number");
                titleYear = tn.group("year") == null ? null : Integer.valueOf(tn.group("year"));
            }
            LanguageTag lang = languageOf(fullTitle);
            Report.Builder b = Report.builder(ReportId.of("pending")).title(LocalizedText.of(fullTitle, lang));
            b.language(lang).number(number).issued(issued);
            if (number != null) {
                b.type(typeOf(number.series()));
            } else if (sourceLine != null) {
                b.type(ReportType.ARTICLE);
            }
            if (source != null) {
                b.source(source);
            }
            TextLine dateLine = sourceLine;
            if (dateLine != null && !abstracts.isEmpty()) {
                bodyBeyondOpening(abstracts.get(0), dateLine);
            }
            if (byline != null) {
                b.authors(byline.authors()).publisher(byline.publisher());
            }
            for (List<StringBuilder> paragraphs : abstracts) {
                String text = String.join("\n\n", paragraphs);
                if (!text.isEmpty()) {
                    b.abstractText(LocalizedText.of(text, languageOf(text)));
                }
            }
            b.keywords(keywords);
            if (views != null) {
                b.metric(Metric.views(views, null));
            }
            Organization issuer = byline == null ? null : byline.publisher();
            ReportId id = ReportIds.of(options.idPrefix(), options.primarySeries(), number,
                    issuer != null ? issuer : articleAffiliation, fullTitle, issued);
            Report report = b.id(id).build();
            if (titleNumber != null) {
                checkTitleNumber(titleNumber, titleYear);
            }
            for (Pending p : pending) {
                note(new ConversionNote(ConversionNote.Kind.WARNING, id, p.pointer(), p.message(), p.location()));
            }
            return report;
        }

        /**
         * Keeps an article's opening paragraph as its abstract and notes the rest of the body once, as a loss
         * with how much it was: the body is the article itself, not metadata, so a page of twenty paragraphs
         * gives one note, not twenty warnings.
         */
        private void bodyBeyondOpening(List<StringBuilder> body, TextLine dateLine) {
            if (body.size() <= 1) {
                return;
            }
            long characters = 0;
            for (int i = 1; i < body.size(); i++) {
                characters += body.get(i).length();
            }
            int rest = body.size() - 1;
            SourceLocation at = PlainLines.at(read.sourceName(), dateLine, 0);
            pending.add(new Pending("/abstracts/0", "the article's body after its opening paragraph ("
                    + rest + (rest == 1 ? " paragraph, " : " paragraphs, ") + characters
                    + " characters) is not read: the opening paragraph is kept as the abstract", at));
            body.subList(1, body.size()).clear();
        }

        private void checkTitleNumber(String titleNumber, @Nullable Integer titleYear) {
            String said = "No." + titleNumber + (titleYear == null ? "" : ", " + titleYear);
            if (number == null) {
                warn(this, "/number", "the title ends with (" + said + ") but the page has no series line to say "
                        + "of which series, so the number is not read", titleLine);
            } else if (!number.number().equals(titleNumber)
                    || (titleYear != null && !titleYear.equals(number.year()))) {
                warn(this, "/number", "the title ends with (" + said + ") but the series line says '" + number
                        + "'; the series line is kept", titleLine);
            }
        }
    }

    private static ReportType typeOf(String series) {
        for (ReportType t : ReportType.values()) {
            if (t != ReportType.OTHER && t.label().equalsIgnoreCase(series)) {
                return t;
            }
        }
        return ReportType.RESEARCH_REPORT;
    }

    private static void join(StringBuilder b, String next) {
        if (b.length() > 0 && !(isWide(b.charAt(b.length() - 1)) && !next.isEmpty() && isWide(next.charAt(0)))) {
            b.append(' ');
        }
        b.append(next);
    }

    private static boolean isWide(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303F')
                || (c >= '\uFF00' && c <= '\uFF60');
    }
}
