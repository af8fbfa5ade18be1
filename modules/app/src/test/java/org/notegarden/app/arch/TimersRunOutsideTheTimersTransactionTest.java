package org.notegarden.app.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An EJB timer runs in a transaction of the container's unless told otherwise, and that
 * transaction commits after the timer method has returned: a flusher that drains a buffer, writes
 * it and gives it back when the write fails never hears of a commit that fails, so what it
 * drained is lost (and until the commit, the drained rows are neither waiting nor written). Every
 * timer therefore runs outside it ({@code NOT_SUPPORTED}, on the method or its class) and commits
 * in transactions of its own, which it sees end.
 */
class TimersRunOutsideTheTimersTransactionTest {

    @Test
    void everyTimerRunsWithoutTheContainersTransaction() {
        List<String> problems = new ArrayList<>();
        int timers = 0;
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")).importPackages("org.notegarden")) {
            for (JavaMethod m : c.getMethods()) {
                if (m.isAnnotatedWith(Schedule.class)) {
                    timers++;
                    problems.addAll(problem(m));
                }
            }
        }
        assertTrue(timers >= 4, "found the timers: " + timers);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Singleton
    static class FlusherInTheTimersTransaction {
        @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
        public void flush() {
        }
    }

    @Singleton
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    static class FlusherOnItsOwn {
        @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
        public void flush() {
        }
    }

    @Test
    void aTimerInTheContainersTransactionIsReported() {
        JavaClass bad = new ClassFileImporter().importClass(FlusherInTheTimersTransaction.class);
        JavaClass good = new ClassFileImporter().importClass(FlusherOnItsOwn.class);
        assertEquals(List.of("FlusherInTheTimersTransaction.flush() runs in the timer's transaction"),
                problem(bad.getMethod("flush")));
        assertEquals(List.of(), problem(good.getMethod("flush")));
    }

    private static List<String> problem(JavaMethod timer) {
        if (notSupported(timer.tryGetAnnotationOfType(TransactionAttribute.class).orElse(null))
                || notSupported(timer.getOwner().tryGetAnnotationOfType(TransactionAttribute.class).orElse(null))) {
            return List.of();
        }
        return List.of(timer.getOwner().getSimpleName() + "." + timer.getName() + "() runs in the timer's transaction");
    }

    private static boolean notSupported(TransactionAttribute attribute) {
        return attribute != null && attribute.value() == TransactionAttributeType.NOT_SUPPORTED;
    }
}
