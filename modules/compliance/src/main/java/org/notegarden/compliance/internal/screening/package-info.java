/**
 * Screening of new text before it is shown: configured word lists, spam signals and
 * near-duplicate fingerprints (SimHash); what is held opens a review case.
 */
package org.notegarden.compliance.internal.screening;
