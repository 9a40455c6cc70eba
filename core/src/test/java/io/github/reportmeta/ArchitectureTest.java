package io.github.reportmeta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.reportmeta");

    @Test
    void coreKnowsNoCodecAndNoSerialisationLibrary() {
        noClasses()
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.github.reportmeta.json..", "io.github.reportmeta.xml..", "io.github.reportmeta.dc..",
                        "io.github.reportmeta.text..", "io.github.reportmeta.cli..",
                        "tools.jackson..", "com.fasterxml..", "javax.xml..", "picocli..")
                .check(CORE);
    }

    @Test
    void theFormatSpiKnowsNothingOfValidation() {
        noClasses().that().resideInAPackage("io.github.reportmeta.format..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.reportmeta.validation..", "jakarta.validation..")
                .check(CORE);
    }

    @Test
    void theModelDoesNotReachIntoValidationInternals() {
        noClasses().that().resideInAPackage("io.github.reportmeta")
                .should().dependOnClassesThat().resideInAPackage("io.github.reportmeta.validation.internal..")
                .check(CORE);
    }
}
