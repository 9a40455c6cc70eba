package io.github.reportmeta.examples;

import io.github.reportmeta.Report;
import io.github.reportmeta.json.databind.ReportMetadataModule;
import java.io.PrintStream;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Puts model types into an application's own JSON documents through {@link ReportMetadataModule}. */
public final class EmbedInJackson {

    /**
     * An application's own document: a reading list that holds reports.
     *
     * @param owner who keeps the list
     * @param reports the reports on it
     */
    public record ReadingList(String owner, List<Report> reports) {}

    private EmbedInJackson() {}

    /**
     * Runs the example, printing to standard output.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Writes a reading list with the seed report and reads it back.
     *
     * @param out where to print
     * @return the list read back
     */
    public static ReadingList run(PrintStream out) {
        JsonMapper mapper = JsonMapper.builder().addModule(new ReportMetadataModule()).build();
        ReadingList list = new ReadingList("policy desk", List.of(QuickStart.seedReport().withoutMetrics()));

        String json = mapper.writeValueAsString(list);
        ReadingList back = mapper.readValue(json, ReadingList.class);

        out.println(json.substring(0, 120) + "...");
        out.println("read back equal: " + back.equals(list));
        return back;
    }
}
