package org.notegarden.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/**
 * The house rules as ArchUnit rules, parameterised by root package so the same rules can be
 * shown to fail on a fixture that breaks them.
 */
final class ModuleRules {
    private ModuleRules() {
    }

    /** Another module may use only a module's {@code api} package: nothing outside it. */
    static ArchRule onlyFacesAreShared(String root, List<String> modules) {
        List<ArchRule> rules = modules.stream().map(m -> (ArchRule) noClasses()
                .that().resideOutsideOfPackage(root + "." + m + "..")
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
                        .resideInAPackage(root + "." + m + "..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(root + "." + m + ".api..")))
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(root + "." + m)))
                )
                .as("only " + root + "." + m + ".api is used outside module " + m)).toList();
        return CompositeArchRule.of(rules);
    }

    /** Modules depend on each other without cycles. */
    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /**
     * Inside each module, its parts (the {@code api} face and each {@code internal.<part>}
     * package with what lies under it) depend on each other without cycles, so every part has
     * a place upstream or downstream of the others.
     */
    static ArchRule noCyclesInsideModules(String root) {
        return slices().assignedFrom(new ModuleParts(root)).should().beFreeOfCycles()
                .as("the parts of each module depend on each other without cycles");
    }

    /**
     * A port or event sits in the face of the module that owns it: each top-level interface or
     * record of {@code <module>.api} is implemented, fired, observed or otherwise used inside
     * that module. A port or event that only other modules use belongs to one of them. (Classes
     * that carry their own code, like text helpers, are the module's own by construction.)
     */
    static ArchRule facesHoldOnlyOwnedTypes(String root, List<String> modules) {
        List<ArchRule> rules = modules.stream().map(m -> (ArchRule) classes()
                .that().resideInAPackage(root + "." + m + ".api").and().areTopLevelClasses()
                .and(FaceUse.PORTS_AND_EVENTS)
                .should(FaceUse.usedInside(root + "." + m))
                .allowEmptyShould(true)
                .as("the types of " + m + ".api are used inside " + m)).toList();
        return CompositeArchRule.of(rules);
    }

    /**
     * The shared kernel stays a kernel: every top-level type of {@code <kernel>.api} is used by
     * the kernel itself (its own ports) or by at least two other modules; a type that serves one
     * module lives in that module.
     */
    static ArchRule kernelIsShared(String root, String kernel) {
        return classes().that().resideInAPackage(root + "." + kernel + ".api").and().areTopLevelClasses()
                .and().doNotHaveSimpleName("package-info")
                .should(FaceUse.usedByModules(root, kernel, 2))
                .as("the types of " + kernel + ".api are shared by at least two modules");
    }

    /** A module may depend only on the modules listed for it. */
    static ArchRule dependsOnlyOn(String root, String module, List<String> allowed, List<String> all) {
        String[] forbidden = all.stream().filter(m -> !m.equals(module) && !allowed.contains(m))
                .map(m -> root + "." + m + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(root + "." + module + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .as(module + " depends only on " + allowed);
    }

    /**
     * A REST resource parses, authorises through a service and maps: it neither touches the
     * persistence context nor opens transactions, so one request is one service transaction.
     */
    static ArchRule resourcesLeavePersistenceToServices(String root) {
        return CompositeArchRule.of(noClasses().that().resideInAPackage(root + "..")
                        .and().areAnnotatedWith(jakarta.ws.rs.Path.class)
                        .should().dependOnClassesThat().areAssignableTo(jakarta.persistence.EntityManager.class)
                        .allowEmptyShould(true))
                .and(com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods().that().areDeclaredInClassesThat()
                        .resideInAPackage(root + "..").and().areDeclaredInClassesThat().areAnnotatedWith(jakarta.ws.rs.Path.class)
                        .should().beAnnotatedWith(jakarta.transaction.Transactional.class).allowEmptyShould(true))
                .and(noClasses().that().resideInAPackage(root + "..").and().areAnnotatedWith(jakarta.ws.rs.Path.class)
                        .should().beAnnotatedWith(jakarta.transaction.Transactional.class).allowEmptyShould(true))
                .as("REST resources leave persistence and transactions to services");
    }

    /**
     * A service holds the rules and owns the transaction; every read and write goes through a
     * repository (or a store or query class of its package), so a rule can be read without SQL in
     * between and a query is found where its table's other queries are.
     */
    static ArchRule servicesLeaveQueriesToRepositories(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().areAssignableTo(jakarta.persistence.EntityManager.class)
                .as("services leave queries to repositories");
    }

    /**
     * Input is checked by each module's rules classes, which return every field error at once
     * in a problem naming the field; Bean Validation is not used, so there is one way, not two.
     */
    static ArchRule inputIsCheckedByRulesNotBeanValidation(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.validation..")
                .as("input is checked by the modules' rules classes, not Bean Validation");
    }

    /** JPA entities live inside a module, never in its face. */
    static ArchRule entitiesStayInside(String root) {
        return classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
                .should().resideInAPackage(root + ".*.internal..")
                .allowEmptyShould(true);
    }
}
