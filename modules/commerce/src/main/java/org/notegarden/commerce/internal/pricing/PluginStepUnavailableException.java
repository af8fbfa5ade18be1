package org.notegarden.commerce.internal.pricing;

/**
 * A pricing step that money depends on (shipping or tax) could not be done: its plugin failed,
 * timed out, is paused, or answered something that is not a valid charge. The quote or
 * checkout stops here, because charging without it would be silently wrong. The message names
 * the step only; what the plugin did is in its admin view and the log.
 */
public final class PluginStepUnavailableException extends RuntimeException {
    private final String step;

    public PluginStepUnavailableException(String step) {
        super(step + " could not be calculated");
        this.step = step;
    }

    /** "shipping" or "tax". */
    public String step() {
        return step;
    }
}
