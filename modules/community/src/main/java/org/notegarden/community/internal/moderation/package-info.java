/**
 * Community's side of moderation: tells compliance what a reported note, comment or account is,
 * and applies what moderators decide (hold, release, remove, restrict, suspend, reinstate).
 */
package org.notegarden.community.internal.moderation;
