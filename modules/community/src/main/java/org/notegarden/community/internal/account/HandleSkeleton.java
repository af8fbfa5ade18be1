package org.notegarden.community.internal.account;

import com.ibm.icu.text.SpoofChecker;
import java.util.Locale;

/**
 * What a handle looks like to a person, so that look-alikes can be refused: Unicode's
 * confusable skeleton (ICU {@link SpoofChecker}: 1 and l, 0 and O, rn and m look the same),
 * lower-cased, with '.' and '_' counted as the same separator. Two handles with one skeleton
 * would be mistaken for each other in a comment or a mention.
 */
final class HandleSkeleton {
    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().setChecks(SpoofChecker.CONFUSABLE).build();

    private HandleSkeleton() {
    }

    static String of(String handle) {
        String separatorsAlike = handle.toLowerCase(Locale.ROOT).replace('.', '_');
        return CONFUSABLES.getSkeleton(separatorsAlike).toLowerCase(Locale.ROOT);
    }
}
