/**
 * Signed webhooks: endpoints merchants (or admins, platform-wide) register, events written to an
 * outbox in the transaction where they happen, and a dispatcher that signs and sends them,
 * retries with growing waits for a day, logs every try and replays on request.
 */
package org.notegarden.commerce.internal.webhook;
