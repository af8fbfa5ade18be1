/** Notifications written in the same transaction as the action that causes them. */
package org.notegarden.community.internal.notification;
