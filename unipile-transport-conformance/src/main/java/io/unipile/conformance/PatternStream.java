package io.unipile.conformance;

import java.io.InputStream;

/** {@code size} bytes of a repeating pattern, made as they are read and never held in memory. */
public final class PatternStream extends InputStream {
    private long remaining;

    public PatternStream(long size) {
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
