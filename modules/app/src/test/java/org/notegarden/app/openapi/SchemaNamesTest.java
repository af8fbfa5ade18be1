package org.notegarden.app.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The API document names each body and answer type by its simple name, so two types of the same
 * name (a cart's ItemBody and a checkout's ItemBody) became one schema and a generated client
 * lost the checkout item's skuId. Every type reachable from a resource method must have a name of
 * its own.
 */
class SchemaNamesTest {

    @Test
    void everyTypeInTheApiHasANameOfItsOwn() throws Exception {
        List<Class<?>> resources = new ArrayList<>();
        for (var c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.notegarden")) {
            if (c.isAnnotatedWith(Path.class)) {
                resources.add(Class.forName(c.getName()));
            }
        }
        assertTrue(resources.size() > 20, "found the resources: " + resources.size());
        Map<String, List<String>> shared = new TreeMap<>();
        ApiTypes.reachableFrom(resources).forEach((name, classes) -> {
            if (classes.size() > 1) {
                shared.put(name, classes.stream().map(Class::getName).toList());
            }
        });
        assertEquals(Map.of(), shared, "schema names used by more than one type");
    }
}
