package io.unipile.testkit;

import io.unipile.accounts.CheckpointType;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A security step the fake asks for before an account is connected, as Unipile's {@code checkpoint}: demand it on
 * the next connection with {@link FakeUnipileState#requireCheckpointOnNextConnect}. Kinds solved with a code hold the
 * code the fake accepts (any other is 401 {@code errors/invalid_checkpoint_solution}); a QR code or an in-app
 * validation is passed with {@link FakeUnipileServer#simulateCheckpointApproved(String)}.
 *
 * <pre>{@code
 * server.state().requireCheckpointOnNextConnect(FakeCheckpoint.twoFactor("123456"));
 * server.state().requireCheckpointOnNextConnect(FakeCheckpoint.captcha("pk", "data", "token"),
 *         FakeCheckpoint.otp("4242"));                                   // one after the other
 * }</pre>
 *
 * @param type the checkpoint's {@code type}
 * @param code the code that solves it, or null for the kinds passed in an app (QR code, in-app validation)
 * @param source where a 2FA code comes from ({@code SMS} or {@code APP}), or null
 * @param qrCode the text of a QR code checkpoint, or null
 * @param publicKey a captcha's public key, or null
 * @param data a captcha's data, or null
 * @param contracts the contracts of a {@code CONTRACT_CHOOSER} (each one's id solves it); empty for the others
 */
public record FakeCheckpoint(CheckpointType type, String code, String source, String qrCode, String publicKey,
                             String data, List<Contract> contracts) {
    private static final Set<CheckpointType> APPROVED_IN_APP = Set.of(CheckpointType.QRCODE,
            CheckpointType.IN_APP_VALIDATION);

    /** Checks that the fields fit the type. */
    public FakeCheckpoint {
        Objects.requireNonNull(type, "type");
        if (!type.isKnown()) {
            throw new IllegalArgumentException("The fake does not know the checkpoint type " + type);
        }
        contracts = List.copyOf(contracts);
        boolean inApp = APPROVED_IN_APP.contains(type);
        boolean chooser = type.equals(CheckpointType.CONTRACT_CHOOSER);
        if (inApp != (code == null) && !chooser) {
            throw new IllegalArgumentException(type + (inApp ? " is passed in an app, without a code"
                    : " needs the code that solves it"));
        }
        if (chooser && (contracts.isEmpty() || code != null)) {
            throw new IllegalArgumentException("CONTRACT_CHOOSER needs contracts, whose ids solve it, and no code");
        }
        if (type.equals(CheckpointType.QRCODE) != (qrCode != null)) {
            throw new IllegalArgumentException("qrCode belongs to, and is required by, QRCODE checkpoints");
        }
    }

    /** A two-factor code, from an SMS. */
    public static FakeCheckpoint twoFactor(String code) {
        return twoFactor(code, "SMS");
    }

    /** A two-factor code from {@code source}: {@code SMS} or {@code APP}. */
    public static FakeCheckpoint twoFactor(String code, String source) {
        return new FakeCheckpoint(CheckpointType.TWO_FACTOR, requireCode(code), Objects.requireNonNull(source),
                null, null, null, List.of());
    }

    /** A one-time password. */
    public static FakeCheckpoint otp(String code) {
        return new FakeCheckpoint(CheckpointType.OTP, requireCode(code), null, null, null, null, List.of());
    }

    /** A phone number to register, solved with exactly {@code phoneNumber} (e.g. {@code (+33)0612345678}). */
    public static FakeCheckpoint phoneRegister(String phoneNumber) {
        return new FakeCheckpoint(CheckpointType.PHONE_REGISTER, requireCode(phoneNumber), null, null, null, null,
                List.of());
    }

    /** A sign-in to approve in the provider's app. */
    public static FakeCheckpoint inAppValidation() {
        return new FakeCheckpoint(CheckpointType.IN_APP_VALIDATION, null, null, null, null, null, List.of());
    }

    /** A captcha with the provider's public key and data, solved with {@code answer}. */
    public static FakeCheckpoint captcha(String publicKey, String data, String answer) {
        return new FakeCheckpoint(CheckpointType.CAPTCHA, requireCode(answer), null, null, publicKey, data, List.of());
    }

    /** A choice of LinkedIn Recruiter contracts; any of their ids solves it. */
    public static FakeCheckpoint contractChooser(Contract... contracts) {
        return new FakeCheckpoint(CheckpointType.CONTRACT_CHOOSER, null, null, null, null, null, List.of(contracts));
    }

    /** A QR code to scan, with this text. */
    public static FakeCheckpoint qrCode(String qrCode) {
        return new FakeCheckpoint(CheckpointType.QRCODE, null, null, Objects.requireNonNull(qrCode, "qrCode"), null,
                null, List.of());
    }

    /** Whether it is solved with a code through {@code POST /accounts/checkpoint}. */
    public boolean takesCode() {
        return !APPROVED_IN_APP.contains(type);
    }

    /** Whether {@code candidate} solves it. */
    public boolean solvedBy(String candidate) {
        if (type.equals(CheckpointType.CONTRACT_CHOOSER)) {
            return contracts.stream().anyMatch(c -> c.id().equals(candidate));
        }
        return code != null && code.equals(candidate);
    }

    private static String requireCode(String code) {
        if (code == null || code.isEmpty()) {
            throw new IllegalArgumentException("the code that solves the checkpoint is required");
        }
        return code;
    }

    /** A LinkedIn Recruiter contract offered by a {@code CONTRACT_CHOOSER}. */
    public record Contract(String id, String name) {
        /** Requires both fields. */
        public Contract {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }
}
