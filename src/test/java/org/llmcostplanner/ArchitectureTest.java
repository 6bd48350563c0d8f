package org.llmcostplanner;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the layers apart: the numbers (model) depend on nothing else of ours; only the window
 * (ui) may touch JavaFX, so the CLI, the charts' PNG export and the analyses run without a
 * display; and nothing but the entry point reaches into the window.
 *
 * <p>Packages are named in full: a pattern like "..chart.." would also match ui.chart, which is
 * JavaFX by design. Packages that do not exist yet (io, cli, chart, analysis, ui on an early
 * branch) are allowed to be empty rather than failing the build.
 */
@AnalyzeClasses(packages = "org.llmcostplanner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.llmcostplanner";
    private static final String MODEL = ROOT + ".model..";
    private static final String UI = ROOT + ".ui..";

    /** The entry point that opens the window, and any nested class of it (lambdas, holders). */
    private static final DescribedPredicate<JavaClass> ENTRY_POINT = DescribedPredicate.describe(
            "the entry point " + ROOT + ".Main",
            c -> c.getName().equals(ROOT + ".Main") || c.getName().startsWith(ROOT + ".Main$"));

    @ArchTest
    static final ArchRule modelIsFreeOfUiToolkits = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
            .because("the cost model is pure Java, shared by the window, the CLI and the analyses");

    @ArchTest
    static final ArchRule headlessPackagesAreFreeOfJavaFx = noClasses()
            .that().resideInAnyPackage(ROOT + ".io..", ROOT + ".cli..", ROOT + ".chart..", ROOT + ".analysis..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("files, the command line, PNG export and analyses must run without a display")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule modelDependsOnNothingElseOfOurs = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAPackage(MODEL))))
            .because("every other layer builds on the model, never the other way round");

    @ArchTest
    static final ArchRule onlyTheEntryPointReachesIntoTheWindow = noClasses()
            .that().resideOutsideOfPackage(UI).and(not(ENTRY_POINT))
            .should().dependOnClassesThat(resideInAnyPackage(UI))
            .because("the window sits on top; the model, files, CLI, charts and analyses must not need it");
}
