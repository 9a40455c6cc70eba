package io.github.reportmeta;

/** The genre of a report, as publishers of grey literature name it. */
public enum ReportType implements Coded {
    /** A research report, the default genre of think tanks and research centres. */
    RESEARCH_REPORT("Research Report"),
    /** A working paper: research in progress, circulated for comment. */
    WORKING_PAPER("Working Paper"),
    /** A short paper that argues for a policy. */
    POLICY_BRIEF("Policy Brief"),
    /** A discussion paper. */
    DISCUSSION_PAPER("Discussion Paper"),
    /** A technical report. */
    TECHNICAL_REPORT("Technical Report"),
    /** A paper given at a conference. */
    CONFERENCE_PAPER("Conference Paper"),
    /** A book or monograph. */
    BOOK("Book"),
    /** An article in a journal or magazine. */
    ARTICLE("Article"),
    /** Any other genre. */
    OTHER("Other");

    private final String label;

    ReportType(String label) {
        this.label = label;
    }

    /**
     * The English name of the genre, such as "Working Paper".
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The type with a code, ignoring case.
     *
     * @param code a code such as {@code policy-brief}
     * @return the type
     * @throws InvalidValueException if no type has that code
     */
    public static ReportType ofCode(String code) {
        return Codes.lookup(ReportType.class, code, "report type");
    }
}
