package io.github.reportmeta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs an example as a named module, on the module path, in a child JVM: the module descriptors, the packages
 * opened to Hibernate Validator and Jackson, and the formats' {@code provides} are checked for real, which the
 * class-path tests cannot do.
 */
class ModulePathTest {

    private static final List<String> TEST_LIBRARIES = List.of(
            "junit", "opentest4j", "apiguardian", "assertj", "byte-buddy", "archunit", "surefire", "test-classes", "-tests.jar");

    @Test
    void theExamplesRunAsNamedModulesWithEveryCodecFoundThroughItsModuleDescriptor() throws Exception {
        String output = runOnTheModulePath("WriteFormats");

        assertThat(output).contains("strict validation: valid");
        assertThat(output).containsPattern("== xml: \\d+ bytes, 0 fields dropped");
        assertThat(output).contains("<dc:creator>Long, Haibo</dc:creator>");
    }

    @Test
    void theJacksonModuleWorksInANamedModuleThatRequiresDatabindItself() throws Exception {
        // io-json requires databind only statically; the example's own "requires tools.jackson.databind" brings it.
        String output = runOnTheModulePath("EmbedInJackson");

        assertThat(output).startsWith("{\"owner\":\"policy desk\",\"reports\":[{\"id\":\"drc-2018-215\"");
        assertThat(output).endsWith("read back equal: true\n");
    }

    private static String runOnTheModulePath(String example) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String modulePath = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> TEST_LIBRARIES.stream().noneMatch(entry::contains))
                .collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Process process = new ProcessBuilder(java, "--module-path", modulePath,
                "-m", "io.github.reportmeta.examples/io.github.reportmeta.examples." + example)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
