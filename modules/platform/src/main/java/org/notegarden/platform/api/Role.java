package org.notegarden.platform.api;

/** The roles a person can hold. Every account has {@link #USER}; the others are granted. */
public enum Role {
    USER, MERCHANT, MODERATOR, ADMIN
}
