package org.llmcostplanner.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class AnalysisArchitectureTest {

    private final JavaClasses analysis = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.llmcostplanner.analysis");

    @Test
    void analysisIsPureJavaWithoutUiOrAwt() {
        noClasses().that().resideInAPackage("org.llmcostplanner.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "org.jfree..",
                        "org.llmcostplanner.ui..", "org.llmcostplanner.cli..", "org.llmcostplanner.io..")
                .check(analysis);
    }
}
