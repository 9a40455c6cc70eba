package io.github.reportmeta.text.internal;

import io.github.reportmeta.Author;
import io.github.reportmeta.NameOrder;
import io.github.reportmeta.Organization;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits the text of a "By ..." line into persons, research teams and the issuing unit.
 *
 * <p>Items are separated by commas, semicolons and the Chinese {@code ，、；} outside quotation marks and
 * brackets; a comma-separated item that names no organisation is further split on "and" and "&amp;". An item
 * naming an organisation (a word such as Team, Department, Center, Institute, Office, Ministry, University, an
 * acronym such as DRC, or a Chinese unit such as 研究部 or 课题组) stays whole, apart from persons that lead it
 * ("Zhang Wei and Research Team on X"); a name known to the options always stays whole. Research teams become
 * authors with {@link Role#RESEARCH_TEAM}; the trailing run of other organisations is the issuing unit, each a unit
 * of the next ("Research Department of Innovation Development, DRC"); any other organisation is an author.
 * Romanised names are read in the configured order; names in Chinese characters are always family name first.
 */
public final class BylineSplitter {

    /**
     * What a "By ..." line says.
     *
     * @param authors the persons, teams and organisations credited, in the order given
     * @param publisher the issuing unit with its parents, or {@code null}
     * @param problems one message for each item that is neither clearly a person nor an organisation
     */
    public record Byline(List<Author> authors, @Nullable Organization publisher, List<String> problems) {

        /** Copies the lists. */
        public Byline {
            authors = List.copyOf(authors);
            problems = List.copyOf(problems);
        }

        /**
         * Whether every item was placed and there was at least one.
         *
         * @return true for a line that reads as a by-line without doubt
         */
        public boolean isClean() {
            return problems.isEmpty() && (!authors.isEmpty() || publisher != null);
        }
    }

    private static final Pattern ORGANISATION_WORD = Pattern.compile("\\b(?:Teams?|Departments?|Cent(?:er|re)s?"
            + "|Institutes?|Institution|Groups?|Office|Bureau|Ministry|Council|University|Academy|Commission"
            + "|Committee|Division|Agency|Administration|Association|Foundation|Laborator(?:y|ies)|School|College"
            + "|Society|Secretariat|Program(?:me)?|Project|Task ?[Ff]orce|Board|Bank|Forum|Network)\\b"
            + "|(?:课题组|研究组|小组|工作组|团队|研究部|研究所|研究院|研究室|中心|委员会|办公室|大学|学院|协会|学会|基金会|部|局|院|所|司|处)$");
    private static final Pattern TEAM = Pattern.compile(
            "\\b(?:Teams?|Task ?[Ff]orce|(?:Research|Study|Project|Working|Writing|Task) Group)\\b"
                    + "|(?:课题组|研究组|小组|工作组|团队)$");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&]{1,9}");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.\\-]*");
    private static final Pattern HAN_NAME = Pattern.compile("\\p{IsHan}{2,4}");
    private static final Pattern TRANSLITERATED = Pattern.compile("[\\p{IsHan}]+(?:[·•][\\p{IsHan}]+)+");
    private static final Set<String> PARTICLES = Set.of(
            "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "dos", "das", "ter", "bin", "al");
    private static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐",
            "端木", "南宫", "西门", "独孤", "澹台", "申屠");

    private final NameOrder order;
    private final Map<String, Organization> known;
    private final boolean counting;
    private long work;

    /**
     * A splitter.
     *
     * @param order the order romanised names are written in
     * @param known organisations by the acronym or name a page writes them with, such as DRC
     */
    public BylineSplitter(NameOrder order, Map<String, Organization> known) {
        this(order, known, false);
    }

    /**
     * A splitter that, when asked to, counts the characters it and its regular expressions examine, so that a
     * test can show that the work grows linearly with the text.
     */
    BylineSplitter(NameOrder order, Map<String, Organization> known, boolean counting) {
        this.order = order;
        this.known = Map.copyOf(known);
        this.counting = counting;
    }

    /** The characters examined so far, counted only by a counting splitter. */
    long work() {
        return work;
    }

    /**
     * Splits the text after "By".
     *
     * @param text the names, such as "Long Haibo, Research Team on X, Research Department of Y, DRC"
     * @return the authors, the issuing unit and what could not be placed
     */
    public Byline split(String text) {
        List<Object> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String segment : splitOutsideQuotes(text)) {
            String s = withoutLeadingAnd(segment.strip()).strip();
            count(segment.length());
            if (s.isEmpty()) {
                continue;
            }
            if (known.containsKey(s)) {
                items.add(organisation(s));
                continue;
            }
            List<Part> found = splitOnAnd(s);
            List<String> parts = found.stream().map(Part::text).toList();
            if (isOrganisation(s)) {
                int i = 0;
                while (parts.size() - i > 1 && isPersonLike(parts.get(i))) {
                    items.add(person(parts.get(i)));
                    i++;
                }
                items.add(organisation(i == 0 ? s : s.substring(found.get(i).start())));
            } else {
                for (String part : parts) {
                    if (isPersonLike(part)) {
                        items.add(person(part));
                    } else {
                        problems.add("cannot tell whether '" + part + "' is a person or an organisation; "
                                + "read it as a person's name written as is");
                        items.add(new Author(Person.of(PersonName.literal(part)), Role.AUTHOR));
                    }
                }
            }
        }
        int firstUnit = items.size();
        while (firstUnit > 0 && items.get(firstUnit - 1) instanceof Unit) {
            firstUnit--;
        }
        Organization publisher = null;
        for (int i = items.size() - 1; i >= firstUnit; i--) {
            Organization unit = ((Unit) items.get(i)).organization();
            publisher = publisher == null ? unit : unit.withParent(publisher);
        }
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < firstUnit; i++) {
            Object item = items.get(i);
            authors.add(item instanceof Unit u ? new Author(u.organization(), Role.AUTHOR) : (Author) item);
        }
        return new Byline(authors, publisher, problems);
    }

    /**
     * Whether text names an organisation: a word such as Team or Department, an acronym, or a known name.
     *
     * @param text the item
     * @return true for an organisation
     */
    public boolean isOrganisation(String text) {
        return known.containsKey(text) || matcher(ACRONYM, text).matches() || matcher(ORGANISATION_WORD, text).find();
    }

    /**
     * Whether text looks like a person's name: two to four capitalised words (particles such as "van" allowed
     * inside), or two to four Chinese characters, or a transliterated name with a middle dot.
     *
     * @param text the item
     * @return true for a person's name
     */
    public boolean isPersonLike(String text) {
        String s = text.strip();
        if (isOrganisation(s)) {
            return false;
        }
        if (matcher(HAN_NAME, s).matches() || matcher(TRANSLITERATED, s).matches()) {
            return true;
        }
        count(s.length());
        String[] words = s.split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            boolean particle = i > 0 && i < words.length - 1 && PARTICLES.contains(words[i]);
            if (!particle && !matcher(NAME_WORD, words[i]).matches()) {
                return false;
            }
        }
        return true;
    }

    private Author person(String text) {
        String s = text.strip();
        if (matcher(TRANSLITERATED, s).matches()) {
            return Author.person(PersonName.literal(s));
        }
        if (matcher(HAN_NAME, s).matches()) {
            int familyLength = s.length() > 2 && COMPOUND_SURNAMES.contains(s.substring(0, 2)) ? 2 : 1;
            return Author.person(PersonName.familyFirst(s.substring(0, familyLength), s.substring(familyLength)));
        }
        return Author.person(PersonName.parse(s, order));
    }

    private Object organisation(String text) {
        Organization known = this.known.get(text);
        Organization org;
        if (known != null) {
            org = known;
        } else if (matcher(ACRONYM, text).matches()) {
            org = Organization.of(text, text);
        } else {
            org = withAcronym(text);
        }
        return matcher(TEAM, text).find() ? Author.researchTeam(org) : new Unit(org);
    }

    /**
     * The organisation of "Name (ACRONYM)" or "Name（ACRONYM）", else of the text as a name: a scan back from the
     * end, where a regular expression with a lazy name before optional white space took time quadratic in a run
     * of spaces.
     */
    private Organization withAcronym(String text) {
        int end = text.length() - 1;
        if (end < 0 || (text.charAt(end) != ')' && text.charAt(end) != '）')) {
            return Organization.of(text);
        }
        int open = end - 1;
        while (open >= 0 && end - open <= 11 && isAcronymChar(text.charAt(open))) {
            open--;
        }
        count(end - open + 1L);
        int length = end - open - 1;
        if (open < 1 || length < 2 || length > 10 || (text.charAt(open) != '(' && text.charAt(open) != '（')
                || !isAsciiUpper(text.charAt(open + 1))) {
            return Organization.of(text);
        }
        int nameEnd = open;
        while (nameEnd > 1 && isRegexSpace(text.charAt(nameEnd - 1))) {
            nameEnd--;
        }
        String name = text.substring(0, nameEnd);
        count(name.length());
        for (int i = 0; i < name.length(); i++) {
            if (isLineTerminator(name.charAt(i))) {
                return Organization.of(text);
            }
        }
        return Organization.of(name, text.substring(open + 1, end));
    }

    private static boolean isAcronymChar(char c) {
        return isAsciiUpper(c) || (c >= '0' && c <= '9') || c == '&';
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** White space as {@code \\s} of a regular expression means it: ASCII only. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What {@code .} of a regular expression does not match. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The text without a leading "and" or "&amp;" and the white space after it. */
    private static String withoutLeadingAnd(String s) {
        int word = s.startsWith("and") ? 3 : s.startsWith("&") ? 1 : 0;
        int end = word;
        while (end < s.length() && isRegexSpace(s.charAt(end))) {
            end++;
        }
        return word > 0 && end > word ? s.substring(end) : s;
    }

    private Matcher matcher(Pattern pattern, String text) {
        return pattern.matcher(counting ? new Counted(text) : text);
    }

    private void count(long characters) {
        work += characters;
    }

    /** Text that counts every character a regular expression reads from it. */
    private final class Counted implements CharSequence {
        private final String text;

        Counted(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            work++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Counted(text.substring(start, end));
        }

        @Override
        public String toString() {
            work += text.length();
            return text;
        }
    }

    /** An item of a segment split on "and", stripped, and where it starts in the segment. */
    private record Part(String text, int start) {}

    /** An organisation that is not a team: part of the issuing unit when it ends the line. */
    private record Unit(Organization organization) {}

    private List<String> splitOutsideQuotes(String text) {
        count(text.length());
        List<String> segments = new ArrayList<>();
        int depth = 0;
        boolean straight = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u201C', '(', '（', '《', '「', '『', '[' -> depth++;
                case '\u201D', ')', '）', '》', '」', '』', ']' -> depth = Math.max(0, depth - 1);
                case '"' -> straight = !straight;
                case ',', '，', '、', ';', '；' -> {
                    if (depth == 0 && !straight) {
                        segments.add(text.substring(start, i));
                        start = i + 1;
                    }
                }
                default -> {
                    // part of the current item
                }
            }
        }
        segments.add(text.substring(start));
        return segments;
    }

    /**
     * The items of a segment between " and " and " &amp; " outside quotation marks and brackets, in one pass: the
     * quotation state is carried along, where asking it again from the start for each "and" took quadratic time.
     */
    private List<Part> splitOnAnd(String segment) {
        count(segment.length());
        List<Part> parts = new ArrayList<>();
        int depth = 0;
        boolean straight = false;
        int start = 0;
        int i = 0;
        int length = segment.length();
        while (i < length) {
            char c = segment.charAt(i);
            if (isRegexSpace(c)) {
                int word = i;
                while (word < length && isRegexSpace(segment.charAt(word))) {
                    word++;
                }
                int after = segment.startsWith("and", word) ? word + 3 : segment.startsWith("&", word) ? word + 1 : word;
                int next = after;
                while (next < length && isRegexSpace(segment.charAt(next))) {
                    next++;
                }
                if (after > word && next > after && depth == 0 && !straight) {
                    addPart(parts, segment, start, i);
                    start = next;
                    i = next;
                } else {
                    i = word;
                }
                continue;
            }
            if (c == '\u201C' || c == '(' || c == '（' || c == '《' || c == '「') {
                depth++;
            } else if (c == '\u201D' || c == ')' || c == '）' || c == '》' || c == '」') {
                depth = Math.max(0, depth - 1);
            } else if (c == '"') {
                straight = !straight;
            }
            i++;
        }
        addPart(parts, segment, start, length);
        return parts;
    }

    private static void addPart(List<Part> parts, String segment, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && Character.isWhitespace(segment.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(segment.charAt(b - 1))) {
            b--;
        }
        if (a < b) {
            parts.add(new Part(segment.substring(a, b), a));
        }
    }
}
