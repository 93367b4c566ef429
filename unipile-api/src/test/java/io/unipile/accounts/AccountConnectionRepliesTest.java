package io.unipile.accounts;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.unipile.internal.Json;
import io.unipile.internal.accounts.ConnectionReply;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static io.unipile.ParseFailures.assertFailsCleanly;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replies of the seven connection operations: the spec's examples (rendered from each 2xx schema the way the
 * reference renders them: {@code "string"}, the first enum value), the checkpoint replies Unipile sends with 202 (its
 * guides and typings; the spec leaves them out), unknown kinds, fields and values kept, malformed ones refused.
 */
class AccountConnectionRepliesTest {

    private static String resource(String path) {
        try (InputStream in = AccountConnectionRepliesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ConnectionResult connection(String json, AccountType provider) throws IOException {
        return Json.mapper().readValue(json, ConnectionReply.class).toResult(provider);
    }

    @Test
    void specExamplesOfConnectReconnectAndSolveAreConnectedAccounts() throws IOException {
        ConnectionResult created = connection(resource("/spec/examples/connect-account.json"), AccountType.LINKEDIN);
        ConnectionResult reconnected = connection(resource("/spec/examples/reconnect-account.json"),
                AccountType.MAIL);
        ConnectionResult solved = connection(resource("/spec/examples/solve-checkpoint.json"),
                AccountType.INSTAGRAM);

        assertThat(created).isEqualTo(new AccountConnected("AccountCreated", "string", null));
        assertThat(((AccountConnected) created).reconnected()).isFalse();
        assertThat(reconnected).isEqualTo(new AccountConnected("AccountReconnected", "string", null));
        assertThat(((AccountConnected) reconnected).reconnected()).isTrue();
        assertThat(solved).isEqualTo(new AccountConnected("AccountCreated", "string", null));
    }

    @Test
    void specExamplesOfTheOtherFourOperationsParse() throws IOException {
        HostedAuthLink link = Json.mapper().readValue(resource("/spec/examples/hosted-auth-link.json"),
                HostedAuthLink.class);
        CheckpointResent resent = Json.mapper().readValue(resource("/spec/examples/resend-checkpoint.json"),
                CheckpointResent.class);
        AccountRestart restart = Json.mapper().readValue(resource("/spec/examples/restart-account.json"),
                AccountRestart.class);
        AccountResync resync = Json.mapper().readValue(resource("/spec/examples/resync-account.json"),
                AccountResync.class);

        assertThat(link).isEqualTo(new HostedAuthLink("HostedAuthUrl", "string", null));
        assertThat(resent).isEqualTo(new CheckpointResent("CheckpointResend", "string", true, null));
        assertThat(restart.object()).isEqualTo("AccountRestarted");
        assertThat(restart.restarted()).isTrue();
        assertThat(restart.extra()).isEmpty();
        assertThat(resync).isEqualTo(new AccountResync("AccountResync", AccountSyncStatus.SYNC_STARTED, null));
    }

    @Test
    void eachCheckpointKindIsItsOwnRecord() throws IOException {
        String[] checkpoints = {
            "{\"type\":\"2FA\",\"source\":\"SMS\"}",
            "{\"type\":\"OTP\"}",
            "{\"type\":\"PHONE_REGISTER\"}",
            "{\"type\":\"IN_APP_VALIDATION\"}",
            "{\"type\":\"CAPTCHA\",\"public_key\":\"3117BF26-4762-4F5A-8ED9-A85E69209A46\",\"data\":\"blob==\"}",
            "{\"type\":\"CONTRACT_CHOOSER\",\"contract_options\":[{\"id\":\"c1\",\"name\":\"Acme Talent\"},"
                    + "{\"id\":\"c2\",\"name\":\"Acme Sales\"}]}",
            "{\"type\":\"QRCODE\",\"qrcode\":\"2@AbC,dEf==,GhI=,1\"}"};
        Checkpoint[] parsed = new Checkpoint[checkpoints.length];
        for (int i = 0; i < checkpoints.length; i++) {
            ConnectionResult result = connection("{\"object\":\"Checkpoint\",\"account_id\":\"acc_1\",\"checkpoint\":"
                    + checkpoints[i] + "}", AccountType.LINKEDIN);
            CheckpointRequired required = (CheckpointRequired) result;
            assertThat(required.accountId()).isEqualTo("acc_1");
            assertThat(required.object()).isEqualTo("Checkpoint");
            assertThat(required.provider()).isEqualTo(AccountType.LINKEDIN);
            parsed[i] = required.checkpoint();
        }

        assertThat(parsed[0]).isEqualTo(new TwoFactorCheckpoint(TwoFactorSource.SMS, null));
        assertThat(parsed[1]).isEqualTo(new OtpCheckpoint(null));
        assertThat(parsed[2]).isEqualTo(new PhoneRegisterCheckpoint(null));
        assertThat(parsed[3]).isEqualTo(new InAppValidationCheckpoint(null));
        assertThat(parsed[4]).isEqualTo(new CaptchaCheckpoint("3117BF26-4762-4F5A-8ED9-A85E69209A46", "blob==", null));
        assertThat(((ContractChooserCheckpoint) parsed[5]).contractOptions())
                .extracting(ContractChooserCheckpoint.Contract::id, ContractChooserCheckpoint.Contract::name)
                .containsExactly(org.assertj.core.api.Assertions.tuple("c1", "Acme Talent"),
                        org.assertj.core.api.Assertions.tuple("c2", "Acme Sales"));
        assertThat(((QrCodeCheckpoint) parsed[6]).qrCode()).isEqualTo("2@AbC,dEf==,GhI=,1");
        assertThat(parsed).extracting(Checkpoint::type).containsExactly(CheckpointType.TWO_FACTOR,
                CheckpointType.OTP, CheckpointType.PHONE_REGISTER, CheckpointType.IN_APP_VALIDATION,
                CheckpointType.CAPTCHA, CheckpointType.CONTRACT_CHOOSER, CheckpointType.QRCODE);
        assertThat(parsed).extracting(Checkpoint::takesCode)
                .containsExactly(true, true, true, false, true, true, false);
    }

    @Test
    void unknownCheckpointKindsFieldsAndValuesAreKept() throws IOException {
        CheckpointRequired unknownKind = (CheckpointRequired) connection("{\"object\":\"Checkpoint\","
                + "\"account_id\":\"a\",\"checkpoint\":{\"type\":\"FACE_ID\",\"hint\":\"look up\"},\"ttl\":300}",
                AccountType.INSTAGRAM);
        CheckpointRequired noType = (CheckpointRequired) connection("{\"object\":\"Checkpoint\","
                + "\"account_id\":\"a\",\"checkpoint\":{\"what\":1}}", AccountType.INSTAGRAM);
        CheckpointRequired newSource = (CheckpointRequired) connection("{\"object\":\"Checkpoint\","
                + "\"account_id\":\"a\",\"checkpoint\":{\"type\":\"2FA\",\"source\":\"EMAIL\",\"digits\":6}}",
                AccountType.LINKEDIN);

        UnknownCheckpoint faceId = (UnknownCheckpoint) unknownKind.checkpoint();
        assertThat(faceId.type().value()).isEqualTo("FACE_ID");
        assertThat(faceId.type().isKnown()).isFalse();
        assertThat(faceId.raw().get("hint").asText()).isEqualTo("look up");
        assertThat(faceId.takesCode()).isFalse();
        assertThat(unknownKind.extra()).containsOnlyKeys("ttl");
        assertThat(((UnknownCheckpoint) noType.checkpoint()).type()).isNull();
        TwoFactorCheckpoint twoFactor = (TwoFactorCheckpoint) newSource.checkpoint();
        assertThat(twoFactor.source().value()).isEqualTo("EMAIL");
        assertThat(twoFactor.source().isKnown()).isFalse();
        assertThat(twoFactor.extra()).containsOnlyKeys("digits");
    }

    @Test
    void aNewStatusOrObjectNeverBreaksParsing() throws IOException {
        AccountResync queued = Json.mapper().readValue("{\"object\":\"AccountResync\",\"status\":\"SYNC_QUEUED\","
                + "\"position\":3}", AccountResync.class);
        AccountRestart failed = Json.mapper().readValue("{\"object\":\"AccountFailedToRestart\",\"reason\":\"x\"}",
                AccountRestart.class);
        ConnectionResult pending = connection("{\"object\":\"AccountPending\",\"account_id\":\"a\"}",
                AccountType.TWITTER);

        assertThat(queued.status().value()).isEqualTo("SYNC_QUEUED");
        assertThat(queued.extra()).containsOnlyKeys("position");
        assertThat(failed.restarted()).isFalse();
        assertThat(failed.extra()).containsOnlyKeys("reason");
        assertThat(pending).isEqualTo(new AccountConnected("AccountPending", "a", null));
    }

    @Test
    void theQrCodeReplyOfEarlierVersionsIsAQrCodeCheckpoint() throws IOException {
        CheckpointRequired qr = (CheckpointRequired) connection("{\"object\":\"QrCode\",\"account_id\":\"wa_1\","
                + "\"qrcode\":\"2@xyz\",\"other\":true}", AccountType.WHATSAPP);

        assertThat(qr.checkpoint()).isEqualTo(new QrCodeCheckpoint("2@xyz", null));
        assertThat(qr.provider()).isEqualTo(AccountType.WHATSAPP);
        assertThat(qr.extra()).containsOnlyKeys("other");
    }

    @Test
    void malformedConnectionRepliesFailNamingWhatIsWrong() {
        assertFailsCleanly(() -> connection("{\"object\":\"Checkpoint\",\"account_id\":\"a\"}", AccountType.LINKEDIN),
                MismatchedInputException.class);
        assertFailsCleanly(() -> connection("{\"object\":\"AccountCreated\"}", AccountType.LINKEDIN),
                MismatchedInputException.class);
        assertFailsCleanly(() -> connection("{\"object\":\"AccountCreated\",\"account_id\":null}",
                AccountType.LINKEDIN), MismatchedInputException.class);
        assertFailsCleanly(() -> connection("{\"object\":null,\"account_id\":\"a\"}", AccountType.LINKEDIN),
                MismatchedInputException.class);
        assertFailsCleanly(() -> connection("{\"object\":\"Checkpoint\",\"account_id\":\"a\",\"checkpoint\":"
                + "{\"type\":\"QRCODE\"}}", AccountType.WHATSAPP), MismatchedInputException.class);
        assertFailsCleanly(() -> connection("{\"object\":\"Checkpoint\",\"account_id\":\"a\",\"checkpoint\":"
                + "{\"type\":7}}", AccountType.WHATSAPP), MismatchedInputException.class);
        assertFailsCleanly(() -> connection("{\"object\":\"Checkpoint\",\"account_id\":\"a\",\"checkpoint\":"
                + "\"2FA\"}", AccountType.LINKEDIN), MismatchedInputException.class);
        assertFailsCleanly(() -> connection("{\"object\":\"Checkpoint\",\"account_id\":\"a\",\"checkpoint\":"
                + "{\"type\":\"CONTRACT_CHOOSER\",\"contract_options\":[{\"id\":\"c1\"}]}}", AccountType.LINKEDIN),
                MismatchedInputException.class);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> connection(
                "{\"object\":\"Checkpoint\",\"account_id\":\"a\"}", AccountType.LINKEDIN))
                .hasMessageContaining("'checkpoint'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> connection("{\"object\":\"Checkpoint\","
                + "\"account_id\":\"a\",\"checkpoint\":{\"type\":\"QRCODE\"}}", AccountType.WHATSAPP))
                .hasMessageContaining("'qrcode'");
    }
}
