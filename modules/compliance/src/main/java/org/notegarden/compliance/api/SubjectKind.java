package org.notegarden.compliance.api;

/** What moderation can be about. */
public enum SubjectKind { NOTE, COMMENT, ACCOUNT, PRODUCT, SHOP }
