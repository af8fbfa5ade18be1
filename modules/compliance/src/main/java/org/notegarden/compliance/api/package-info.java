/**
 * Face of the compliance module. Today: the tamper-evident audit log of privileged actions.
 * Screening, the review queue, reports, decisions and appeals arrive with their own issue.
 */
package org.notegarden.compliance.api;
