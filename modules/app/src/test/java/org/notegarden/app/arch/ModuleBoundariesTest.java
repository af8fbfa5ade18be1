package org.notegarden.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the modular monolith modular: faces only, one-way dependencies, a dependency-free
 * SPI, entities inside. The fixture tests prove each rule can fail.
 */
class ModuleBoundariesTest {
    private static final String ROOT = "org.notegarden";
    private static final List<String> MODULES = List.of("platform", "i18n", "compliance", "community", "commerce", "demo");
    private static final List<String> ALL = List.of("platform", "i18n", "compliance", "community", "commerce",
            "storefront", "demo", "app");
    private static JavaClasses production;
    private static JavaClasses fixture;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")) // the platform's test jar is test code too
                .importPackages(ROOT);
        fixture = new ClassFileImporter().importPackages("org.notegarden.archfixture");
        assertTrue(production.size() > 100, "imported the modules: " + production.size());
    }

    @Test
    void modulesUseOnlyEachOthersFaces() {
        ModuleRules.onlyFacesAreShared(ROOT, MODULES).check(production);
    }

    @Test
    void modulesHaveNoCycles() {
        ModuleRules.noCycles(ROOT).check(production);
    }

    @Test
    void facesHoldWhatTheirModuleOwns() {
        ModuleRules.facesHoldOnlyOwnedTypes(ROOT, List.of("i18n", "compliance", "community", "commerce")).check(production);
    }

    @Test
    void thePlatformIsASharedKernel() {
        ModuleRules.kernelIsShared(ROOT, "platform").check(production);
    }

    @Test
    void partsOfAModuleHaveNoCycles() {
        ModuleRules.noCyclesInsideModules(ROOT).check(production);
    }

    @Test
    void dependenciesPointOneWay() {
        ModuleRules.dependsOnlyOn(ROOT, "platform", List.of(), ALL).check(production);
        ModuleRules.dependsOnlyOn(ROOT, "i18n", List.of("platform"), ALL).check(production);
        ModuleRules.dependsOnlyOn(ROOT, "compliance", List.of("platform", "i18n"), ALL).check(production);
        ModuleRules.dependsOnlyOn(ROOT, "community", List.of("platform", "i18n", "compliance"), ALL).check(production);
        // Commerce sells what community's notes show: it implements community's ports and
        // fires the events community observes, never the other way.
        ModuleRules.dependsOnlyOn(ROOT, "commerce", List.of("platform", "i18n", "compliance", "community", "storefront"), ALL).check(production);
        // Demo seeding acts through the faces of community and commerce; only the app knows it.
        ModuleRules.dependsOnlyOn(ROOT, "demo", List.of("platform", "community", "commerce"), ALL).check(production);
    }

    /** jakarta.json.Json looks its provider up on every call (platform README); main code builds JSON through Jsons. */
    @Test
    void jsonIsBuiltThroughJsons() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that().doNotHaveFullyQualifiedName("org.notegarden.platform.api.Jsons")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.json.Json")
                .check(production);
    }

    @Test
    void storefrontSpiDependsOnTheJdkOnly() {
        classes().that().resideInAPackage("org.notegarden.storefront.spi..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.notegarden.storefront.spi..")
                .check(production);
    }

    @Test
    void resourcesLeavePersistenceToServices() {
        ModuleRules.resourcesLeavePersistenceToServices(ROOT).check(production);
    }

    @Test
    void servicesLeaveQueriesToRepositories() {
        ModuleRules.servicesLeaveQueriesToRepositories(ROOT).check(production);
    }

    @Test
    void theServiceRuleCatchesAServiceThatQueriesItself() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ModuleRules.servicesLeaveQueriesToRepositories("org.notegarden.archfixture").check(fixture));
        assertTrue(e.getMessage().contains("QueryingService"), e.getMessage());
    }

    @Test
    void theResourceRuleCatchesAResourceThatQueriesItself() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ModuleRules.resourcesLeavePersistenceToServices("org.notegarden.archfixture").check(fixture));
        assertTrue(e.getMessage().contains("FatResource"), e.getMessage());
    }

    @Test
    void inputIsCheckedByRulesNotBeanValidation() {
        ModuleRules.inputIsCheckedByRulesNotBeanValidation(ROOT).check(production);
    }

    @Test
    void theValidationRuleCatchesAConstraintAnnotation() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ModuleRules.inputIsCheckedByRulesNotBeanValidation("org.notegarden.archfixture").check(fixture));
        assertTrue(e.getMessage().contains("ConstrainedBody"), e.getMessage());
    }

    @Test
    void entitiesLiveInsideModules() {
        ModuleRules.entitiesStayInside(ROOT).check(production);
    }

    @Test
    void theFaceRuleCatchesAModuleReachingIntoAnother() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ModuleRules.onlyFacesAreShared("org.notegarden.archfixture", List.of("alpha", "beta")).check(fixture));
        assertTrue(e.getMessage().contains("Thief"), e.getMessage());
    }

    @Test
    void theCycleRuleCatchesModulesThatNeedEachOther() {
        assertThrows(AssertionError.class, () -> ModuleRules.noCycles("org.notegarden.archfixture").check(fixture));
    }

    @Test
    void theDirectionRuleCatchesALowerModuleUsingAHigherOne() {
        assertThrows(AssertionError.class, () -> ModuleRules.dependsOnlyOn("org.notegarden.archfixture", "alpha",
                List.of(), List.of("alpha", "beta")).check(fixture));
    }

    @Test
    void theFaceOwnershipRuleCatchesAPortNoOneInsideUses() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ModuleRules.facesHoldOnlyOwnedTypes("org.notegarden.archfixture", List.of("gamma")).check(fixture));
        assertTrue(e.getMessage().contains("StrayPort"), e.getMessage());
    }

    @Test
    void theKernelRuleCatchesATypeOnlyOneModuleUses() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ModuleRules.kernelIsShared("org.notegarden.archfixture", "kernel").check(fixture));
        assertTrue(e.getMessage().contains("Lonely"), e.getMessage());
    }

    @Test
    void thePartCycleRuleCatchesTwoPackagesOfAModuleThatNeedEachOther() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ModuleRules.noCyclesInsideModules("org.notegarden.archfixture").check(fixture));
        assertTrue(e.getMessage().contains("gamma - internal.upstream"), e.getMessage());
    }

    @Test
    void theEntityRuleCatchesAnEntityInAFace() {
        assertThrows(AssertionError.class, () -> ModuleRules.entitiesStayInside("org.notegarden.archfixture").check(fixture));
    }
}
