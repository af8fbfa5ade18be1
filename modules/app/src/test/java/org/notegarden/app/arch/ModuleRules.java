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

    /** A module may depend only on the modules listed for it. */
    static ArchRule dependsOnlyOn(String root, String module, List<String> allowed, List<String> all) {
        String[] forbidden = all.stream().filter(m -> !m.equals(module) && !allowed.contains(m))
                .map(m -> root + "." + m + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(root + "." + module + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .as(module + " depends only on " + allowed);
    }

    /** JPA entities live inside a module, never in its face. */
    static ArchRule entitiesStayInside(String root) {
        return classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
                .should().resideInAPackage(root + ".*.internal..")
                .allowEmptyShould(true);
    }
}
