package io.github.reportmeta.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTest {

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Nested
    class ReplacingAFile {

        @Test
        void theTemporaryFileHasTheOldModeBeforeAnyDataGoesIn() throws Exception {
            Path file = Files.writeString(dir.resolve("out.json"), "old content");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));

            Output out = Output.open(file.toString(), OutputStream.nullOutputStream());
            try {
                List<Path> parts = files().stream().filter(p -> p.getFileName().toString().endsWith(".part")).toList();
                assertThat(parts).singleElement().satisfies(part -> {
                    assertThat(part.getFileName().toString()).startsWith(".out.json.");
                    assertThat(Files.size(part)).isZero();
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(part))).isEqualTo("rw-rw----");
                });
            } finally {
                out.abort(new IllegalStateException("the test is over"));
            }
            assertThat(files()).containsExactly(file);
            assertThat(file).hasContent("old content");
        }

        @Test
        void commitMovesTheWrittenFileIntoPlace() throws Exception {
            Path file = Files.writeString(dir.resolve("out.json"), "old content");

            Output out = Output.open(file.toString(), OutputStream.nullOutputStream());
            out.stream().write("new content".getBytes(StandardCharsets.UTF_8));
            out.commit();

            assertThat(files()).containsExactly(file);
            assertThat(file).hasContent("new content");
        }

        @Test
        void abortKeepsTheOldFileAndHandsBackAFailedWrite() throws Exception {
            Path file = Files.writeString(dir.resolve("out.json"), "old content");
            Output out = Output.open(file.toString(), OutputStream.nullOutputStream());
            out.stream().write("half".getBytes(StandardCharsets.UTF_8));

            RuntimeException failure = new IllegalStateException("the conversion failed");

            assertThat(out.abort(failure)).isSameAs(failure);
            assertThat(files()).containsExactly(file);
            assertThat(file).hasContent("old content");
        }
    }

    @Nested
    class StandardOutput {

        @Test
        void aFailedWriteIsRememberedAndWinsOverTheExceptionAWriterWrappedItIn() {
            OutputStream broken = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("Broken pipe");
                }
            };
            Output out = Output.open(null, broken);

            assertThatThrownBy(() -> out.stream().write(new byte[] {1, 2, 3}))
                    .isInstanceOf(WriteException.class)
                    .hasMessage("cannot write to standard output: Broken pipe");
            assertThatThrownBy(() -> out.stream().flush()).isInstanceOf(WriteException.class);
            RuntimeException wrapped = new IllegalStateException("a writer's own wrapper");

            assertThat(out.abort(wrapped)).isInstanceOf(WriteException.class).hasSuppressedException(wrapped);
        }
    }
}
