package org.notegarden.community.api;

import java.util.Optional;

/**
 * Finds an uploaded medium by id, for modules that reference media they do not own (a shop's
 * logo, a product's images). Implemented by the module that stores media; lives here so that
 * sibling modules can use it without depending on each other.
 */
public interface MediaLookup {
    Optional<MediaRef> find(long mediaId);

    /** What another module may know about a medium. {@code gridUrl} is null for videos. */
    record MediaRef(long id, long ownerId, boolean image, String url, String gridUrl) {
    }
}
