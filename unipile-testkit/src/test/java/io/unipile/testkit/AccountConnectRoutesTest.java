package io.unipile.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.UnipileClient;
import io.unipile.accounts.Account;
import io.unipile.accounts.AccountConnected;
import io.unipile.accounts.AccountProxy;
import io.unipile.accounts.AccountResync;
import io.unipile.accounts.AccountSyncStatus;
import io.unipile.accounts.AccountType;
import io.unipile.accounts.CaptchaCheckpoint;
import io.unipile.accounts.CheckpointRequired;
import io.unipile.accounts.ConnectAccountRequest;
import io.unipile.accounts.ConnectionResult;
import io.unipile.accounts.ContractChooserCheckpoint;
import io.unipile.accounts.HostedAuthLink;
import io.unipile.accounts.HostedAuthLinkRequest;
import io.unipile.accounts.HostedAuthOption;
import io.unipile.accounts.HostedAuthProvider;
import io.unipile.accounts.HostedAuthProviders;
import io.unipile.accounts.ImapCredentials;
import io.unipile.accounts.ImapEncryption;
import io.unipile.accounts.InAppValidationCheckpoint;
import io.unipile.accounts.LinkedInCredentials;
import io.unipile.accounts.MailConnectionParams;
import io.unipile.accounts.QrCodeCheckpoint;
import io.unipile.accounts.ResendCheckpointRequest;
import io.unipile.accounts.SolveCheckpointRequest;
import io.unipile.accounts.TwoFactorCheckpoint;
import io.unipile.accounts.TwoFactorSource;
import io.unipile.accounts.WhatsAppCredentials;
import io.unipile.errors.AuthenticationException;
import io.unipile.errors.NotFoundException;
import io.unipile.errors.PermissionDeniedException;
import io.unipile.errors.ServerException;
import io.unipile.errors.UnipileApiException;
import io.unipile.testkit.accounts.AccountRoutes;
import io.unipile.webhooks.AccountStatusEvent;
import io.unipile.webhooks.AccountStatusMessage;
import io.unipile.webhooks.CreateWebhookRequest;
import io.unipile.webhooks.WebhookEventType;
import io.unipile.webhooks.WebhookEvents;
import io.unipile.webhooks.WebhookSource;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stateful connection routes through the library's own client over HTTP: native connections with and without
 * checkpoints, solving, resending, expiring and approving them, reconnecting, restarting, resyncing, and hosted auth
 * links completed by the test, with the webhooks and {@code notify_url} calls they cause.
 */
@FakeUnipile(webhookRetryDelaysMillis = {20, 40}, webhookTimeoutMillis = 2_000)
class AccountConnectRoutesTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Instant LATER = Instant.parse("2099-01-01T00:00:00.000Z");

    private final WebhookReceiver receiver = new WebhookReceiver();

    @BeforeEach
    void subscribe(FakeUnipileServer server) {
        server.state().addWebhook(CreateWebhookRequest.builder(receiver.url("/status"), WebhookSource.ACCOUNT_STATUS)
                .events(WebhookEventType.CREATION_SUCCESS, WebhookEventType.RECONNECTED, WebhookEventType.CONNECTING,
                        WebhookEventType.OK, WebhookEventType.SYNC_SUCCESS).build());
    }

    @AfterEach
    void close() {
        receiver.close();
    }

    private AccountStatusEvent.AccountStatus status(int index) throws InterruptedException {
        return ((AccountStatusEvent) WebhookEvents.parse(receiver.await(index + 1, WAIT).get(index).body()))
                .accountStatus();
    }

    private static ConnectAccountRequest linkedIn() {
        return ConnectAccountRequest.of(LinkedInCredentials.basic("jane@example.com", "pw-123456"));
    }

    @Test
    void aConnectionWithoutCheckpointCreatesTheAccountAndTellsWebhooks(FakeUnipileServer server,
                                                                       UnipileClient client) throws Exception {
        AccountConnected connected = (AccountConnected) client.accounts().connect(linkedIn());

        assertThat(connected.object()).isEqualTo("AccountCreated");
        Account account = client.accounts().get(connected.accountId());
        assertThat(account.type()).isEqualTo(AccountType.LINKEDIN);
        assertThat(account.name()).isEqualTo("jane@example.com");
        AccountStatusEvent.AccountStatus event = status(0);
        assertThat(event.accountId()).isEqualTo(connected.accountId());
        assertThat(event.message()).isEqualTo(AccountStatusMessage.CREATION_SUCCESS);
        assertThat(server.journal().requests(AccountRoutes.CONNECT_ACCOUNT)).hasSize(1);
    }

    @Test
    void aMailboxKeepsItsServers(UnipileClient client) {
        ConnectionResult result = client.accounts().connect(ConnectAccountRequest.of(ImapCredentials.builder()
                .imapHost("imap.example.com").imapPort(993).imapEncryption(ImapEncryption.SSL)
                .smtpHost("smtp.example.com").smtpPort(587).login("jane@example.com", "pw-123456").build()));

        MailConnectionParams.Servers servers = ((MailConnectionParams) client.accounts().get(result.accountId())
                .connectionParams()).mail();
        assertThat(servers.imapHost()).isEqualTo("imap.example.com");
        assertThat(servers.imapPort()).isEqualTo(993);
        assertThat(servers.imapEncryption()).isEqualTo(ImapEncryption.SSL);
        assertThat(servers.smtpPort()).isEqualTo(587);
        assertThat(servers.imapUser()).isEqualTo("jane@example.com");
    }

    @Test
    void aDemandedCheckpointMustBeSolvedBeforeTheAccountExists(FakeUnipileServer server, UnipileClient client)
            throws Exception {
        server.state().requireCheckpointOnNextConnect(FakeCheckpoint.twoFactor("123456", "APP"));

        CheckpointRequired required = (CheckpointRequired) client.accounts().connect(linkedIn());

        assertThat(required.checkpoint()).isEqualTo(new TwoFactorCheckpoint(TwoFactorSource.APP, Map.of()));
        assertThatThrownBy(() -> client.accounts().get(required.accountId())).isInstanceOf(NotFoundException.class);
        AuthenticationException wrong = catchThrowableOfType(AuthenticationException.class,
                () -> client.accounts().solveCheckpoint(SolveCheckpointRequest.of(required, "000000")));
        assertThat(wrong.errorCode()).contains("invalid_checkpoint_solution");
        assertThat(server.state().pendingConnection(required.accountId())).isPresent();

        ConnectionResult solved = client.accounts().solveCheckpoint(SolveCheckpointRequest.of(required, "123456"));

        assertThat(solved).isEqualTo(new AccountConnected("AccountCreated", required.accountId(), Map.of()));
        assertThat(client.accounts().get(required.accountId()).name()).isEqualTo("jane@example.com");
        assertThat(server.state().pendingConnection(required.accountId())).isEmpty();
        assertThat(status(0).message()).isEqualTo(AccountStatusMessage.CREATION_SUCCESS);
        assertThat(status(0).accountId()).isEqualTo(required.accountId());
    }

    @Test
    void chainedCheckpointsComeOneAfterTheOther(FakeUnipileServer server, UnipileClient client) {
        server.state().requireCheckpointOnNextConnect(FakeCheckpoint.captcha("pk-1", "blob", "captcha-answer"),
                FakeCheckpoint.contractChooser(new FakeCheckpoint.Contract("ct_1", "Talent"),
                        new FakeCheckpoint.Contract("ct_2", "Sales")));
        server.state().requireCheckpointOnNextConnect(FakeCheckpoint.otp("4242"));

        CheckpointRequired captcha = (CheckpointRequired) client.accounts().connect(linkedIn());
        CheckpointRequired otp = (CheckpointRequired) client.accounts().connect(linkedIn());
        CheckpointRequired chooser = (CheckpointRequired) client.accounts().solveCheckpoint(
                SolveCheckpointRequest.of(captcha, "captcha-answer"));

        assertThat(captcha.checkpoint()).isEqualTo(new CaptchaCheckpoint("pk-1", "blob", Map.of()));
        assertThat(otp.accountId()).isNotEqualTo(captcha.accountId());
        assertThat(chooser.accountId()).isEqualTo(captcha.accountId());
        assertThat(((ContractChooserCheckpoint) chooser.checkpoint()).contractOptions())
                .extracting(ContractChooserCheckpoint.Contract::id).containsExactly("ct_1", "ct_2");
        assertThat(server.state().pendingConnection(captcha.accountId()).orElseThrow().next()).isEmpty();
        assertThat(client.accounts().solveCheckpoint(SolveCheckpointRequest.of(chooser, "ct_2")))
                .isInstanceOf(AccountConnected.class);
        assertThat(client.accounts().solveCheckpoint(SolveCheckpointRequest.of(otp, "4242")))
                .isInstanceOf(AccountConnected.class);
        assertThat(server.state().accounts()).hasSize(2);
        assertThat(client.accounts().connect(linkedIn())).as("the queue is used up").isInstanceOf(AccountConnected.class);
    }

    @Test
    void whatsappShowsAQrCodeAndConnectsOnceScanned(FakeUnipileServer server, UnipileClient client) throws Exception {
        CheckpointRequired qr = (CheckpointRequired) client.accounts().connect(
                ConnectAccountRequest.of(WhatsAppCredentials.qrCode()));

        String text = ((QrCodeCheckpoint) qr.checkpoint()).qrCode();
        assertThat(text).startsWith("2@").hasSizeGreaterThan(40);
        assertThat(server.state().account(qr.accountId())).isEmpty();
        HttpResponse<String> byCode = new Http(server).postJson("/api/v1/accounts/checkpoint",
                "{\"account_id\":\"" + qr.accountId() + "\",\"provider\":\"LINKEDIN\",\"code\":\"1\"}");
        assertThat(byCode.statusCode()).isEqualTo(400);

        Optional<FakeAccount> account = server.simulateCheckpointApproved(qr.accountId());

        assertThat(account).map(FakeAccount::type).contains(AccountType.WHATSAPP);
        assertThat(client.accounts().get(qr.accountId()).type()).isEqualTo(AccountType.WHATSAPP);
        assertThat(status(0).message()).isEqualTo(AccountStatusMessage.CREATION_SUCCESS);
        assertThatThrownBy(() -> server.simulateCheckpointApproved(qr.accountId()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInAppValidationIsResentThenApproved(FakeUnipileServer server, UnipileClient client) {
        server.state().requireCheckpointOnNextConnect(FakeCheckpoint.inAppValidation(), FakeCheckpoint.otp("77"));
        CheckpointRequired inApp = (CheckpointRequired) client.accounts().connect(linkedIn());

        assertThat(inApp.checkpoint()).isInstanceOf(InAppValidationCheckpoint.class);
        assertThat(client.accounts().resendCheckpoint(ResendCheckpointRequest.of(inApp)).success()).isTrue();
        assertThat(client.accounts().resendCheckpoint(ResendCheckpointRequest.of(inApp)).success()).isTrue();
        assertThat(server.state().pendingConnection(inApp.accountId()).orElseThrow().resends()).isEqualTo(2);
        assertThat(server.simulateCheckpointApproved(inApp.accountId())).as("an OTP follows").isEmpty();
        assertThatThrownBy(() -> server.simulateCheckpointApproved(inApp.accountId()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("solved with a code");
        assertThat(client.accounts().solveCheckpoint(SolveCheckpointRequest.of(inApp, "77")))
                .isEqualTo(new AccountConnected("AccountCreated", inApp.accountId(), Map.of()));
    }

    @Test
    void aCheckpointWithoutNotificationIsNotResent(FakeUnipileServer server, UnipileClient client) {
        server.state().requireCheckpointOnNextConnect(FakeCheckpoint.contractChooser(
                new FakeCheckpoint.Contract("ct", "Recruiter")));
        CheckpointRequired chooser = (CheckpointRequired) client.accounts().connect(linkedIn());

        assertThat(client.accounts().resendCheckpoint(ResendCheckpointRequest.of(chooser)).success()).isFalse();
        assertThat(server.state().pendingConnection(chooser.accountId()).orElseThrow().resends()).isZero();
    }

    @Test
    void anExpiredCheckpointCanNeitherBeSolvedNorResent(FakeUnipileServer server, UnipileClient client) {
        server.state().requireCheckpointOnNextConnect(FakeCheckpoint.twoFactor("123456"));
        CheckpointRequired required = (CheckpointRequired) client.accounts().connect(linkedIn());

        server.state().expireCheckpoint(required.accountId());

        UnipileApiException solve = catchThrowableOfType(UnipileApiException.class,
                () -> client.accounts().solveCheckpoint(SolveCheckpointRequest.of(required, "123456")));
        AuthenticationException resend = catchThrowableOfType(AuthenticationException.class,
                () -> client.accounts().resendCheckpoint(ResendCheckpointRequest.of(required)));
        assertThat(solve.statusCode()).isEqualTo(408);
        assertThat(solve.errorCode()).contains("request_timeout");
        assertThat(resend.errorCode()).contains("checkpoint_error");
        assertThat(server.state().pendingConnection(required.accountId()).orElseThrow().expired()).isTrue();
        assertThat(server.state().account(required.accountId())).isEmpty();
        assertThatThrownBy(() -> server.state().expireCheckpoint("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reconnectingRestoresTheAccountsSources(FakeUnipileServer server, UnipileClient client) throws Exception {
        FakeAccount account = server.state().addAccount(AccountType.LINKEDIN);
        server.simulateAccountStatus(account.id(), AccountStatusMessage.CREDENTIALS);

        ConnectionResult result = client.accounts().reconnect(account.id(),
                ConnectAccountRequest.of(LinkedInCredentials.cookie("AQEDnew")));

        assertThat(result).isEqualTo(new AccountConnected("AccountReconnected", account.id(), Map.of()));
        assertThat(server.state().account(account.id()).orElseThrow().sources())
                .allMatch(s -> s.status() == FakeAccount.SourceStatus.OK);
        AccountStatusEvent.AccountStatus event = status(0);
        assertThat(event.message()).isEqualTo(AccountStatusMessage.RECONNECTED);
        assertThat(event.accountId()).isEqualTo(account.id());
        assertThatThrownBy(() -> client.accounts().reconnect("nope", linkedIn()))
                .isInstanceOf(NotFoundException.class);
        PermissionDeniedException mismatch = catchThrowableOfType(PermissionDeniedException.class,
                () -> client.accounts().reconnect(account.id(), ConnectAccountRequest.of(WhatsAppCredentials.qrCode())));
        assertThat(mismatch.errorCode()).contains("account_mismatch");
    }

    @Test
    void aReconnectionMayAskForACheckpointToo(FakeUnipileServer server, UnipileClient client) throws Exception {
        FakeAccount account = server.state().addAccount(AccountType.LINKEDIN);
        server.simulateAccountStatus(account.id(), AccountStatusMessage.CREDENTIALS);
        server.state().requireCheckpointOnNextConnect(FakeCheckpoint.otp("9999"));

        CheckpointRequired required = (CheckpointRequired) client.accounts().reconnect(account.id(), linkedIn());

        assertThat(required.accountId()).isEqualTo(account.id());
        assertThat(server.state().pendingConnection(account.id()).orElseThrow().reconnection()).isTrue();
        assertThat(server.state().account(account.id()).orElseThrow().sources())
                .allMatch(s -> s.status() == FakeAccount.SourceStatus.CREDENTIALS);
        assertThat(client.accounts().solveCheckpoint(SolveCheckpointRequest.of(required, "9999")).accountId())
                .isEqualTo(account.id());
        assertThat(status(0).message()).isEqualTo(AccountStatusMessage.RECONNECTED);
    }

    @Test
    void restartingBringsStoppedSourcesBackButNotMissingCredentials(FakeUnipileServer server, UnipileClient client)
            throws Exception {
        FakeAccount stopped = server.state().addAccount(AccountType.LINKEDIN);
        FakeAccount locked = server.state().addAccount(AccountType.MAIL);
        server.simulateAccountStatus(stopped.id(), AccountStatusMessage.STOPPED);
        server.simulateAccountStatus(locked.id(), AccountStatusMessage.CREDENTIALS);

        assertThat(client.accounts().restart(stopped.id()).restarted()).isTrue();
        assertThat(client.accounts().restart(locked.id()).restarted()).isFalse();

        assertThat(server.state().account(stopped.id()).orElseThrow().sources())
                .allMatch(s -> s.status() == FakeAccount.SourceStatus.OK);
        assertThat(server.state().account(locked.id()).orElseThrow().sources())
                .allMatch(s -> s.status() == FakeAccount.SourceStatus.CREDENTIALS);
        List<WebhookReceiver.Received> received = receiver.await(2, WAIT);
        assertThat(received).extracting(r -> ((AccountStatusEvent) WebhookEvents.parse(r.body())).accountStatus().message())
                .containsExactlyInAnyOrder(AccountStatusMessage.CONNECTING, AccountStatusMessage.OK);
        assertThatThrownBy(() -> client.accounts().restart("nope")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aResyncStartsThenReportsDoneForLinkedInOnly(FakeUnipileServer server, UnipileClient client)
            throws Exception {
        FakeAccount linkedin = server.state().addAccount(AccountType.LINKEDIN);
        FakeAccount mail = server.state().addAccount(AccountType.MAIL);

        AccountResync started = client.accounts().resync(linkedin.id());
        AccountResync done = client.accounts().resync(linkedin.id());
        AccountResync again = client.accounts().resync(linkedin.id());

        assertThat(List.of(started.status(), done.status(), again.status())).containsExactly(
                AccountSyncStatus.SYNC_STARTED, AccountSyncStatus.SYNC_DONE, AccountSyncStatus.SYNC_STARTED);
        assertThat(status(0).message()).isEqualTo(AccountStatusMessage.SYNC_SUCCESS);
        ServerException notLinkedIn = catchThrowableOfType(ServerException.class,
                () -> client.accounts().resync(mail.id()));
        assertThat(notLinkedIn.errorCode()).contains("feature_not_implemented");
        assertThatThrownBy(() -> client.accounts().resync("nope")).isInstanceOf(NotFoundException.class);
        Http http = new Http(server);
        for (String bad : new String[] {"chunk_size=0", "partial=yes", "linkedin_product=premium", "before=-1",
                "after=soon"}) {
            assertThat(http.get("/api/v1/accounts/" + linkedin.id() + "/sync?" + bad).statusCode()).as(bad)
                    .isEqualTo(400);
        }
    }

    @Test
    void aHostedLinkCompletedByTheTestCreatesTheAccountAndNotifies(FakeUnipileServer server, UnipileClient client)
            throws Exception {
        HostedAuthLink link = client.accounts().createHostedAuthLink(HostedAuthLinkRequest
                .create(HostedAuthProviders.of(HostedAuthProvider.LINKEDIN, HostedAuthProvider.GOOGLE))
                .expiresOn(LATER).apiUrl(server.baseUrl()).name("user-42").notifyUrl(receiver.url("/notify"))
                .successRedirectUrl("https://app.example.com/ok").disableOption(HostedAuthOption.PROXY)
                .proxy(AccountProxy.builder("proxy.example", 8080).build()).build());

        assertThat(link.url()).startsWith("https://account.unipile.com/");
        FakeHostedLink stored = server.state().hostedLink(link.url()).orElseThrow();
        assertThat(stored.providers()).containsExactly("LINKEDIN", "GOOGLE");
        assertThat(stored.name()).isEqualTo("user-42");
        assertThat(stored.expiresOn()).isEqualTo(LATER);
        assertThat(stored.disabledOptions()).containsExactly("proxy");
        assertThat(stored.completed()).isFalse();
        assertThatThrownBy(() -> server.simulateHostedAuthCompleted(link.url(), AccountType.WHATSAPP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offers");

        FakeAccount account = server.simulateHostedAuthCompleted(link.url(), AccountType.GOOGLE_OAUTH);

        assertThat(client.accounts().get(account.id()).type()).isEqualTo(AccountType.GOOGLE_OAUTH);
        assertThat(server.state().hostedLink(stored.id()).orElseThrow().accountId()).isEqualTo(account.id());
        List<WebhookReceiver.Received> received = receiver.await(2, WAIT);
        WebhookReceiver.Received notify = received.stream().filter(r -> r.path().equals("/notify")).findFirst()
                .orElseThrow();
        JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(notify.body());
        assertThat(body.get("status").asText()).isEqualTo("CREATION_SUCCESS");
        assertThat(body.get("account_id").asText()).isEqualTo(account.id());
        assertThat(body.get("name").asText()).isEqualTo("user-42");
        assertThat(notify.header("Content-Type")).isEqualTo("application/json");
        WebhookReceiver.Received webhook = received.stream().filter(r -> r.path().equals("/status")).findFirst()
                .orElseThrow();
        assertThat(((AccountStatusEvent) WebhookEvents.parse(webhook.body())).accountStatus().message())
                .isEqualTo(AccountStatusMessage.CREATION_SUCCESS);
        assertThat(server.webhookDeliveries().awaitSettled(2, WAIT)).extracting(WebhookDelivery::webhookId)
                .contains("notify_url:" + stored.id());
        assertThatThrownBy(() -> server.simulateHostedAuthCompleted(link.url(), AccountType.LINKEDIN))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("completed already");
    }

    @Test
    void aReconnectLinkReconnectsItsAccount(FakeUnipileServer server, UnipileClient client) throws Exception {
        FakeAccount account = server.state().addAccount(AccountType.INSTAGRAM);
        server.simulateAccountStatus(account.id(), AccountStatusMessage.CREDENTIALS);
        HostedAuthLink link = client.accounts().createHostedAuthLink(HostedAuthLinkRequest.reconnect(account.id())
                .expiresOn(LATER).apiUrl(server.baseUrl()).notifyUrl(receiver.url("/notify")).build());

        assertThatThrownBy(() -> server.simulateHostedAuthCompleted(link.url(), AccountType.LINKEDIN))
                .isInstanceOf(IllegalArgumentException.class);
        FakeAccount reconnected = server.simulateHostedAuthCompleted(link.url(), AccountType.INSTAGRAM);

        assertThat(reconnected.id()).isEqualTo(account.id());
        assertThat(reconnected.sources()).allMatch(s -> s.status() == FakeAccount.SourceStatus.OK);
        List<WebhookReceiver.Received> received = receiver.await(2, WAIT);
        WebhookReceiver.Received notify = received.stream().filter(r -> r.path().equals("/notify")).findFirst()
                .orElseThrow();
        assertThat(notify.body()).isEqualTo("{\"status\":\"RECONNECTED\",\"account_id\":\"" + account.id() + "\"}");
    }

    @Test
    void anExpiredOrUnknownLinkCannotBeCompleted(FakeUnipileServer server, UnipileClient client) {
        HostedAuthLink link = client.accounts().createHostedAuthLink(HostedAuthLinkRequest
                .create(HostedAuthProviders.ALL).expiresOn(Instant.now().minusSeconds(1)).apiUrl(server.baseUrl())
                .build());

        assertThatThrownBy(() -> server.simulateHostedAuthCompleted(link.url(), AccountType.LINKEDIN))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> server.simulateHostedAuthCompleted("https://account.unipile.com/nope",
                AccountType.LINKEDIN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.state().accounts()).isEmpty();
    }

    @Test
    void aConnectionIsNotResentWhenItsAnswerIsLost(FakeUnipileServer server, UnipileClient client) {
        server.faults().on(AccountRoutes.CONNECT_ACCOUNT).inject(Fault.status(503).afterProcessing());

        ServerException e = catchThrowableOfType(ServerException.class, () -> client.accounts().connect(linkedIn()));

        assertThat(e.details().isOutcomeUnknown()).isTrue();
        assertThat(server.journal().requests(AccountRoutes.CONNECT_ACCOUNT)).hasSize(1);
        assertThat(server.state().accounts()).as("the one attempt connected the account").hasSize(1);
    }

    @Test
    void bodiesAreReadStrictly(FakeUnipileServer server) {
        FakeAccount known = server.state().addAccount(AccountType.LINKEDIN);
        Http http = new Http(server);
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("{\"provider\":\"LINKEDIN\",\"username\":\"j\",\"password\":\"p\",\"access_token\":\"t\"}",
                "errors/invalid_parameters");
        refused.put("{\"provider\":\"LINKEDIN\"}", "errors/missing_parameters");
        refused.put("{\"provider\":\"LINKEDIN\",\"access_token\":\"t\",\"imap_host\":\"h\"}",
                "errors/invalid_parameters");
        refused.put("{\"provider\":\"MAIL\",\"imap_user\":\"u\"}", "errors/missing_parameters");
        refused.put("{\"provider\":\"SLACK\"}", "errors/invalid_parameters");
        refused.put("{\"username\":\"j\"}", "errors/missing_parameters");
        refused.put("{\"provider\":\"WHATSAPP\",\"country\":\"FRA\"}", "errors/invalid_parameters");
        refused.put("{\"provider\":\"INSTAGRAM\",\"username\":\"j\",\"password\":\"p\",\"sync_limit\":"
                + "\"NO_HISTORY_SYNC\"}", "errors/invalid_parameters");
        refused.put("{\"provider\":\"WHATSAPP\",\"proxy\":{\"host\":\"h\"}}", "errors/missing_parameters");
        refused.put("{\"provider\":\"TWITTER\",\"username\":\"j\",\"email\":\"nope\",\"password\":\"p\"}",
                "errors/invalid_parameters");
        refused.put("[]", "errors/malformed_request");
        for (Map.Entry<String, String> body : refused.entrySet()) {
            HttpResponse<String> response = http.postJson("/api/v1/accounts", body.getKey());
            assertThat(Http.json(response).get("type").asText()).as(body.getKey()).isEqualTo(body.getValue());
        }
        String link = "/api/v1/hosted/accounts/link";
        String base = "\"expiresOn\":\"2099-01-01T00:00:00.000Z\",\"api_url\":\"https://api1.unipile.com:13153\"";
        assertThat(Http.json(http.postJson(link, "{\"type\":\"create\"," + base + "}")).get("type").asText())
                .isEqualTo("errors/missing_parameters");
        assertThat(Http.json(http.postJson(link, "{\"type\":\"create\",\"providers\":\"LINKEDIN\"," + base + "}"))
                .get("type").asText()).isEqualTo("errors/invalid_parameters");
        assertThat(Http.json(http.postJson(link, "{\"type\":\"reconnect\",\"reconnect_account\":\"nope\"," + base
                + "}")).get("type").asText()).isEqualTo("errors/invalid_parameters");
        assertThat(Http.json(http.postJson(link, "{\"type\":\"create\",\"providers\":\"*\",\"expiresOn\":"
                + "\"2099-01-01\",\"api_url\":\"https://a.example\"}")).get("type").asText())
                .isEqualTo("errors/invalid_parameters");
        assertThat(Http.json(http.postJson(link, "{\"type\":\"create\",\"providers\":\"*\",\"expiresOn\":"
                + "\"2099-01-01T00:00:00.000Z\",\"api_url\":\"api1.unipile.com\"}")).get("type").asText())
                .isEqualTo("errors/invalid_url");
        assertThat(http.postJson(link, "{\"type\":\"reconnect\",\"reconnect_account\":\"" + known.id() + "\","
                + base + "}").statusCode()).isEqualTo(200);
        assertThat(Http.json(http.postJson("/api/v1/accounts/checkpoint", "{\"account_id\":\"nope\","
                + "\"provider\":\"LINKEDIN\",\"code\":\"1\"}")).get("type").asText())
                .isEqualTo("errors/invalid_parameters");
        assertThat(Http.json(http.postJson("/api/v1/accounts/checkpoint/resend", "{\"account_id\":\"a\","
                + "\"provider\":\"TWITTER\"}")).get("type").asText()).isEqualTo("errors/invalid_parameters");
        assertThat(server.state().accounts()).containsExactly(known);
    }

    @Test
    void fakeCheckpointsHoldOnlyTheirKindsFields() {
        assertThatThrownBy(() -> FakeCheckpoint.otp("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FakeCheckpoint(io.unipile.accounts.CheckpointType.QRCODE, "123", null, "2@x",
                null, null, List.of())).hasMessageContaining("without a code");
        assertThatThrownBy(() -> new FakeCheckpoint(io.unipile.accounts.CheckpointType.OTP, "1", null, "2@x", null,
                null, List.of())).hasMessageContaining("qrCode");
        assertThatThrownBy(() -> FakeCheckpoint.contractChooser()).hasMessageContaining("contracts");
        assertThatThrownBy(() -> new FakeCheckpoint(io.unipile.accounts.CheckpointType.of("FACE_ID"), null, null,
                null, null, null, List.of())).hasMessageContaining("FACE_ID");
        FakeCheckpoint chooser = FakeCheckpoint.contractChooser(new FakeCheckpoint.Contract("a", "A"),
                new FakeCheckpoint.Contract("b", "B"));
        assertThat(chooser.solvedBy("b")).isTrue();
        assertThat(chooser.solvedBy("c")).isFalse();
        assertThat(FakeCheckpoint.inAppValidation().takesCode()).isFalse();
        assertThat(FakeCheckpoint.phoneRegister("(+33)0612345678").solvedBy("(+33)0612345678")).isTrue();
    }

    @Test
    void aNotifyUrlThatFailsIsRetriedLikeAWebhook(FakeUnipileServer server, UnipileClient client) throws Exception {
        try (WebhookReceiver app = new WebhookReceiver()) {
            app.respond(500);
            HostedAuthLink link = client.accounts().createHostedAuthLink(HostedAuthLinkRequest
                    .create(HostedAuthProviders.ALL_MAILING).expiresOn(LATER).apiUrl(server.baseUrl())
                    .notifyUrl(app.url("/notify")).build());
            String linkId = server.state().hostedLink(link.url()).orElseThrow().id();

            server.simulateHostedAuthCompleted(link.url(), AccountType.MAIL);

            WebhookDelivery notify = server.webhookDeliveries().await(d -> d.webhookId().equals("notify_url:"
                    + linkId) && d.settled(), 1, WAIT).get(0);
            assertThat(notify.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
            assertThat(notify.attempts()).extracting(WebhookDelivery.Attempt::statusCode).containsExactly(500, 200);
            assertThat(notify.event()).isEqualTo(WebhookEventType.CREATION_SUCCESS);
            assertThat(app.await(2, WAIT)).extracting(WebhookReceiver.Received::body).containsOnly(notify.body());
        }
    }
}
