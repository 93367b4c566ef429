package io.unipile.testkit.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A fresh EC P-256 key and a self-signed X.509 v3 certificate for it, made in-process.
 *
 * <p>The JDK has no public API to issue a certificate, so this writes the few DER structures a
 * TLS server certificate needs and lets the JDK sign and parse them. Each server gets its own
 * key, which keeps parallel servers independent and needs no keystore file or extra library.
 */
public final class SelfSignedCertificate {

    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
    private static final int[] OID_ECDSA_WITH_SHA256 = {1, 2, 840, 10045, 4, 3, 2};
    private static final int[] OID_COMMON_NAME = {2, 5, 4, 3};
    private static final int[] OID_SUBJECT_ALT_NAME = {2, 5, 29, 17};
    private static final int[] OID_BASIC_CONSTRAINTS = {2, 5, 29, 19};
    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final char[] KEY_PASSWORD = "fake-unipile".toCharArray();

    private final KeyPair keyPair;
    private final X509Certificate certificate;

    private SelfSignedCertificate(KeyPair keyPair, X509Certificate certificate) {
        this.keyPair = keyPair;
        this.certificate = certificate;
    }

    /**
     * Generates a key and a certificate valid for a day around now, naming the given host names
     * and addresses as subject alternative names (clients check these, not the common name).
     */
    public static SelfSignedCertificate generate(List<String> dnsNames, List<InetAddress> addresses) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keyPair = generator.generateKeyPair();
            Instant now = Instant.now();
            byte[] algorithm = Der.sequence(Der.oid(OID_ECDSA_WITH_SHA256));
            byte[] name = Der.sequence(Der.set(Der.sequence(
                    Der.oid(OID_COMMON_NAME), Der.utf8(dnsNames.isEmpty() ? "localhost" : dnsNames.get(0)))));
            byte[] tbs = Der.sequence(
                    Der.explicit(0, Der.integer(BigInteger.valueOf(2))),
                    Der.integer(new BigInteger(63, new SecureRandom()).add(BigInteger.ONE)),
                    algorithm,
                    name,
                    Der.sequence(Der.utcTime(now.minus(Duration.ofHours(1))),
                            Der.utcTime(now.plus(Duration.ofDays(1)))),
                    name,
                    keyPair.getPublic().getEncoded(),
                    Der.explicit(3, Der.sequence(
                            Der.sequence(Der.oid(OID_SUBJECT_ALT_NAME),
                                    Der.octetString(subjectAltNames(dnsNames, addresses))),
                            Der.sequence(Der.oid(OID_BASIC_CONSTRAINTS),
                                    Der.octetString(Der.sequence())))));
            Signature signer = Signature.getInstance(SIGNATURE_ALGORITHM);
            signer.initSign(keyPair.getPrivate());
            signer.update(tbs);
            byte[] der = Der.sequence(tbs, algorithm, Der.bitString(signer.sign()));
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
            certificate.verify(keyPair.getPublic());
            return new SelfSignedCertificate(keyPair, certificate);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate a self-signed certificate", e);
        }
    }

    private static byte[] subjectAltNames(List<String> dnsNames, List<InetAddress> addresses) {
        ByteArrayOutputStream names = new ByteArrayOutputStream();
        for (String dns : dnsNames) {
            names.writeBytes(Der.tagged(0x82, dns.getBytes(StandardCharsets.US_ASCII)));
        }
        for (InetAddress address : addresses) {
            names.writeBytes(Der.tagged(0x87, address.getAddress()));
        }
        return Der.tagged(0x30, names.toByteArray());
    }

    /** The certificate, for clients that want to trust exactly this server. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** A TLS context that serves this certificate. */
    public SSLContext serverContext() {
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            keyStore.setKeyEntry("fake-unipile", keyPair.getPrivate(), KEY_PASSWORD, new Certificate[] {certificate});
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keyStore, KEY_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("Cannot build the server TLS context", e);
        }
    }

    /** A TLS context that trusts this certificate and nothing else. */
    public SSLContext clientContext() {
        try {
            KeyStore trustStore = KeyStore.getInstance("PKCS12");
            trustStore.load(null, null);
            trustStore.setCertificateEntry("fake-unipile", certificate);
            TrustManagerFactory trustManagers =
                    TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trustStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustManagers.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("Cannot build the client TLS context", e);
        }
    }

    /** Just enough DER (ITU-T X.690) to write a certificate. */
    static final class Der {
        private Der() {
        }

        static byte[] sequence(byte[]... items) {
            return tagged(0x30, concat(items));
        }

        static byte[] set(byte[]... items) {
            return tagged(0x31, concat(items));
        }

        static byte[] integer(BigInteger value) {
            return tagged(0x02, value.toByteArray());
        }

        static byte[] utf8(String value) {
            return tagged(0x0C, value.getBytes(StandardCharsets.UTF_8));
        }

        static byte[] utcTime(Instant instant) {
            return tagged(0x17, UTC_TIME.format(instant).getBytes(StandardCharsets.US_ASCII));
        }

        static byte[] octetString(byte[] content) {
            return tagged(0x04, content);
        }

        static byte[] bitString(byte[] content) {
            byte[] withPadding = new byte[content.length + 1];
            System.arraycopy(content, 0, withPadding, 1, content.length);
            return tagged(0x03, withPadding);
        }

        static byte[] explicit(int tagNumber, byte[] content) {
            return tagged(0xA0 | tagNumber, content);
        }

        static byte[] oid(int[] arcs) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(40 * arcs[0] + arcs[1]);
            for (int i = 2; i < arcs.length; i++) {
                int arc = arcs[i];
                int groups = 1;
                while ((arc >>> (7 * groups)) != 0) {
                    groups++;
                }
                for (int g = groups - 1; g >= 0; g--) {
                    int septet = (arc >>> (7 * g)) & 0x7F;
                    out.write(g == 0 ? septet : septet | 0x80);
                }
            }
            return tagged(0x06, out.toByteArray());
        }

        static byte[] tagged(int tag, byte[] content) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
            out.write(tag);
            int length = content.length;
            if (length < 0x80) {
                out.write(length);
            } else {
                int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
                out.write(0x80 | bytes);
                for (int i = bytes - 1; i >= 0; i--) {
                    out.write(length >>> (8 * i));
                }
            }
            out.writeBytes(content);
            return out.toByteArray();
        }

        private static byte[] concat(byte[]... items) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] item : items) {
                out.writeBytes(item);
            }
            return out.toByteArray();
        }
    }
}
