package com.reportworkbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core knows nothing of JavaFX: only the ui packages may use it, and the core never uses ui. */
@AnalyzeClasses(packages = "com.reportworkbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses()
            .that().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..", "atlantafx..")
            .because("import, text, extraction, store, export and command line must run without JavaFX");

    @ArchTest
    static final ArchRule coreDoesNotReachIntoUi = noClasses()
            .that().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("..ui..")
            .because("the UI observes the core, never the other way round");

    @ArchTest
    static final ArchRule storeKnowsNothingOfCommandLineOrImport = noClasses()
            .that().resideInAPackage("..store..")
            .should().dependOnClassesThat().resideInAnyPackage("..cli..", "..importer..", "..export..", "picocli..")
            .because("the store is the bottom layer");
}
