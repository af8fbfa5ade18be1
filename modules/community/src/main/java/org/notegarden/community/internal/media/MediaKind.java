package org.notegarden.community.internal.media;

/** What an upload turned out to be, judged by its bytes. */
public enum MediaKind { IMAGE, VIDEO }
