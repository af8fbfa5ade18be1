/**
 * Face of the compliance module: the tamper-evident audit log, content screening and what
 * moderation decided ({@code Screening}, {@code ModerationEffect}, {@code ModerationConcluded}),
 * region policies and labels, IP location and trusted proxies, sign-up and velocity checks,
 * consents, and the privacy requests every module answers ({@code PersonalData},
 * {@code Erasure}, {@code AccountErased}).
 */
package org.notegarden.compliance.api;
