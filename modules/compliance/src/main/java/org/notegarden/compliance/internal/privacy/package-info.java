/**
 * Privacy requests and consent: data export built in the background from every module's part,
 * erasure, consent records (with Global Privacy Control), and the deadlines the law sets.
 */
package org.notegarden.compliance.internal.privacy;
