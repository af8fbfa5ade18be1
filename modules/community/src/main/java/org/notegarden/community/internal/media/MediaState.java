package org.notegarden.community.internal.media;

/** Whether a medium can be shown: images are READY at once; a video is PROCESSING until transcoded, or FAILED. */
public enum MediaState { READY, PROCESSING, FAILED }
