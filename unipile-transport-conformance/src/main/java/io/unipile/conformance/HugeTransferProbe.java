package io.unipile.conformance;

import io.unipile.UnipileClient;
import io.unipile.files.FileInput;
import io.unipile.files.FileDownload;
import io.unipile.messages.MessageSent;
import io.unipile.messages.SendMessageRequest;

import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;

/**
 * Run in a JVM with a small heap ({@code -Xmx64m}) to prove that transfers larger than the heap stream. Arguments:
 * {@code upload|download}, base URL, API key, size in bytes, transport name. An upload sends one message whose
 * attachment is generated on the fly; a download reads an attachment and checks every byte against the pattern.
 */
public final class HugeTransferProbe {
    private HugeTransferProbe() {
    }

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[3]);
        try (UnipileClient client = UnipileClient.builder().baseUrl(args[1]).apiKey(args[2]).transport(args[4])
                .requestTimeout(Duration.ofMinutes(5)).disableRetries().build()) {
            if (args[0].equals("upload")) {
                MessageSent sent = client.chats().sendMessage("c1", SendMessageRequest.builder()
                        .text("big")
                        .addAttachment(FileInput.of(new PatternStream(size), size, "big.bin"))
                        .build());
                System.out.println("SENT " + sent.messageId());
            } else {
                try (FileDownload d = client.messages().downloadAttachment("m1", "att1");
                     InputStream in = d.stream()) {
                    PatternStream expected = new PatternStream(size);
                    byte[] buf = new byte[1 << 16];
                    byte[] want = new byte[1 << 16];
                    long total = 0;
                    for (int n; (n = in.read(buf)) > 0; total += n) {
                        if (expected.readNBytes(want, 0, n) != n || !Arrays.equals(buf, 0, n, want, 0, n)) {
                            throw new AssertionError("content differs near byte " + total);
                        }
                    }
                    System.out.println("RECEIVED " + total);
                }
            }
        }
    }
}
