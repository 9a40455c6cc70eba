package io.github.reportmeta.citation.csl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code pandoc} command as a third-party reader: absent, it skips the test, except in CI
 * ({@code CI=true}), where its absence fails it.
 */
final class PandocRunner {

    private static final long TIMEOUT_SECONDS = 120;

    private PandocRunner() {}

    /** Skips the calling test when pandoc is not installed, or fails it under {@code CI=true}. */
    static void requirePandoc() {
        boolean present = installed();
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(present).as("CI=true, but pandoc is not on the PATH (.ci/run installs it)").isTrue();
        }
        assumeTrue(present, "pandoc is not on the PATH");
    }

    private static boolean installed() {
        try {
            return run(new byte[0], "--version").startsWith("pandoc");
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /**
     * Runs pandoc with arguments, the input on its standard input.
     *
     * @return its standard output, UTF-8
     * @throws AssertionError when pandoc fails or takes longer than two minutes
     */
    static String run(byte[] input, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("pandoc");
        command.addAll(List.of(arguments));
        Path errors;
        Process process;
        try {
            errors = Files.createTempFile("pandoc", ".err");
            process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            try (OutputStream in = process.getOutputStream()) {
                in.write(input);
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("pandoc " + arguments[0] + " took longer than " + TIMEOUT_SECONDS + " s");
            }
            String stderr = Files.readString(errors, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError("pandoc " + String.join(" ", arguments) + " exited with " + process.exitValue()
                        + ": " + stderr);
            }
            return new String(output.join(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while pandoc ran", e);
        } finally {
            try {
                Files.deleteIfExists(errors);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
