package io.github.reportmeta.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Rules over the whole library (core and every codec), checked here because the command line is the one module
 * that sees them all: packages depend on each other without cycles, and no library package knows the command line.
 */
class LibraryArchitectureTest {

    private static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.reportmeta");

    /**
     * Sub-packages depend on each other without cycles. Two kinds of dependency are by design and left out: a
     * constraint validator in {@code validation.internal} names the public annotation it validates (the Hibernate
     * Validator convention), and the model's records carry those annotations (classes of the root package are not
     * a slice here).
     */
    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        slices().matching("io.github.reportmeta.(**)").should().beFreeOfCycles()
                .ignoreDependency(JavaClass.Predicates.resideInAPackage("io.github.reportmeta.validation.internal"),
                        DescribedPredicate.describe("constraint annotations", JavaClass::isAnnotation))
                .check(LIBRARY.that(JavaClass.Predicates.resideOutsideOfPackage("io.github.reportmeta.cli..")));
    }

    @Test
    void noLibraryPackageKnowsTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("io.github.reportmeta.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.github.reportmeta.cli..")
                .orShould().dependOnClassesThat().resideInAPackage("picocli..")
                .check(LIBRARY);
    }
}
