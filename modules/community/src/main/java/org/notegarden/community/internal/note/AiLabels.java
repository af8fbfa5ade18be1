package org.notegarden.community.internal.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.notegarden.community.internal.media.ImplicitLabel;
import org.notegarden.community.internal.media.ImplicitLabels;
import org.notegarden.community.internal.media.Media;
import org.notegarden.community.internal.media.MediaService;

/**
 * A note's AI labels as the platform sets them: from what its media's files say (a standard
 * label: generated; only a generator's traces: suspected), and — once the note is saved — the
 * implicit label its images then carry (see {@link org.notegarden.community.internal.media.ImplicitLabel}).
 */
@ApplicationScoped
public class AiLabels {
    MediaService media;
    Event<ImplicitLabels.Wanted> wanted;

    @Inject
    public AiLabels(MediaService media, Event<ImplicitLabels.Wanted> wanted) {
        this.media = media;
        this.wanted = wanted;
    }

    /** For the CDI container's proxy only. */
    protected AiLabels() {
    }

    /**
     * The tier of China's labelling measures: the media's own label makes it generated, the
     * author's word possibly generated, the platform's finding of traces alone suspected.
     */
    public static ImplicitLabel.Tier tierOf(Note note) {
        return tierOf(note.isAiGeneratedByPlatform(), note.isAiGenerated(), note.isAiSuspectedByPlatform());
    }

    /** The same tier from the three flags, for a card read as a row rather than an entity. */
    static ImplicitLabel.Tier tierOf(boolean generatedByPlatform, boolean generatedDeclared, boolean suspectedByPlatform) {
        if (generatedByPlatform) {
            return ImplicitLabel.Tier.GENERATED;
        }
        if (generatedDeclared) {
            return ImplicitLabel.Tier.POSSIBLE;
        }
        return suspectedByPlatform ? ImplicitLabel.Tier.SUSPECTED : null;
    }

    /** Labels the note from its media; platform labels stick through the author's edits. */
    void fromMedia(Note note) {
        Collection<Media> found = media.byIds(note.getMediaIds()).values();
        if (found.stream().anyMatch(Media::isAiGenerated)) {
            note.markAiGeneratedByPlatform();
        } else if (found.stream().anyMatch(Media::isAiSuspected)) {
            note.markAiSuspectedByPlatform();
        }
    }

    /**
     * Asks for the note's images and videos to carry its tier, written after the saving
     * transaction commits. Media that already carry it are left out, so saving an ordinary note
     * costs nothing more.
     */
    void stampMedia(Note note) {
        ImplicitLabel.Tier tier = tierOf(note);
        String contentId = "note-" + note.getId();
        List<Long> files = media.byIds(note.getMediaIds()).values().stream()
                .filter(m -> ImplicitLabels.labellable(m) && !m.carriesLabel(tier, contentId)).map(Media::getId).toList();
        if (!files.isEmpty()) {
            wanted.fire(new ImplicitLabels.Wanted(files, tier, contentId));
        }
    }
}
