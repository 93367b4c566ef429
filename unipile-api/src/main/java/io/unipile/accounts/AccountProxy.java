package io.unipile.accounts;

import io.unipile.internal.Check;
import io.unipile.internal.Redactor;

import java.util.Objects;

/**
 * A proxy an account is to go through ({@code proxy} of a connection or of a hosted auth link). Host and port are
 * required; the password never appears in {@code toString()}.
 */
public final class AccountProxy {
    private final String host;
    private final int port;
    private final ProxyProtocol protocol;
    private final String username;
    private final String password;

    private AccountProxy(Builder b) {
        this.host = Check.notBlank("proxy.host", b.host);
        this.port = Check.range("proxy.port", Check.notNull("proxy.port", b.port), 1, 65_535);
        this.protocol = b.protocol;
        this.username = Check.nullOrNotBlank("proxy.username", b.username);
        this.password = Check.nullOrNotBlank("proxy.password", b.password);
    }

    /** A builder for a proxy at {@code host:port}. */
    public static Builder builder(String host, int port) {
        return new Builder().host(host).port(port);
    }

    /** A builder holding every field of this proxy. */
    public Builder toBuilder() {
        return new Builder().host(host).port(port).protocol(protocol).username(username).password(password);
    }

    /** {@code host}. */
    public String host() {
        return host;
    }

    /** {@code port}, 1 to 65535. */
    public int port() {
        return port;
    }

    /** {@code protocol}, or {@code null} for Unipile's default. */
    public ProxyProtocol protocol() {
        return protocol;
    }

    /** {@code username} for the proxy, or {@code null}. */
    public String username() {
        return username;
    }

    /** {@code password} for the proxy, or {@code null}. */
    public String password() {
        return password;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountProxy p && host.equals(p.host) && port == p.port
                && Objects.equals(protocol, p.protocol) && Objects.equals(username, p.username)
                && Objects.equals(password, p.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, protocol, username, password);
    }

    @Override
    public String toString() {
        return "AccountProxy[host=" + host + ", port=" + port + ", protocol=" + protocol + ", username=" + username
                + ", password=" + (password == null ? null : Redactor.MARK) + "]";
    }

    /** Builds an {@link AccountProxy}; {@link #build()} checks it. */
    public static final class Builder {
        private String host;
        private Integer port;
        private ProxyProtocol protocol;
        private String username;
        private String password;

        private Builder() {
        }

        /** {@code host} (required). */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** {@code port} (required), 1 to 65535. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** {@code protocol}: {@code http}, {@code https} or {@code socks5}. */
        public Builder protocol(ProxyProtocol protocol) {
            this.protocol = protocol;
            return this;
        }

        /** {@code username}, when the proxy wants one. */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /** {@code password}, when the proxy wants one. */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** The proxy; fails naming a missing host, a port out of range, or a blank user name or password. */
        public AccountProxy build() {
            return new AccountProxy(this);
        }
    }
}
