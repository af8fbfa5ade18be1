package org.notegarden.community.internal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.account.AccountRepository;
import org.notegarden.community.internal.media.MediaKind;
import org.notegarden.community.internal.media.MediaRepository;
import org.notegarden.community.internal.note.Note;
import org.notegarden.community.internal.note.NoteRepository;
import org.notegarden.community.internal.social.CommentRepository;
import org.notegarden.compliance.api.ModeratedContent;
import org.notegarden.compliance.api.SubjectKind;

/** What a reported note, comment or account looks like to a moderator. */
@ApplicationScoped
public class CommunitySubjects implements ModeratedContent {
    NoteRepository noteRepository;
    CommentRepository commentRepository;
    AccountRepository accountRepository;
    MediaRepository mediaRepository;

    @Inject
    public CommunitySubjects(NoteRepository noteRepository, CommentRepository commentRepository,
            AccountRepository accountRepository, MediaRepository mediaRepository) {
        this.noteRepository = noteRepository;
        this.commentRepository = commentRepository;
        this.accountRepository = accountRepository;
        this.mediaRepository = mediaRepository;
    }

    /** For the CDI container's proxy only. */
    protected CommunitySubjects() {
    }

    @Override
    public boolean handles(SubjectKind kind) {
        return kind == SubjectKind.NOTE || kind == SubjectKind.COMMENT || kind == SubjectKind.ACCOUNT;
    }

    @Override
    public Optional<Snapshot> snapshot(SubjectKind kind, long id) {
        return switch (kind) {
            case NOTE -> noteRepository.byId(id).filter(n -> n.getState() != Note.State.DELETED)
                    .map(n -> new Snapshot(n.getAuthorId(), region(n.getAuthorId()), n.getTitle() + "\n" + n.getBody(),
                            n.getCreatedAt(), hasKind(n, MediaKind.IMAGE), hasKind(n, MediaKind.VIDEO)));
            case COMMENT -> commentRepository.byId(id).filter(c -> !c.isDeleted())
                    .map(c -> new Snapshot(c.getAuthorId(), region(c.getAuthorId()), c.getBody(), c.getCreatedAt(), false, false));
            case ACCOUNT -> accountRepository.byId(id)
                    .map(a -> new Snapshot(a.getId(), a.getRegionId(), "@" + a.getHandle() + " " + a.getDisplayName() + "\n" + a.getBio(),
                            a.getCreatedAt(), a.getAvatarMediaId() != null, false));
            default -> Optional.empty();
        };
    }

    private String region(long accountId) {
        return accountRepository.byId(accountId).map(Account::getRegionId).orElse(null);
    }

    private boolean hasKind(Note n, MediaKind kind) {
        return n.getMediaIds().stream().map(mediaRepository::byId)
                .anyMatch(m -> m.filter(x -> x.getKind() == kind).isPresent());
    }
}
