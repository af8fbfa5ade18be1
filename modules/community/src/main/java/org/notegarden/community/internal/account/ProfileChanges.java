package org.notegarden.community.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.community.internal.media.MediaRepository;
import org.notegarden.community.internal.media.MediaKind;
import org.notegarden.compliance.api.Screening;
import org.notegarden.compliance.api.SubjectKind;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.TextLength;

/**
 * A person changing their own profile: name, bio, avatar, language and the private switch, all
 * or nothing. A new name or bio is screened like any public text; turning private or public is
 * announced ({@link ProfilePrivacyChanged}) for follows and notes to follow in the same commit.
 */
@ApplicationScoped
public class ProfileChanges {
    MediaRepository media;
    Screening screening;
    Event<ProfilePrivacyChanged> privacyChanged;
    Event<PersonChanged> personChanged;

    AccountRepository accountRepository;

    @Inject
    public ProfileChanges(MediaRepository media, Screening screening, Event<ProfilePrivacyChanged> privacyChanged,
            Event<PersonChanged> personChanged, AccountRepository accountRepository) {
        this.media = media;
        this.personChanged = personChanged;
        this.accountRepository = accountRepository;
        this.screening = screening;
        this.privacyChanged = privacyChanged;
    }

    /** For the CDI container's proxy only. */
    protected ProfileChanges() {
    }

    /** What a person may change on their own profile; null leaves a field as it is. */
    public record Change(String displayName, String bio, Long avatarMediaId, String locale, Boolean privateProfile) {
    }

    /**
     * Applies every field of one profile change or none: all fields are checked before anything
     * is written, and the whole change is one transaction.
     */
    @Transactional
    public Account change(long accountId, Change change) {
        List<FieldError> errors = new java.util.ArrayList<>();
        if (change.displayName() != null) {
            AccountRules.checkDisplayName(change.displayName()).ifPresent(errors::add);
        }
        if (change.bio() != null && TextLength.of(change.bio()) > 200) {
            errors.add(new FieldError("bio", CommunityMessages.MUST_BE_AT_MOST_200_CHARACTERS));
        }
        if (change.locale() != null && !Set.of("en", "zh-CN", "zh-TW").contains(change.locale())) {
            errors.add(new FieldError("locale", CommunityMessages.MUST_BE_EN_ZH_CN_OR_ZH_TW));
        }
        if (change.avatarMediaId() != null) {
            boolean usable = media.byId(change.avatarMediaId())
                    .filter(m -> m.getOwnerId() == accountId && m.getKind() == MediaKind.IMAGE).isPresent();
            if (!usable) {
                errors.add(new FieldError("avatarMediaId", CommunityMessages.MUST_BE_IMAGE_YOU_UPLOADED));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        Account account = accountRepository.byId(accountId).orElseThrow(Problems::unauthenticated);
        if (change.privateProfile() != null) {
            setPrivateProfile(account, change.privateProfile());
        }
        String displayName = change.displayName() == null ? null : change.displayName().trim();
        account.updateProfile(displayName, change.bio(), change.avatarMediaId(), change.locale());
        if (change.displayName() != null || change.bio() != null) {
            accountRepository.flush();
            var verdict = screening.screen(new Screening.Submission(
                    SubjectKind.ACCOUNT, accountId, accountId, account.getCreatedAt(), "bio",
                    account.getDisplayName() + "\n" + account.getBio()));
            account.holdProfile(verdict.held());
        }
        personChanged.fire(new PersonChanged(accountId));
        return account;
    }

    private void setPrivateProfile(Account account, boolean privateProfile) {
        long accountId = account.getId();
        boolean changed = account.isPrivateProfile() != privateProfile;
        account.setPrivateProfile(privateProfile);
        if (changed) {
            privacyChanged.fire(new ProfilePrivacyChanged(accountId, privateProfile));
        }
    }
}
