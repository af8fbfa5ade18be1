package org.notegarden.community.internal.assistant;

import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.platform.api.Message;

/** The configured assistant could not give a usable answer (down, slow, or off-script). */
public class AssistantUnavailableException extends RuntimeException {
    private final transient Message reason;

    public AssistantUnavailableException(CommunityMessages key, Object... args) {
        this(Message.of(key, args), null);
    }

    public AssistantUnavailableException(Message reason, Throwable cause) {
        super(reason.english(), cause);
        this.reason = reason;
    }

    /** Why, as a message the reader's language can word. */
    public Message reason() {
        return reason;
    }
}
