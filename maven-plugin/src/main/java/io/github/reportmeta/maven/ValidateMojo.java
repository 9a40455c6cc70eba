package io.github.reportmeta.maven;

import io.github.reportmeta.cli.ExitCode;
import io.github.reportmeta.cli.Reportmeta;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the catalogues of a project: every file under {@code src/main/metadata} (or as configured) is read to
 * the end in its format and validated, each problem is logged as {@code file:line:column: severity [code] pointer:
 * message}, JUnit XML goes under {@code target/} for the CI server, and the build fails on errors (or warnings, if
 * asked). The work is that of {@code reportmeta validate}, so the plugin and the command never disagree.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends AbstractMojo {

    /** Kept so that the level set on it is not lost with a collected logger (as in the command's Main). */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    /** The folder of the catalogues. */
    @Parameter(property = "reportmeta.directory", defaultValue = "${project.basedir}/src/main/metadata")
    private File directory;

    /** Glob patterns, relative to the folder, of the files to validate; all files when empty. */
    @Parameter
    private List<String> includes = new ArrayList<>();

    /** Glob patterns, relative to the folder, of files to leave out. */
    @Parameter
    private List<String> excludes = new ArrayList<>();

    /** The format of every file; found from each file's content and extension when not set. */
    @Parameter(property = "reportmeta.format")
    private String format;

    /** {@code default}, or {@code strict} for catalogues ready to publish. */
    @Parameter(property = "reportmeta.profile", defaultValue = "default")
    private String profile;

    /** {@code error}: fail on errors; {@code warning}: on warnings too. */
    @Parameter(property = "reportmeta.failOn", defaultValue = "error")
    private String failOn;

    /** The language of the messages: {@code en} or {@code zh}. */
    @Parameter(property = "reportmeta.locale", defaultValue = "en")
    private String locale;

    /** Read past what the readers can recover from, each as a warning. */
    @Parameter(property = "reportmeta.lenient", defaultValue = "false")
    private boolean lenient;

    /** The JUnit XML report. */
    @Parameter(property = "reportmeta.junitReport",
            defaultValue = "${project.build.directory}/reportmeta-reports/TEST-reportmeta.xml")
    private File junitReport;

    /** Skips the validation. */
    @Parameter(property = "reportmeta.skip", defaultValue = "false")
    private boolean skip;

    /** Used by Maven, which sets the parameters. */
    public ValidateMojo() {}

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("reportmeta: validation skipped");
            return;
        }
        // Hibernate Validator announces its version through java.util.logging, which Maven prints raw.
        VALIDATOR_LOG.setLevel(Level.WARNING);
        List<Path> files = files();
        if (files.isEmpty()) {
            log.info("reportmeta: no catalogue to validate under " + directory);
            return;
        }
        try {
            Files.createDirectories(junitReport.toPath().toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot create the folder of " + junitReport + ": " + e.getMessage(), e);
        }
        List<String> args = new ArrayList<>(List.of("validate", "--profile", profile, "--fail-on", failOn,
                "--locale", locale, "--junit", junitReport.toString()));
        if (format != null && !format.isBlank()) {
            args.add("--from");
            args.add(format);
        }
        if (lenient) {
            args.add("--lenient");
        }
        args.add("--");
        files.forEach(f -> args.add(f.toString()));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Reportmeta(InputStream.nullInputStream(), out, err, false).run(args.toArray(String[]::new));
        String text = out.toString(StandardCharsets.UTF_8);
        text.lines().forEach(line -> logProblem(log, line));
        err.toString(StandardCharsets.UTF_8).lines().forEach(log::warn);

        if (exit == ExitCode.INVALID.code()) {
            throw new MojoFailureException("reportmeta: the catalogues are not valid ("
                    + text.lines().reduce((a, b) -> b).orElse("") + "); JUnit report: " + junitReport);
        }
        if (exit != ExitCode.OK.code()) {
            throw new MojoExecutionException("reportmeta: validation could not run (exit " + exit + "): "
                    + err.toString(StandardCharsets.UTF_8).strip());
        }
    }

    /** The text report's lines: a problem at its severity, the closing summary as information. */
    private static void logProblem(Log log, String line) {
        if (line.contains(": error [")) {
            log.error(line);
        } else if (line.contains(": warning [")) {
            log.warn(line);
        } else {
            log.info("reportmeta: " + line);
        }
    }

    /** The files under the folder that an include matches (or all) and no exclude matches, in a stable order. */
    private List<Path> files() throws MojoExecutionException {
        Path root = directory.toPath();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        Globs included = new Globs(includes);
        Globs excluded = new Globs(excludes);
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        Path relative = root.relativize(p);
                        return (includes.isEmpty() || included.matches(relative)) && !excluded.matches(relative);
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }
}
