package io.unipile.testkit.accounts;

import static io.unipile.testkit.internal.WireJson.NODES;
import static io.unipile.testkit.internal.WireJson.putIfPresent;
import static io.unipile.testkit.internal.WireJson.timestamp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeCheckpoint;
import io.unipile.testkit.FakeConnectionParams;
import io.unipile.testkit.FakeHostedLink;
import io.unipile.testkit.internal.WireJson;

/** Unipile's JSON for accounts ({@code Account}) and their connections. */
final class AccountJson {
    private AccountJson() {
    }

    /** An account as {@code GET /accounts/{id}} returns it. */
    static ObjectNode account(FakeAccount account) {
        ObjectNode node = NODES.objectNode();
        node.put("object", "Account");
        node.put("type", account.type().value());
        node.set("connection_params", connectionParams(account.connectionParams()));
        if (account.lastFetchedAt() != null) {
            node.put("last_fetched_at", timestamp(account.lastFetchedAt()));
        }
        putIfPresent(node, "sync_token", account.syncToken());
        node.put("id", account.id());
        node.put("name", account.name());
        node.put("created_at", timestamp(account.createdAt()));
        putIfPresent(node, "current_signature", account.currentSignature());
        if (!account.signatures().isEmpty()) {
            ArrayNode signatures = node.putArray("signatures");
            account.signatures().forEach(s ->
                    signatures.addObject().put("title", s.title()).put("content", s.content()));
        }
        ArrayNode groups = node.putArray("groups");
        account.groups().forEach(groups::add);
        ArrayNode sources = node.putArray("sources");
        account.sources().forEach(s -> sources.addObject().put("id", s.id()).put("status", s.status().name()));
        return node;
    }

    /** {@code {"object": "AccountCreated" | "AccountReconnected", "account_id"}}, the 201 of a connection. */
    static ObjectNode connected(String object, String accountId) {
        return WireJson.object(object).put("account_id", accountId);
    }

    /**
     * The 202 of a connection waiting on a checkpoint: {@code {"object": "Checkpoint", "account_id", "checkpoint":
     * {"type", ...}}}, with the fields Unipile's typings give each kind.
     */
    static ObjectNode checkpoint(String accountId, FakeCheckpoint checkpoint) {
        ObjectNode node = WireJson.object("Checkpoint").put("account_id", accountId);
        ObjectNode c = node.putObject("checkpoint").put("type", checkpoint.type().value());
        putIfPresent(c, "source", checkpoint.source());
        putIfPresent(c, "qrcode", checkpoint.qrCode());
        putIfPresent(c, "public_key", checkpoint.publicKey());
        putIfPresent(c, "data", checkpoint.data());
        if (!checkpoint.contracts().isEmpty()) {
            ArrayNode options = c.putArray("contract_options");
            checkpoint.contracts().forEach(o -> options.addObject().put("id", o.id()).put("name", o.name()));
        }
        return node;
    }

    /** {@code {"object": "HostedAuthUrl", "url"}}. */
    static ObjectNode hostedLink(FakeHostedLink link) {
        return WireJson.object("HostedAuthUrl").put("url", link.url());
    }

    /**
     * What the fake POSTs to a hosted link's {@code notify_url} once it is completed, as Unipile's hosted auth guide
     * shows it: {@code {"status": "CREATION_SUCCESS" | "RECONNECTED", "account_id", "name"}}.
     */
    static ObjectNode hostedLinkNotification(FakeHostedLink link, String status) {
        ObjectNode node = NODES.objectNode().put("status", status).put("account_id", link.accountId());
        putIfPresent(node, "name", link.name());
        return node;
    }

    private static ObjectNode connectionParams(FakeConnectionParams params) {
        ObjectNode node = NODES.objectNode();
        if (params instanceof FakeConnectionParams.Mobile) {
            FakeConnectionParams.Mobile mobile = (FakeConnectionParams.Mobile) params;
            node.putObject("im").put("phone_number", mobile.imPhoneNumber())
                    .put("sim_serial_number", mobile.imSimSerialNumber());
            node.putObject("call").put("phone_number", mobile.callPhoneNumber())
                    .put("sim_serial_number", mobile.callSimSerialNumber());
        } else if (params instanceof FakeConnectionParams.Imap) {
            FakeConnectionParams.Imap imap = (FakeConnectionParams.Imap) params;
            ObjectNode mail = node.putObject("mail");
            mail.put("imap_host", imap.imapHost()).put("imap_port", imap.imapPort()).put("imap_user", imap.imapUser());
            putIfPresent(mail, "imap_encryption", imap.imapEncryption());
            mail.put("smtp_host", imap.smtpHost()).put("smtp_port", imap.smtpPort()).put("smtp_user", imap.smtpUser());
        } else if (params instanceof FakeConnectionParams.OAuth) {
            FakeConnectionParams.OAuth oauth = (FakeConnectionParams.OAuth) params;
            node.putObject("mail").put("id", oauth.mailId()).put("username", oauth.mailUsername());
            node.putObject("calendar").put("id", oauth.calendarId()).put("username", oauth.calendarUsername());
        } else if (params instanceof FakeConnectionParams.Calendar) {
            node.put("calendar", ((FakeConnectionParams.Calendar) params).calendar());
        } else if (params instanceof FakeConnectionParams.Whatsapp) {
            node.putObject("im").put("phone_number", ((FakeConnectionParams.Whatsapp) params).phoneNumber());
        } else if (params instanceof FakeConnectionParams.Linkedin) {
            node.set("im", linkedin((FakeConnectionParams.Linkedin) params));
        } else if (params instanceof FakeConnectionParams.Slack) {
            FakeConnectionParams.Slack slack = (FakeConnectionParams.Slack) params;
            node.putObject("im").put("url", slack.url()).put("user", slack.user()).put("user_id", slack.userId())
                    .put("team", slack.team()).put("team_id", slack.teamId());
        } else if (params instanceof FakeConnectionParams.Telegram) {
            FakeConnectionParams.Telegram telegram = (FakeConnectionParams.Telegram) params;
            node.putObject("im").put("user_id", telegram.userId()).put("username", telegram.username());
        } else {
            FakeConnectionParams.Profile profile = (FakeConnectionParams.Profile) params;
            node.putObject("im").put("id", profile.id()).put("username", profile.username());
        }
        return node;
    }

    private static ObjectNode linkedin(FakeConnectionParams.Linkedin linkedin) {
        ObjectNode im = NODES.objectNode();
        im.put("id", linkedin.id());
        putIfPresent(im, "publicIdentifier", linkedin.publicIdentifier());
        im.put("username", linkedin.username());
        im.put("premiumId", linkedin.premiumId());
        im.put("premiumContractId", linkedin.premiumContractId());
        ArrayNode features = im.putArray("premiumFeatures");
        linkedin.premiumFeatures().forEach(features::add);
        ArrayNode organizations = im.putArray("organizations");
        linkedin.organizations().forEach(o -> organizations.addObject().put("name", o.name())
                .put("messaging_enabled", o.messagingEnabled()).put("organization_urn", o.organizationUrn())
                .put("mailbox_urn", o.mailboxUrn()));
        FakeConnectionParams.Linkedin.Proxy proxy = linkedin.proxy();
        if (proxy != null) {
            ObjectNode p = im.putObject("proxy").put("source", "USER").put("host", proxy.host())
                    .put("port", proxy.port());
            putIfPresent(p, "protocol", proxy.protocol());
            putIfPresent(p, "username", proxy.username());
            putIfPresent(p, "password", proxy.password());
        }
        return im;
    }
}
