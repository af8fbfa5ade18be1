package org.notegarden.app.arch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Each module's README says in its "Face" what its face offers; this keeps it true: every type
 * of a module's {@code api} package that another module's code uses is named in that module's
 * README. (The app is the one place that sees all modules, so the check lives here.)
 */
class FacesAreDocumentedTest {
    private static final List<String> MODULES = List.of("platform", "i18n", "compliance", "community", "commerce");

    @Test
    void everyFaceTypeOthersUseIsNamedInItsModulesReadme() throws IOException {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.notegarden");
        List<String> missing = new ArrayList<>();
        for (String module : MODULES) {
            String readme = Files.readString(Path.of("..", module, "README.md"), StandardCharsets.UTF_8);
            for (String used : usedByOthers(classes, module)) {
                if (!readme.contains(used)) {
                    missing.add(module + "/README.md does not name " + used);
                }
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    /** Simple names of top-level api types of {@code module} that classes of other modules depend on. */
    private static Set<String> usedByOthers(JavaClasses classes, String module) {
        String face = "org.notegarden." + module + ".api";
        Set<String> used = new TreeSet<>();
        for (JavaClass c : classes) {
            if (c.getPackageName().startsWith("org.notegarden." + module + ".") || c.getPackageName().equals("org.notegarden." + module)) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass().getBaseComponentType();
                if (target.getPackageName().equals(face)) {
                    String name = target.getName().substring(face.length() + 1);
                    used.add(name.contains("$") ? name.substring(0, name.indexOf('$')) : name);
                }
            }
        }
        return used;
    }
}
