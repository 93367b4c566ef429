package io.unipile.spring.boot;

import io.unipile.webhooks.WebhookEvent;
import io.unipile.webhooks.WebhookEvents;
import io.unipile.webhooks.WebhookParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Receives Unipile's webhook deliveries at {@code unipile.webhooks.path} and publishes each as a Spring application
 * event: the parsed {@link WebhookEvent} itself ({@code MessagingEvent}, {@code AccountStatusEvent},
 * {@code EmailEvent}, ... see {@link WebhookEvents#parse(byte[])}), so that
 * {@code @EventListener void on(MessagingEvent e)} hears just the messaging ones.
 *
 * <ul>
 *   <li>401, with no hint of the secret, when the secret header is missing or wrong (compared in constant time);
 *       the body is then not read;</li>
 *   <li>413 when the body is larger than {@code unipile.webhooks.max-body-size};</li>
 *   <li>400 when the body is not a webhook payload (not JSON, not an object);</li>
 *   <li>200 once every listener returned. Listeners run on the request thread: one that throws makes the answer a
 *       500, and Unipile delivers again later. Make slow work asynchronous ({@code @Async}).</li>
 * </ul>
 * The body's content type is not checked: Unipile sends JSON deliveries without one.
 */
@Controller
public class UnipileWebhookController {

    private static final Logger LOG = LoggerFactory.getLogger(UnipileWebhookController.class);

    private final ApplicationEventPublisher publisher;
    private final String secretHeader;
    private final byte[] secretDigest;
    private final long maxBodyBytes;

    public UnipileWebhookController(ApplicationEventPublisher publisher, UnipileProperties.Webhooks settings) {
        if (settings.getSecret() == null || settings.getSecret().isEmpty()) {
            throw new IllegalStateException("unipile.webhooks.secret must be set when unipile.webhooks.enabled=true: "
                    + "give Unipile the same value in the header " + settings.getSecretHeader()
                    + " when creating the webhook");
        }
        if (settings.getSecretHeader() == null || settings.getSecretHeader().isBlank()) {
            throw new IllegalStateException("unipile.webhooks.secret-header must not be blank");
        }
        this.publisher = publisher;
        this.secretHeader = settings.getSecretHeader().trim();
        this.secretDigest = sha256(settings.getSecret().getBytes(StandardCharsets.UTF_8));
        this.maxBodyBytes = settings.getMaxBodySize().toBytes();
    }

    /** Handles one delivery. */
    @PostMapping("${unipile.webhooks.path:/unipile/webhooks}")
    public ResponseEntity<String> receive(@RequestHeader HttpHeaders headers, InputStream body) throws IOException {
        String given = headers.getFirst(secretHeader);
        if (given == null || !matches(given)) {
            LOG.warn("Refused a Unipile webhook delivery: {} header missing or wrong", secretHeader);
            return text(HttpStatus.UNAUTHORIZED, "Unauthorized");
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        if (bytes.length > maxBodyBytes) {
            return text(HttpStatus.PAYLOAD_TOO_LARGE, "Webhook body too large");
        }
        WebhookEvent event;
        try {
            event = WebhookEvents.parse(bytes);
        } catch (WebhookParseException e) {
            LOG.warn("Refused a malformed Unipile webhook delivery: {}", e.getMessage());
            return text(HttpStatus.BAD_REQUEST, "Malformed webhook body");
        }
        publisher.publishEvent(event);
        return ResponseEntity.ok().build();
    }

    private boolean matches(String given) {
        // Digests have one length whatever the secret's, so neither content nor length leaks through timing.
        return MessageDigest.isEqual(secretDigest, sha256(given.getBytes(StandardCharsets.UTF_8)));
    }

    private static ResponseEntity<String> text(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(message);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "UnipileWebhookController[secretHeader=" + secretHeader + ", secret=[REDACTED]]";
    }
}
