/**
 * Short-lived keeping of what many requests read alike: views by id ({@link org.notegarden.community.internal.kept.KeptBriefly})
 * and answers kept until something new appears ({@link org.notegarden.community.internal.kept.KeptPerGeneration}).
 */
package org.notegarden.community.internal.kept;
