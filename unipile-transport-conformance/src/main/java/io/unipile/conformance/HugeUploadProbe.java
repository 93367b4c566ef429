package io.unipile.conformance;

import io.unipile.UnipileClient;
import io.unipile.files.FileInput;
import io.unipile.messages.MessageSent;
import io.unipile.messages.SendMessageRequest;

import java.io.InputStream;
import java.time.Duration;

/**
 * Run in a JVM with a small heap ({@code -Xmx64m}): sends one message whose attachment is larger than the heap,
 * generated on the fly, to prove that uploads stream. Arguments: base URL, API key, size in bytes, transport name.
 */
public final class HugeUploadProbe {
    private HugeUploadProbe() {
    }

    public static void main(String[] args) {
        long size = Long.parseLong(args[2]);
        try (UnipileClient client = UnipileClient.builder().baseUrl(args[0]).apiKey(args[1]).transport(args[3])
                .requestTimeout(Duration.ofMinutes(5)).build()) {
            MessageSent sent = client.chats().sendMessage("c1", SendMessageRequest.builder()
                    .text("big")
                    .addAttachment(FileInput.of(new PatternStream(size), size, "big.bin"))
                    .build());
            System.out.println("SENT " + sent.messageId() + " maxMemory=" + Runtime.getRuntime().maxMemory());
        }
    }

    /** {@code size} bytes of a repeating pattern, never held in memory. */
    static final class PatternStream extends InputStream {
        private long remaining;

        PatternStream(long size) {
            this.remaining = size;
        }

        @Override
        public int read() {
            return remaining-- > 0 ? (int) (remaining & 0x7f) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, remaining);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) ((remaining - i - 1) & 0x7f);
            }
            remaining -= n;
            return n;
        }
    }
}
