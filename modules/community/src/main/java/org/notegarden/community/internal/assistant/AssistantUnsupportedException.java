package org.notegarden.community.internal.assistant;

import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.platform.api.Message;

/** The configured assistant cannot do this at all (the offline one does not translate). */
public class AssistantUnsupportedException extends UnsupportedOperationException {
    private final transient Message reason;

    public AssistantUnsupportedException(CommunityMessages key) {
        super(Message.of(key).english());
        this.reason = Message.of(key);
    }

    public Message reason() {
        return reason;
    }
}
