/**
 * What readers do with notes: likes (on notes and comments), collects and boards, comments with
 * one level of replies, and the profile page that counts it all. A like or collect is set at
 * most once per person ({@code OncePerPerson}).
 */
package org.notegarden.community.internal.social;
