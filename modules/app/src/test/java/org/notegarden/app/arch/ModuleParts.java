package org.notegarden.app.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * Cuts the code into the parts of its modules: {@code <module>.api} is one part and every
 * {@code <module>.internal.<part>} (with its sub-packages) is another; classes directly in
 * {@code <module>.internal} form a part of their own. Only parts of the same module are
 * compared, because the arrows between modules have rules of their own.
 */
final class ModuleParts implements SliceAssignment {
    private final String root;

    ModuleParts(String root) {
        this.root = root;
    }

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String pkg = javaClass.getPackageName();
        if (!pkg.startsWith(root + ".")) {
            return SliceIdentifier.ignore();
        }
        String[] names = pkg.substring(root.length() + 1).split("\\.");
        if (names.length < 2) {
            return SliceIdentifier.ignore();
        }
        String module = names[0];
        if (names[1].equals("internal")) {
            return SliceIdentifier.of(module, names.length > 2 ? "internal." + names[2] : "internal");
        }
        return SliceIdentifier.of(module, names[1]);
    }

    @Override
    public String getDescription() {
        return "parts of the modules under " + root;
    }
}
