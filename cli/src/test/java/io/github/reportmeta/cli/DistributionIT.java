package io.github.reportmeta.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The distribution archive as a user gets it: unpacked with {@code tar}, its launcher run through symbolic links, its
 * completion script loaded into bash, its man pages formatted. Runs after {@code package}, under failsafe.
 */
class DistributionIT {

    /** The archives' path without the extension, from the build: {@code target/reportmeta-VERSION}. */
    private static final String ARCHIVE = System.getProperty("reportmeta.distribution");

    private static final String VERSION = System.getProperty("reportmeta.version");

    @TempDir
    static Path work;

    /** The unpacked {@code reportmeta-VERSION} directory. */
    private static Path home;

    @BeforeAll
    static void unpackTheTarball() throws IOException {
        assertThat(ARCHIVE).as("system property reportmeta.distribution, set by the build").isNotNull();
        Run untar = run(List.of("tar", "-xzf", ARCHIVE + ".tar.gz", "-C", work.toString()), Map.of());
        assertThat(untar.exit()).as(untar.err()).isZero();
        home = work.resolve("reportmeta-" + VERSION);
    }

    /** The names of the subcommands, from the command's own model. */
    private static Set<String> subcommands() {
        return new CommandLine(new Reportmeta()).getSubcommands().keySet();
    }

    @Nested
    class TheArchive {

        @Test
        void holdsTheLaunchersLibrariesManPagesCompletionAndProjectFiles() throws IOException {
            Set<String> expected = new TreeSet<>(List.of(
                    "bin/reportmeta", "bin/reportmeta.bat", "completion/reportmeta", "man/man1/reportmeta.1",
                    "README.md", "LICENSE", "CHANGELOG.md"));
            for (String subcommand : subcommands()) {
                expected.add("man/man1/reportmeta-" + subcommand + ".1");
            }

            Map<Boolean, List<String>> libraryOrNot =
                    tarballFiles().stream().collect(Collectors.partitioningBy(name -> name.startsWith("lib/")));

            assertThat(libraryOrNot.get(false)).containsExactlyElementsOf(expected);
            assertThat(libraryOrNot.get(true))
                    .contains("lib/reportmeta-cli-" + VERSION + ".jar", "lib/reportmeta-core-" + VERSION + ".jar",
                            "lib/picocli-" + CommandLine.VERSION + ".jar")
                    .allMatch(name -> name.endsWith(".jar") && name.indexOf('/', "lib/".length()) < 0)
                    .noneMatch(name -> name.contains("jspecify") || name.contains("-all") || name.contains("junit"));
        }

        @Test
        void zipHoldsTheSameFilesAsTheTarball() throws IOException {
            Set<String> zipped = new TreeSet<>();
            try (ZipFile zip = new ZipFile(ARCHIVE + ".zip")) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (!entry.isDirectory()) {
                        assertThat(entry.getName()).startsWith("reportmeta-" + VERSION + "/");
                        zipped.add(entry.getName().substring(("reportmeta-" + VERSION + "/").length()));
                    }
                }
            }

            assertThat(zipped).containsExactlyElementsOf(tarballFiles());
        }

        @Test
        void unpacksTheShellLauncherExecutable() {
            assertThat(home.resolve("bin/reportmeta")).isExecutable();
        }

        @Test
        void shipsTheWindowsLauncherWithCrlfLineEndingsRunningTheSameMainClass() throws IOException {
            String bat = Files.readString(home.resolve("bin/reportmeta.bat"), StandardCharsets.UTF_8);

            assertThat(bat).contains(Main.class.getName()).contains("%JAVA_OPTS%").contains("%*").endsWith("\r\n");
            assertThat(bat.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        }

        private Set<String> tarballFiles() {
            Run list = run(List.of("tar", "-tzf", ARCHIVE + ".tar.gz"), Map.of());
            assertThat(list.exit()).as(list.err()).isZero();
            String prefix = "reportmeta-" + VERSION + "/";
            Set<String> files = new TreeSet<>();
            for (String line : list.out().split("\n")) {
                assertThat(line).startsWith(prefix);
                if (!line.endsWith("/")) {
                    files.add(line.substring(prefix.length()));
                }
            }
            return files;
        }
    }

    @Nested
    class TheLauncher {

        @Test
        void printsTheVersionThroughASymbolicLinkInAnotherDirectory() throws IOException {
            Path onPath = Files.createDirectories(work.resolve("path-a"));
            Path link = Files.createSymbolicLink(onPath.resolve("reportmeta"), home.resolve("bin/reportmeta"));

            Run version = run(List.of(link.toString(), "--version"), javaHome());

            assertThat(version.err()).isEmpty();
            assertThat(version.out()).isEqualTo("reportmeta " + VERSION + "\n");
            assertThat(version.exit()).isZero();
        }

        @Test
        void listsTheFormatsThroughAChainOfRelativeLinks() throws IOException {
            Path first = Files.createDirectories(work.resolve("path-b/first"));
            Path second = Files.createDirectories(work.resolve("path-b/second"));
            Files.createSymbolicLink(first.resolve("reportmeta"), first.relativize(home.resolve("bin/reportmeta")));
            Path link = Files.createSymbolicLink(second.resolve("rm"), Path.of("../first/reportmeta"));

            Run formats = run(List.of(link.toString(), "formats"), javaHome());

            assertThat(formats.exit()).as(formats.err()).isZero();
            assertThat(formats.out().lines().map(line -> line.split(" +")[0]))
                    .contains("NAME", "json", "xml", "oai_dc", "bibtex", "csl-json");
        }

        @Test
        void findsItsHomeFromARelativePathWhateverCdpathSays() {
            Map<String, String> environment = new HashMap<>(javaHome());
            environment.put("CDPATH", ".:" + work);

            Run version = run(List.of("bin/reportmeta", "--version"), environment, home);

            assertThat(version.err()).isEmpty();
            assertThat(version.out()).isEqualTo("reportmeta " + VERSION + "\n");
        }

        @Test
        void passesEachArgumentWhole() throws IOException {
            Path catalogue = Files.copy(Path.of(Fixtures.path("valid-catalogue.json")),
                    work.resolve("a catalogue  with * and $HOME.json"));

            Run validate = run(List.of(home.resolve("bin/reportmeta").toString(), "validate", catalogue.toString()),
                    javaHome());

            assertThat(validate.exit()).as(validate.err()).isZero();
        }

        @Test
        void exitsWithTheCommandsStatus() {
            String launcher = home.resolve("bin/reportmeta").toString();

            assertThat(run(List.of(launcher, "validate", Fixtures.path("invalid-catalogue.json")), javaHome()).exit())
                    .isEqualTo(ExitCode.INVALID.code());
            assertThat(run(List.of(launcher, "no-such-command"), javaHome()).exit()).isEqualTo(ExitCode.USAGE.code());
        }

        @Test
        void givesJavaOptsToTheJvm() {
            Map<String, String> environment = new HashMap<>(javaHome());
            environment.put("JAVA_OPTS", "-Dreportmeta.probe=seen -XshowSettings:properties");

            Run version = run(List.of(home.resolve("bin/reportmeta").toString(), "--version"), environment);

            assertThat(version.exit()).isZero();
            assertThat(version.err()).contains("reportmeta.probe = seen");
        }

        @Test
        void runsTheJavaOfJavaHomeOnTheLibrariesWithTheArgumentsAndItsStatus() throws IOException {
            Path fakeJdk = Files.createDirectories(work.resolve("fake-jdk/bin"));
            Path java = Files.writeString(fakeJdk.resolve("java"), "#!/bin/sh\nprintf '%s\\n' \"$@\"\nexit 42\n");
            assertThat(java.toFile().setExecutable(true)).isTrue();

            Map<String, String> environment = new HashMap<>();
            environment.put("JAVA_HOME", fakeJdk.getParent().toString());
            environment.put("JAVA_OPTS", null);

            Run run = run(List.of(home.resolve("bin/reportmeta").toString(), "validate", "two words", ""), environment);

            assertThat(run.exit()).isEqualTo(42);
            assertThat(run.out().split("\n", -1)).containsExactly(
                    "-cp", home.toRealPath() + "/lib/*", Main.class.getName(), "validate", "two words", "", "");
        }

        @Test
        void saysSoWhenJavaHomeHasNoJava() {
            Run run = run(List.of(home.resolve("bin/reportmeta").toString(), "--version"),
                    Map.of("JAVA_HOME", work.resolve("no-jdk-here").toString()));

            assertThat(run.exit()).isEqualTo(127);
            assertThat(run.err()).contains("JAVA_HOME").contains("no-jdk-here");
        }

        @Test
        void saysSoWhenNoJavaIsOnThePath() throws IOException {
            // A PATH with only what the script needs besides java (copies: JUnit warns of links out of its directory).
            Path tools = Files.createDirectories(work.resolve("tools-without-java"));
            for (String tool : List.of("ls", "dirname")) {
                Files.copy(onPath(tool), tools.resolve(tool), StandardCopyOption.COPY_ATTRIBUTES);
            }
            Map<String, String> environment = new HashMap<>();
            environment.put("JAVA_HOME", null);
            environment.put("PATH", tools.toString());

            Run run = run(List.of(home.resolve("bin/reportmeta").toString(), "--version"), environment);

            assertThat(run.exit()).isEqualTo(127);
            assertThat(run.err()).contains("no java on the PATH");
        }

        private Map<String, String> javaHome() {
            return Map.of("JAVA_HOME", System.getProperty("java.home"));
        }
    }

    @Nested
    class TheBashCompletion {

        @Test
        void offersEverySubcommandAfterTheCommandName() {
            assertThat(complete("reportmeta ")).containsAll(subcommands());
        }

        @Test
        void completesAPrefixOfASubcommand() {
            assertThat(complete("reportmeta conv")).containsExactly("convert");
        }

        @Test
        void offersTheOptionsOfASubcommand() {
            assertThat(complete("reportmeta convert --")).contains("--to", "--from", "--lossless", "--notes");
        }

        /** What bash offers for this line with the cursor at its end, as the loaded completion function answers. */
        private List<String> complete(String line) {
            String script = String.join("\n",
                    "source \"$1\"",
                    "read -r -a COMP_WORDS <<< \"$2\"",
                    "[[ $2 == *' ' ]] && COMP_WORDS+=('')",
                    "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))",
                    "COMP_LINE=$2",
                    "COMP_POINT=${#COMP_LINE}",
                    // The function that the script registered for the command, called as bash calls it.
                    "spec=$(complete -p reportmeta) || exit 3",
                    "pattern='-F ([^ ]+)'",
                    "[[ $spec =~ $pattern ]] || exit 4",
                    "${BASH_REMATCH[1]} reportmeta \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"",
                    "printf '%s\\n' \"${COMPREPLY[@]}\"");
            Run run = run(List.of("bash", "--norc", "--noprofile", "-c", script, "bash",
                    home.resolve("completion/reportmeta").toString(), line), Map.of());
            assertThat(run.exit()).as(run.err()).isZero();
            return run.out().lines().map(String::strip).filter(word -> !word.isEmpty()).toList();
        }
    }

    @Nested
    class TheManPages {

        @Test
        void eachHasTheTroffHeaderNameAndSynopsisOfItsCommand() throws IOException {
            for (Path page : pages()) {
                String name = page.getFileName().toString().replaceFirst("\\.1$", "");
                String troff = Files.readString(page, StandardCharsets.UTF_8);

                assertThat(troff).as(name)
                        .containsPattern("(?m)^"
                                + Pattern.quote(".TH \"" + troffEscaped(name.toUpperCase(Locale.ROOT)) + "\" \"1\" \"")
                                + "\\d{4}-\\d{2}-\\d{2}"
                                + Pattern.quote("\" \"reportmeta " + troffEscaped(VERSION) + "\""))
                        .contains("\n.SH \"NAME\"\n" + name + " \\- ")
                        .contains("\n.SH \"SYNOPSIS\"\n")
                        .contains("\n.SH \"OPTIONS\"\n");
            }
        }

        private static String troffEscaped(String text) {
            return text.replace("-", "\\-");
        }

        @Test
        void formatWithoutWarnings() throws IOException {
            assumeGroff();
            for (Path page : pages()) {
                Run groff = run(List.of("groff", "-man", "-Tutf8", "-ww", "-z", page.toString()), Map.of());

                assertThat(groff.err()).as(page.toString()).isEmpty();
                assertThat(groff.exit()).isZero();
            }
        }

        @Test
        void describeTheSubcommandsOnTheCommandsPageAndTheOptionsOnEach() {
            assumeGroff();

            String main = format(home.resolve("man/man1/reportmeta.1"));
            String convert = format(home.resolve("man/man1/reportmeta-convert.1"));

            assertThat(main).contains("COMMANDS").contains(subcommands());
            assertThat(convert).contains("reportmeta convert").contains("--to=FORMAT").contains("--lossless");
        }

        private List<Path> pages() throws IOException {
            try (Stream<Path> files = Files.list(home.resolve("man/man1"))) {
                List<Path> pages = files.sorted().toList();
                assertThat(pages).hasSize(1 + subcommands().size());
                return pages;
            }
        }

        private String format(Path page) {
            Run groff = run(List.of("groff", "-man", "-Tutf8", "-P", "-cbou", page.toString()), Map.of());
            assertThat(groff.exit()).as(groff.err()).isZero();
            return groff.out().replace('\u2010', '-').replace('\u2212', '-');
        }

        private void assumeGroff() {
            assumeThat(onPathOrNull("groff")).as("groff on the PATH").isNotNull();
        }
    }

    private static Path onPath(String tool) {
        Path found = onPathOrNull(tool);
        assertThat(found).as(tool + " on the PATH").isNotNull();
        return found;
    }

    private static Path onPathOrNull(String tool) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, tool);
            if (!directory.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** A finished process: its exit status and what it printed. */
    private record Run(int exit, String out, String err) {}

    private static Run run(List<String> command, Map<String, String> environment) {
        return run(command, environment, Path.of("").toAbsolutePath());
    }

    /**
     * Runs a command to its end, in this directory, with these changes to the environment (a null value removes the
     * variable).
     */
    private static Run run(List<String> command, Map<String, String> environment, Path directory) {
        try {
            Path out = Files.createTempFile(work, "out", ".txt");
            Path err = Files.createTempFile(work, "err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command))
                    .directory(directory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            environment.forEach((name, value) -> {
                if (value == null) {
                    builder.environment().remove(name);
                } else {
                    builder.environment().put(name, value);
                }
            });
            Process process = builder.start();
            // Not a speed check: a bound, so that a hung process fails the test instead of the build.
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("still running after 2 minutes: " + command);
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted running " + command, e);
        }
    }
}
