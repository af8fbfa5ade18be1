package org.notegarden.community.internal.assistant;

/** The configured assistant could not give a usable answer (down, slow, or off-script). */
public class AssistantUnavailableException extends RuntimeException {
    public AssistantUnavailableException(String message) {
        super(message);
    }
}
