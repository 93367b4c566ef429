package io.unipile.webhooks;

import io.unipile.errors.UnipileException;

/**
 * A body given to {@link WebhookEvents} is not a webhook payload: not JSON, truncated, not a JSON object, or a known
 * field of the wrong type. Carries a short excerpt of the body; answer the delivery with a 4xx status.
 */
public class WebhookParseException extends UnipileException {
    private static final long serialVersionUID = 1L;

    private final String bodyExcerpt;

    public WebhookParseException(String problem, String bodyExcerpt, Throwable cause) {
        super("Not a Unipile webhook payload: " + problem
                + (bodyExcerpt.isEmpty() ? " (empty body)" : "; body: " + bodyExcerpt), cause);
        this.bodyExcerpt = bodyExcerpt;
    }

    /** The first characters of the body, control characters replaced. */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }
}
