package org.notegarden.app.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.TreeSet;

/** Conditions about who uses a face type: its own module, or how many modules. */
final class FaceUse {
    /** The types a face declares for others to implement, call, fire or observe. */
    static final DescribedPredicate<JavaClass> PORTS_AND_EVENTS = DescribedPredicate.describe("are ports or events",
            c -> (c.isInterface() || c.isRecord()) && !c.getSimpleName().equals("package-info"));

    private FaceUse() {
    }

    /** The type (or a type nested in it) is used by a class of {@code modulePackage} outside its api. */
    static ArchCondition<JavaClass> usedInside(String modulePackage) {
        return new ArchCondition<>("be used inside " + modulePackage) {
            @Override
            public void check(JavaClass face, ConditionEvents events) {
                boolean used = users(face).stream().anyMatch(user -> user.getPackageName().startsWith(modulePackage + ".")
                        && !user.getPackageName().startsWith(modulePackage + ".api"));
                events.add(new SimpleConditionEvent(face, used, face.getName()
                        + (used ? " is used inside " : " is not used inside ") + modulePackage
                        + "; its users are " + modulesOf(users(face), modulePackage.substring(0, modulePackage.lastIndexOf('.')))));
            }
        };
    }

    /** The type (or a type nested in it) is used by at least {@code atLeast} modules other than {@code kernel}. */
    static ArchCondition<JavaClass> usedByModules(String root, String kernel, int atLeast) {
        return new ArchCondition<>("be used by at least " + atLeast + " modules") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Set<String> modules = modulesOf(users(type), root);
                boolean ownPort = users(type).stream().anyMatch(u -> u.getPackageName().startsWith(root + "." + kernel + ".internal"));
                modules.remove(kernel);
                events.add(new SimpleConditionEvent(type, ownPort || modules.size() >= atLeast,
                        type.getName() + " is used by " + modules));
            }
        };
    }

    private static Set<JavaClass> users(JavaClass type) {
        Set<JavaClass> users = new java.util.HashSet<>();
        collect(type, users);
        return users;
    }

    /** Dependencies to self include implementing, extending, calling, declaring and annotating. */
    private static void collect(JavaClass type, Set<JavaClass> users) {
        for (Dependency d : type.getDirectDependenciesToSelf()) {
            users.add(d.getOriginClass().getBaseComponentType());
        }
        for (JavaClass nested : nestedClassesOf(type)) {
            for (Dependency d : nested.getDirectDependenciesToSelf()) {
                users.add(d.getOriginClass().getBaseComponentType());
            }
        }
    }

    private static Set<JavaClass> nestedClassesOf(JavaClass type) {
        Set<JavaClass> nested = new java.util.HashSet<>();
        for (JavaClass member : type.getPackage().getClasses()) {
            if (member.getName().startsWith(type.getName() + "$")) {
                nested.add(member);
            }
        }
        return nested;
    }

    private static Set<String> modulesOf(Set<JavaClass> classes, String root) {
        Set<String> modules = new TreeSet<>();
        for (JavaClass c : classes) {
            String pkg = c.getPackageName();
            if (pkg.startsWith(root + ".")) {
                modules.add(pkg.substring(root.length() + 1).split("\\.")[0]);
            }
        }
        return modules;
    }
}
