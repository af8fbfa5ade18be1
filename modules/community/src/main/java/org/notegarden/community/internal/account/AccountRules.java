package org.notegarden.community.internal.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.TextLength;

/** What makes a handle, e-mail, password and display name acceptable. Pure, unit-tested. */
public final class AccountRules {
    /** Starts and ends with a letter or digit; '.' and '_' only between them, never two in a row. */
    public static final Pattern HANDLE = Pattern.compile("(?=.{3,30}$)[A-Za-z0-9]+([_.][A-Za-z0-9]+)*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    /** Handles that would be confused with the product's own pages or staff. */
    private static final Set<String> RESERVED = Set.of("admin", "administrator", "api", "me", "notegarden",
            "moderator", "support", "help", "settings", "login", "signup", "explore", "system");

    private AccountRules() {
    }

    public static List<FieldError> checkRegistration(String email, String password, String handle, String displayName) {
        List<FieldError> errors = new ArrayList<>();
        if (email == null || email.length() > 254 || !EMAIL.matcher(email.trim()).matches()) {
            errors.add(new FieldError("email", CommunityMessages.MUST_BE_E_MAIL_ADDRESS));
        }
        checkPassword(password).ifPresent(errors::add);
        if (handle == null || !HANDLE.matcher(handle).matches()) {
            errors.add(new FieldError("handle", CommunityMessages.MUST_BE_3_30_LETTERS_DIGITS_OR_STARTING));
        } else if (RESERVED.contains(handle.toLowerCase(java.util.Locale.ROOT))) {
            errors.add(new FieldError("handle", CommunityMessages.IS_RESERVED));
        }
        checkDisplayName(displayName).ifPresent(errors::add);
        return errors;
    }

    public static java.util.Optional<FieldError> checkPassword(String password) {
        if (password == null || password.length() < 8 || password.length() > 128) {
            return java.util.Optional.of(new FieldError("password", CommunityMessages.MUST_BE_8_128_CHARACTERS));
        }
        return java.util.Optional.empty();
    }

    public static java.util.Optional<FieldError> checkDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank() || TextLength.of(displayName.trim()) > 24) {
            return java.util.Optional.of(new FieldError("displayName", CommunityMessages.MUST_BE_1_24_CHARACTERS));
        }
        return java.util.Optional.empty();
    }
}
