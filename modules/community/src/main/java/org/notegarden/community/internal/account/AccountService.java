package org.notegarden.community.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.compliance.api.AuditLog;
import org.notegarden.compliance.api.Consents;
import org.notegarden.compliance.api.IpLocation;
import org.notegarden.compliance.api.ModerationEffect;
import org.notegarden.compliance.api.RegionPolicies;
import org.notegarden.compliance.api.Screening;
import org.notegarden.compliance.api.SignUpChecks;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.Message;
import org.notegarden.platform.api.PlatformMessages;
import org.notegarden.platform.api.ProblemException;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.Role;

/** Registration, login checks, profile edits and role changes. */
@ApplicationScoped
public class AccountService {
    Clock clock;
    AuditLog audit;
    SessionService sessions;
    IpLocationStamps ipLocations;
    SignUpChecks signUpChecks;
    Consents consents;
    Screening screening;
    RegionPolicies regions;

    int iterations;

    FailedLogins failedLogins;
    EmailOwnership emails;
    IpLocation addresses;

    AccountRepository accountRepository;
    /** Moderation can hold or clear what others see of a profile. */
    @Inject
    Event<PersonChanged> personChanged;

    @Inject
    public AccountService(Clock clock, AuditLog audit, SessionService sessions, IpLocationStamps ipLocations,
            SignUpChecks signUpChecks, Consents consents, Screening screening, RegionPolicies regions,
                    @ConfigProperty(name = "notegarden.security.pbkdf2-iterations",
                            defaultValue = "210000") int iterations, FailedLogins failedLogins, EmailOwnership emails,
                                    IpLocation addresses, AccountRepository accountRepository) {
        this.accountRepository = accountRepository;
        this.clock = clock;
        this.audit = audit;
        this.sessions = sessions;
        this.ipLocations = ipLocations;
        this.signUpChecks = signUpChecks;
        this.consents = consents;
        this.screening = screening;
        this.regions = regions;
        this.iterations = iterations;
        this.failedLogins = failedLogins;
        this.emails = emails;
        this.addresses = addresses;
    }

    /** For the CDI container's proxy only. */
    protected AccountService() {
    }
    private PasswordHasher hasher;

    PasswordHasher hasher() {
        if (hasher == null) {
            hasher = new PasswordHasher(iterations);
        }
        return hasher;
    }

    /** A system account (first admin, demo people): no age gate, no sign-up limits; its address counts as proved. */
    @Transactional
    public Account register(String email, String password, String handle, String displayName) {
        Account account = create(email, password, handle, displayName);
        if (findByVerifiedEmail(email).isEmpty()) {
            account.emailVerified(clock.instant());
        }
        return account;
    }

    /**
     * A person signing up: the rules, then the sign-up gate (limits per address, the region's
     * minimum age, disposable e-mail), then uniqueness. {@code birthDateError} is a parse error
     * of the date the resource could not read.
     */
    @Transactional
    public Account signUp(String email, String password, String handle, String displayName, java.time.LocalDate birthDate,
                          FieldError birthDateError) {
        List<FieldError> errors = new java.util.ArrayList<>(
                AccountRules.checkRegistration(email, password, handle, displayName));
        if (birthDateError != null) {
            errors.add(birthDateError);
        } else if (birthDate == null) {
            errors.add(new FieldError("birthDate", CommunityMessages.IS_REQUIRED_YYYY_MM_DD));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        SignUpChecks.Admitted admitted = signUpChecks.check(email, birthDate);
        Account account = create(email, password, handle, displayName);
        account.admitted(birthDate, admitted.regionId());
        account.setPrivateProfile(admitted.minor()); // minors start private
        // Personalisation as the region's policy sets it, never for minors; marketing and analytics opt-in.
        consents.recordSignUpDefaults(account.getId(),
                regions.byId(admitted.regionId()).personalisedFeedByDefault() && !admitted.minor());
        emails.askToVerify(account);
        return account;
    }

    private Account create(String email, String password, String handle, String displayName) {
        List<FieldError> errors = new java.util.ArrayList<>(
                AccountRules.checkRegistration(email, password, handle, displayName));
        if (errors.stream().noneMatch(e -> e.field().equals("password")) && signUpChecks.commonPassword(password)) {
            errors.add(new FieldError("password", CommunityMessages.IS_ONE_OF_MOST_COMMON_PASSWORDS_CHOOSE_ONE));
        }
        if (errors.isEmpty()) {
            if (findByHandle(handle).isPresent()) {
                errors.add(new FieldError("handle", CommunityMessages.IS_ALREADY_TAKEN));
            } else if (lookAlikeExists(handle)) {
                errors.add(new FieldError("handle", CommunityMessages.LOOKS_TOO_MUCH_LIKE_EXISTING_HANDLE));
            }
            // Whether an address is registered is never said here: only a verified address is
            // unique (EmailOwnership), so a sign-up cannot be used to probe for someone's account.
            if (!errors.isEmpty()) {
                throw new ProblemException(409, Problems.BASE + "conflict",
                        Message.of(CommunityMessages.ALREADY_TAKEN_TITLE), Message.of(PlatformMessages.FIELD_PROBLEM,
                                errors.get(0).field(), errors.get(0).text()),
                        errors, null);
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        Account account = new Account(handle, email.trim(), hasher().hash(password), displayName.trim(), clock.instant());
        account.stampIpLocation(ipLocations.current());
        accountRepository.add(account);
        return account;
    }

    /**
     * Checks a login. Failures are counted per client address and login name (see
     * {@link FailedLogins}), for names that exist and names that do not alike, so neither the
     * answer, its timing nor the throttling tells whether an account exists; a client that must
     * wait answers 429 with Retry-After before the password is even looked at.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public Account authenticate(String login, String password) {
        if (login == null || login.isBlank() || password == null) {
            throw Problems.invalid("login", CommunityMessages.ENTER_YOUR_E_MAIL_OR_HANDLE_AND_YOUR);
        }
        Instant now = clock.instant();
        String client = addresses.currentClientKey().orElse("unknown");
        String loginKey = Account.keyOf(login.strip());
        Optional<Long> wait = failedLogins.wait(client, loginKey, now);
        if (wait.isPresent()) {
            throw Problems.tooManyRequests(Message.of(CommunityMessages.TOO_MANY_FAILED_LOGINS_TRY_AGAIN_IN_N,
                    wait.get()), wait.get().intValue());
        }
        Optional<Account> found = login.contains("@") ? findByEmail(login) : findByHandle(login);
        if (found.isEmpty()) {
            hasher().hash(password); // same cost as a real check, so timing does not reveal accounts
            failedLogins.failed(client, loginKey, now);
            throw invalidCredentials();
        }
        Account account = found.get();
        if (!hasher().verify(password, account.getPasswordHash())) {
            failedLogins.failed(client, loginKey, now);
            throw invalidCredentials();
        }
        failedLogins.succeeded(client, loginKey);
        // A suspended or terminated account may still sign in: to read its statements and appeal
        // (DSA Art. 20). The authentication filter keeps it from everything else that writes.
        account.loginSucceeded();
        account.stampIpLocation(ipLocations.current());
        if (hasher().needsRehash(account.getPasswordHash())) {
            account.changePasswordHash(hasher().hash(password));
        }
        return account;
    }

    private static ProblemException invalidCredentials() {
        return new ProblemException(401, Problems.BASE + "invalid-credentials",
                Message.of(CommunityMessages.WRONG_LOGIN_OR_PASSWORD_TITLE),
                        Message.of(CommunityMessages.E_MAIL_HANDLE_OR_PASSWORD_IS_WRONG),
                List.of(new FieldError("password", CommunityMessages.WRONG_LOGIN_OR_PASSWORD)), null);
    }

    /** Checks the owner's password before something irreversible (erasure); 422 naming the field if wrong. */
    public Account confirmIdentity(long accountId, String password) {
        return accountRepository.byId(accountId).filter(a -> password != null && hasher().verify(password, a.getPasswordHash()))
                .orElseThrow(() -> Problems.invalid("password", CommunityMessages.ENTER_YOUR_CURRENT_PASSWORD_TO_CONFIRM));
    }

    /** Suspension, termination and reinstatement decided by moderation; sessions end at once. */
    public void moderated(ModerationEffect e) {
        Optional<Account> found = accountRepository.byId(e.subjectId());
        if (found.isEmpty()) {
            return; // erased meanwhile: nothing left to restrict
        }
        Account a = found.get();
        switch (e.effect()) {
            case SUSPEND_ACCOUNT -> {
                a.suspendUntil(e.until());
                sessions.closeAll(a.getId());
            }
            case TERMINATE_ACCOUNT -> {
                a.terminate();
                sessions.closeAll(a.getId());
            }
            case REINSTATE_ACCOUNT -> a.reinstate();
            case RELEASE, RESTORE -> a.holdProfile(false);
            case REMOVE -> a.clearProfileText();
            default -> { }
        }
        personChanged.fire(new PersonChanged(a.getId()));
    }

    /** The account of a signed-in caller. */
    public Account signedIn(long accountId) {
        return accountRepository.byId(accountId).orElseThrow(Problems::unauthenticated);
    }

    /** Grants or removes roles; audited, and the person's sessions end so no stale role lingers. */
    @Transactional
    public Account setRoles(long actorId, String handle, Set<Role> roles) {
        Account account = findByHandle(handle).orElseThrow(() -> Problems.notFound("handle",
                CommunityMessages.ACCOUNT_N_DOES_NOT_EXIST, handle));
        if (account.getId() == actorId && !roles.contains(Role.ADMIN)) {
            throw Problems.invalid("roles", CommunityMessages.ADMINS_CANNOT_REMOVE_THEIR_OWN_ADMIN_ROLE);
        }
        Set<Role> before = account.getRoles();
        account.setRoles(roles);
        audit.record(actorId, "account.roles.changed", "account:" + account.getId(),
                account.getHandle() + ": " + before + " -> " + account.getRoles());
        sessions.closeAll(account.getId());
        return account;
    }

    /** Makes a freshly configured first administrator; audited with no acting person. */
    @Transactional
    public void bootstrapAdmin(long accountId) {
        Account a = accountRepository.byId(accountId).orElseThrow();
        a.setRoles(java.util.EnumSet.of(Role.ADMIN, Role.MODERATOR));
        audit.record(null, "account.admin.bootstrapped", "account:" + accountId, a.getHandle() + " from configuration");
    }

    private boolean lookAlikeExists(String handle) {
        return accountRepository.skeletonTaken(HandleSkeleton.of(handle));
    }

    public Optional<Account> findByHandle(String handle) {
        if (handle == null) {
            return Optional.empty();
        }
        return accountRepository.byHandle(handle);
    }

    /**
     * The account that logs in with this address: the one that proved it, else the only account
     * that named it and has not proved it yet (a new sign-up before its link was clicked).
     */
    public Optional<Account> findByEmail(String email) {
        Optional<Account> verified = findByVerifiedEmail(email);
        if (verified.isPresent()) {
            return verified;
        }
        List<Account> unproved = accountRepository.unprovedByEmail(email);
        return unproved.size() == 1 ? Optional.of(unproved.get(0)) : Optional.empty();
    }

    public Optional<Account> findByVerifiedEmail(String email) {
        return accountRepository.byVerifiedEmail(email);
    }

    /** Sets a new password (checked like a sign-up's) and ends every session of the account. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replacePassword(Account account, String password) {
        List<FieldError> errors = new java.util.ArrayList<>();
        AccountRules.checkPassword(password).ifPresent(errors::add);
        if (errors.isEmpty() && signUpChecks.commonPassword(password)) {
            errors.add(new FieldError("password", CommunityMessages.IS_ONE_OF_MOST_COMMON_PASSWORDS_CHOOSE_ONE));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        account.changePasswordHash(hasher().hash(password));
        sessions.closeAll(account.getId());
    }

    public Account require(String handle) {
        return findByHandle(handle).orElseThrow(() -> Problems.notFound("handle",
                CommunityMessages.ACCOUNT_AT_N_DOES_NOT_EXIST, handle));
    }
}
