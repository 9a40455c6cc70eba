package io.github.reportmeta.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * jackson-databind is optional: the {@code json} and {@code jsonl} formats read and write without it, on the
 * class path and on the module path, and only the Jackson module's package may depend on it.
 */
class DatabindOptionalTest {

    private static final String DATABIND_PACKAGE = "tools.jackson.databind..";

    /** The test class path as surefire gives it, every entry. */
    private static List<Path> testClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator)).map(Path::of).toList();
    }

    private static boolean isDatabind(Path entry) {
        return entry.getFileName().toString().startsWith("jackson-databind");
    }

    private static List<Path> withoutDatabind() {
        List<Path> all = testClassPath();
        assertThat(all).as("the test class path holds jackson-databind, so that leaving it out means something")
                .anyMatch(DatabindOptionalTest::isDatabind);
        return all.stream().filter(entry -> !isDatabind(entry)).toList();
    }

    private static Path mainClasses() throws URISyntaxException {
        return Path.of(JsonFormat.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Nested
    class OnTheClassPathWithoutDatabind {

        private URLClassLoader isolated() throws MalformedURLException {
            List<URL> urls = new ArrayList<>();
            for (Path entry : withoutDatabind()) {
                urls.add(entry.toUri().toURL());
            }
            return new URLClassLoader("without-databind", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        }

        @Test
        void theIsolatedLoaderCannotSeeDatabind() throws Exception {
            try (URLClassLoader loader = isolated()) {
                assertThatThrownBy(() -> Class.forName("tools.jackson.databind.JacksonModule", false, loader))
                        .isInstanceOf(ClassNotFoundException.class);
                assertThat(Class.forName(JsonFormat.class.getName(), false, loader)).isNotSameAs(JsonFormat.class);
            }
        }

        @Test
        void writesAndReadsJsonAndJsonLinesExactlyAsWithDatabindPresent() throws Exception {
            Map<String, String> withDatabind = StreamingProbe.run();

            Object withoutDatabind;
            try (URLClassLoader loader = isolated()) {
                Method run = Class.forName(StreamingProbe.class.getName(), true, loader).getMethod("run");
                withoutDatabind = run.invoke(null);
            }

            assertThat(withDatabind)
                    .containsEntry("json reads back equal", "true")
                    .containsEntry("jsonl reads back equal", "true");
            assertThat(withDatabind.get("jsonl refuses")).contains("unknown property 'colour'");
            assertThat(withoutDatabind).isEqualTo(withDatabind);
        }
    }

    @Nested
    class OnTheModulePathWithoutDatabind {

        @Test
        void theModuleResolvesAndItsFormatsReadWithoutDatabind() throws Exception {
            Path testClasses = Path.of(StreamingProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path[] modulePath = withoutDatabind().stream()
                    .filter(entry -> !entry.equals(testClasses) && Files.exists(entry))
                    .filter(entry -> !entry.getFileName().toString().endsWith("-tests.jar")
                            && !entry.endsWith(Path.of("core", "target", "test-classes")))
                    .toArray(Path[]::new);
            Configuration configuration = Configuration.resolveAndBind(ModuleFinder.of(modulePath),
                    List.of(ModuleLayer.boot().configuration()), ModuleFinder.of(), Set.of("io.github.reportmeta.json"));

            assertThat(configuration.modules().stream().map(ResolvedModule::name).collect(Collectors.toSet()))
                    .contains("io.github.reportmeta.json", "tools.jackson.core")
                    .doesNotContain("tools.jackson.databind");

            ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
            ClassLoader loader = layer.findLoader("io.github.reportmeta.json");
            Class<?> spi = loader.loadClass("io.github.reportmeta.format.ReportFormat");
            Class<?> options = loader.loadClass("io.github.reportmeta.format.ReadOptions");
            Object jsonl = ServiceLoader.load(layer, spi).stream()
                    .map(ServiceLoader.Provider::get)
                    .filter(format -> format.getClass().getName().equals(JsonLinesFormat.class.getName()))
                    .findFirst()
                    .orElseThrow();
            Object catalogue = spi.getMethod("readCatalogue", java.io.InputStream.class, options).invoke(jsonl,
                    new ByteArrayInputStream("{\"id\":\"r\",\"type\":\"book\"}\n".getBytes(StandardCharsets.UTF_8)),
                    options.getMethod("of", String.class).invoke(null, "module-path.jsonl"));

            assertThat(catalogue.getClass().getModule().getLayer()).isSameAs(layer);
            assertThat(catalogue.toString()).contains("reports=[Report[id=r, ", "type=BOOK");
        }
    }

    @Nested
    class Architecture {

        @Test
        void onlyTheDatabindPackageDependsOnDatabind() throws URISyntaxException {
            JavaClasses classes = new ClassFileImporter().importPath(mainClasses());

            noClasses().that().resideOutsideOfPackage("io.github.reportmeta.json.databind..")
                    .should().dependOnClassesThat().resideInAPackage(DATABIND_PACKAGE)
                    .check(classes);
        }

        @Test
        void theDatabindPackageIsWhereTheModuleIs() throws URISyntaxException {
            JavaClasses classes = new ClassFileImporter().importPath(mainClasses());

            assertThat(classes.get("io.github.reportmeta.json.databind.ReportMetadataModule")
                            .getDirectDependenciesFromSelf())
                    .anyMatch(dependency -> dependency.getTargetClass().getPackageName().startsWith("tools.jackson.databind"));
        }
    }
}
