package io.github.reportmeta.xml;

import io.github.reportmeta.Author;
import io.github.reportmeta.Catalogue;
import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.CatalogueId;
import io.github.reportmeta.Doi;
import io.github.reportmeta.Isni;
import io.github.reportmeta.Keyword;
import io.github.reportmeta.LanguageTag;
import io.github.reportmeta.LocalizedText;
import io.github.reportmeta.Metric;
import io.github.reportmeta.MetricType;
import io.github.reportmeta.Orcid;
import io.github.reportmeta.Organization;
import io.github.reportmeta.PartialDate;
import io.github.reportmeta.Person;
import io.github.reportmeta.PersonName;
import io.github.reportmeta.Relation;
import io.github.reportmeta.RelationType;
import io.github.reportmeta.Report;
import io.github.reportmeta.ReportNumber;
import io.github.reportmeta.ReportType;
import io.github.reportmeta.Role;
import io.github.reportmeta.Ror;
import io.github.reportmeta.Url;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * A catalogue in which every element of the format occurs at least once, written by {@link XmlWriter}, and an
 * outline of where each element of the written document starts and ends. Its text is ASCII, so that character
 * offsets, byte offsets and columns agree.
 */
final class EveryElement {

    /** The elements whose children are list items, named by their index in a JSON Pointer. */
    static final Set<String> LISTS =
            Set.of("reports", "titles", "abstracts", "authors", "keywords", "identifiers", "relations", "metrics",
                    "affiliations");

    private EveryElement() {}

    static Organization organization(String name) {
        return new Organization(name, "ACR", Organization.of("Parent of " + name),
                Ror.parse("https://ror.org/05gq02987"), Isni.parse("0000 0001 2146 438X"));
    }

    /** A report with every element of the format, each optional one present. */
    static Report report() {
        PersonName parts = PersonName.of("Given", "Family").withParticleAndSuffix("van", "Jr.")
                .withOriginal("Original", LanguageTag.ENGLISH);
        return Report.builder("full")
                .title(LocalizedText.of("Title", LanguageTag.ENGLISH))
                .title(new LocalizedText("Second title", null))
                .number(new ReportNumber("Series", "7", "No. 7", 2020))
                .issued(PartialDate.of(2020, 5))
                .author(new Author(Person.of(parts).withOrcid(Orcid.parse("0000-0002-1825-0097"))
                        .withAffiliations(List.of(organization("Affiliation"))), Role.AUTHOR))
                .author(new Author(Person.of(PersonName.literal("Literal Name")), Role.EDITOR))
                .author(new Author(organization("Team"), Role.RESEARCH_TEAM))
                .publisher(organization("Publisher"))
                .abstractText(LocalizedText.of("Abstract", LanguageTag.ENGLISH))
                .keyword(new Keyword("term", LanguageTag.ENGLISH, "JEL"))
                .language(LanguageTag.ENGLISH)
                .type(ReportType.RESEARCH_REPORT)
                .identifier(Doi.parse("10.1234/full"))
                .landingPage(Url.parse("https://example.org/full"))
                .rights("Rights")
                .license(Url.parse("https://creativecommons.org/licenses/by/4.0/"))
                .relation(new Relation(RelationType.values()[0], Doi.parse("10.1234/other")))
                .metric(new Metric(MetricType.DOWNLOADS, 5, PartialDate.of(2021)))
                .build();
    }

    /** A header with every element, a small first report and {@link #report()} second. */
    static Catalogue catalogue() {
        CatalogueHeader header = new CatalogueHeader(CatalogueId.of("cat"),
                List.of(LocalizedText.of("Catalogue", LanguageTag.ENGLISH)), organization("Header publisher"),
                PartialDate.of(2020), PartialDate.of(2021, 2, 3));
        return Catalogue.of(header, List.of(Report.builder("small").build(), report()));
    }

    /**
     * One element of a written document.
     *
     * @param name the local name
     * @param pointer the JSON Pointer of the element, as the reader names it
     * @param start the offset of the start tag's {@code <}
     * @param startEnd the offset just after the start tag
     * @param endStart the offset of the end tag's {@code <}
     * @param end the offset just after the end tag
     * @param leaf whether the element holds text only
     * @param listItem whether the element is an item of a list
     * @param parent the parent's name, or the empty string for the root
     */
    record Element(String name, String pointer, int start, int startEnd, int endStart, int end, boolean leaf,
            boolean listItem, String parent) {

        boolean root() {
            return parent.isEmpty();
        }

        String text(String document) {
            return document.substring(start, end);
        }

        @Override
        public String toString() {
            return root() ? "<" + name + ">" : parent + "/" + name + " at '" + pointer + "'";
        }
    }

    /**
     * The elements of a document that {@link XmlWriter} wrote, in document order: no comments, no CDATA, no
     * {@code >} in attribute values.
     */
    static List<Element> outline(String document) {
        List<Element> elements = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        int i = document.indexOf('<');
        while (i >= 0) {
            int close = document.indexOf('>', i);
            if (document.charAt(i + 1) == '?') {
                i = document.indexOf('<', close);
                continue;
            }
            if (document.charAt(i + 1) == '/') {
                Open o = open.pop();
                elements.set(o.index, new Element(o.name, o.pointer, o.start, o.startEnd, i, close + 1,
                        o.children == 0, o.listItem, o.parent));
            } else {
                String tag = document.substring(i + 1, close);
                String name = tag.split("[\\s/]", 2)[0];
                Open parent = open.peek();
                String pointer = "";
                boolean listItem = false;
                if (parent != null) {
                    listItem = LISTS.contains(parent.name);
                    pointer = parent.pointer + "/" + (listItem ? Integer.toString(parent.children) : name);
                    parent.children++;
                }
                Open o = new Open(name, pointer, i, close + 1, listItem, parent == null ? "" : parent.name,
                        elements.size());
                elements.add(null);
                if (tag.endsWith("/")) {
                    elements.set(o.index, new Element(name, pointer, i, close + 1, close + 1, close + 1, true,
                            listItem, o.parent));
                } else {
                    open.push(o);
                }
            }
            i = document.indexOf('<', close);
        }
        return elements;
    }

    private static final class Open {
        final String name;
        final String pointer;
        final int start;
        final int startEnd;
        final boolean listItem;
        final String parent;
        final int index;
        int children;

        Open(String name, String pointer, int start, int startEnd, boolean listItem, String parent, int index) {
            this.name = name;
            this.pointer = pointer;
            this.start = start;
            this.startEnd = startEnd;
            this.listItem = listItem;
            this.parent = parent;
            this.index = index;
        }
    }

    /** The 1-based line of an offset. */
    static long line(String document, int offset) {
        return 1 + document.substring(0, offset).chars().filter(ch -> ch == '\n').count();
    }

    /** The 1-based column of an offset. */
    static long column(String document, int offset) {
        return offset - document.lastIndexOf('\n', offset - 1);
    }
}
