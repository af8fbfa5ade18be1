package org.notegarden.community.internal.actions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.notegarden.community.api.CommunityActions;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.account.AccountService;
import org.notegarden.community.internal.account.ProfileChanges;
import org.notegarden.community.internal.media.MediaService;
import org.notegarden.community.internal.note.Note;
import org.notegarden.community.internal.note.NoteRules;
import org.notegarden.community.internal.note.NoteService;
import org.notegarden.community.internal.relation.FollowService;
import org.notegarden.community.internal.social.CollectService;
import org.notegarden.community.internal.social.CommentService;
import org.notegarden.community.internal.social.LikeService;

/** The community's actions for code that acts on people's behalf, through the module's own services. */
@ApplicationScoped
public class CommunityActionsService implements CommunityActions {
    private final AccountService accounts;
    private final ProfileChanges profiles;
    private final MediaService media;
    private final NoteService notes;
    private final FollowService follows;
    private final LikeService likes;
    private final CollectService collects;
    private final CommentService comments;

    @Inject
    public CommunityActionsService(AccountService accounts, ProfileChanges profiles, MediaService media, NoteService notes,
                                   FollowService follows, LikeService likes, CollectService collects, CommentService comments) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.media = media;
        this.notes = notes;
        this.follows = follows;
        this.likes = likes;
        this.collects = collects;
        this.comments = comments;
    }

    /** For the CDI proxy only. */
    protected CommunityActionsService() {
        this(null, null, null, null, null, null, null, null);
    }

    @Override
    public long createSystemAccount(String email, String password, String handle, String displayName, String bio,
                                    String locale) {
        Account a = accounts.register(email, password, handle, displayName);
        profiles.change(a.getId(), new ProfileChanges.Change(null, bio, null, locale, null));
        return a.getId();
    }

    @Override
    public long uploadImage(long ownerId, byte[] image) {
        try {
            return media.upload(ownerId, new ByteArrayInputStream(image)).getId();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long uploadVideo(long ownerId, byte[] video) {
        return uploadImage(ownerId, video); // the same door: what a file is comes from its bytes
    }

    @Override
    public boolean mediaReady(long ownerId, long mediaId) {
        return media.mine(ownerId, mediaId).map(m -> "READY".equals(m.state())).orElse(false);
    }

    @Override
    public void follow(long followerId, long followeeId) {
        follows.follow(followerId, followeeId, accounts.signedIn(followeeId).isPrivateProfile());
    }

    @Override
    public Optional<Long> publish(long authorId, NoteDraft draft) {
        Note note = notes.create(authorId, new NoteRules.Input(draft.title(), draft.body(), draft.mediaIds(), draft.topics(),
                draft.locationName(), draft.productIds()), true);
        return note.getState() == Note.State.PUBLISHED ? Optional.of(note.getId()) : Optional.empty();
    }

    @Override
    public void like(long accountId, long noteId) {
        likes.likeNote(accountId, noteId);
    }

    @Override
    public void collect(long accountId, long noteId) {
        collects.collect(accountId, noteId, null);
    }

    @Override
    public long comment(long accountId, long noteId, Long replyTo, String text) {
        return comments.add(accountId, noteId, replyTo, text).getId();
    }
}
