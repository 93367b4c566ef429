package io.unipile.internal;

import com.fasterxml.jackson.core.Version;

/**
 * The range of jackson-databind the library supports. Its models are records whose unknown fields are collected by
 * a {@code @JsonAnySetter} constructor parameter, which databind reads only from 2.18 on; an older one fails on the
 * first reply with an error that seems to blame the server, so the client refuses it when built instead.
 */
public final class JacksonVersion {
    /** The oldest supported jackson-databind. */
    public static final Version OLDEST = new Version(2, 18, 0, null, "com.fasterxml.jackson.core", "jackson-databind");

    private JacksonVersion() {
    }

    /** @throws IllegalStateException naming the version found when it is older than {@link #OLDEST} */
    public static void requireSupported() {
        check(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
    }

    static void check(Version found) {
        if (found.compareTo(OLDEST) < 0) {
            throw new IllegalStateException("unipile-java needs jackson-databind " + OLDEST.toString()
                    + " or newer, but " + found + " is on the class path (another dependency may pin it; import "
                    + "com.fasterxml.jackson:jackson-bom 2.18 or newer)");
        }
    }
}
