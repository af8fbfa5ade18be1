package org.notegarden.compliance.api;

/**
 * Erases an account once its owner has confirmed who they are: records the request, fires
 * {@link AccountErased} for every module to remove or anonymise what it holds, and audits it,
 * all in one transaction.
 */
public interface Erasure {
    /** @return the privacy request id that documents the erasure */
    long erase(long accountId, String regionId);
}
