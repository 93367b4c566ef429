package io.unipile.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * {@code size} bytes made as they are read, never held: a 1 GiB upload from a 64 MiB heap needs a source that is not
 * in memory either, and reading a file would measure the disk. Bytes are copied from one small pattern block, so
 * producing them costs little next to sending them.
 */
final class SyntheticStream extends InputStream {
    private static final byte[] BLOCK = new byte[64 * 1024];

    static {
        for (int i = 0; i < BLOCK.length; i++) {
            BLOCK[i] = (byte) ('a' + i % 26);
        }
    }

    private long remaining;

    SyntheticStream(long size) {
        this.remaining = size;
    }

    @Override
    public int read() {
        if (remaining <= 0) {
            return -1;
        }
        remaining--;
        return BLOCK[(int) (remaining % BLOCK.length)];
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (remaining <= 0) {
            return -1;
        }
        int n = (int) Math.min(Math.min(len, remaining), BLOCK.length);
        System.arraycopy(BLOCK, 0, b, off, n);
        remaining -= n;
        return n;
    }

    /** Writes {@code size} pattern bytes to {@code out}, one block at a time. */
    static void writeTo(OutputStream out, long size) throws IOException {
        for (long left = size; left > 0; left -= BLOCK.length) {
            out.write(BLOCK, 0, (int) Math.min(left, BLOCK.length));
        }
    }
}
