package org.llmcostplanner.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The catalog is used by the CLI and the UI alike, so it must not depend on either or on JavaFX. */
class CatalogLayerTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.llmcostplanner.catalog");

    @Test
    void catalogUsesNeitherJavaFxNorTheUiNorTheCli() {
        noClasses().that().resideInAPackage("org.llmcostplanner.catalog..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..",
                        "org.llmcostplanner.ui..", "org.llmcostplanner.cli..")
                .check(classes);
    }
}
