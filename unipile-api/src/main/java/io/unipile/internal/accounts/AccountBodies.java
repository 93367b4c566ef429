package io.unipile.internal.accounts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unipile.accounts.AccountCredentials;
import io.unipile.accounts.AccountFeature;
import io.unipile.accounts.AccountProxy;
import io.unipile.accounts.ConnectAccountRequest;
import io.unipile.accounts.GoogleOAuthCredentials;
import io.unipile.accounts.HostedAuthLinkRequest;
import io.unipile.accounts.HostedAuthOption;
import io.unipile.accounts.HostedAuthProvider;
import io.unipile.accounts.ImapCredentials;
import io.unipile.accounts.InstagramCredentials;
import io.unipile.accounts.LinkedInCredentials;
import io.unipile.accounts.MessagingSyncLimit;
import io.unipile.accounts.MessengerCredentials;
import io.unipile.accounts.OutlookCredentials;
import io.unipile.accounts.ResendCheckpointRequest;
import io.unipile.accounts.SolveCheckpointRequest;
import io.unipile.accounts.SyncLimit;
import io.unipile.accounts.TelegramCredentials;
import io.unipile.accounts.TwitterCredentials;
import io.unipile.accounts.WhatsAppCredentials;
import io.unipile.internal.Json;
import io.unipile.internal.Timestamps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON bodies of the accounts group, written field by field so that only what the caller set goes out, in the
 * spec's names, and the secrets each body carries.
 */
final class AccountBodies {
    /** Every top-level field of the connection bodies, across the providers' shapes. */
    static final String[] CONNECT_FIELDS = {"provider", "username", "password", "access_token", "premium_token",
            "refresh_token", "id", "email", "imap_user", "imap_password", "imap_host", "imap_port", "imap_encryption",
            "smtp_user", "smtp_password", "smtp_host", "smtp_port", "country", "ip", "disabled_features", "proxy",
            "user_agent", "recruiter_contract_id", "sync_limit"};

    static final String[] HOSTED_LINK_FIELDS = {"type", "providers", "reconnect_account", "expiresOn", "api_url",
            "name", "success_redirect_url", "failure_redirect_url", "notify_url", "bypass_success_screen",
            "disabled_features", "disabled_options", "proxy", "sync_limit"};

    private AccountBodies() {
    }

    static ObjectNode connect(ConnectAccountRequest r) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("provider", r.provider().value());
        credentials(r.credentials(), body);
        putIfSet(body, "country", r.country());
        putIfSet(body, "ip", r.ip());
        features(body, r.disabledFeatures());
        if (r.proxy() != null) {
            body.set("proxy", proxy(r.proxy()));
        }
        putIfSet(body, "user_agent", r.userAgent());
        putIfSet(body, "recruiter_contract_id", r.recruiterContractId());
        if (r.syncLimit() != null) {
            body.set("sync_limit", messagingSyncLimit(r.syncLimit()));
        } else if (r.mailSyncLimit() != null) {
            body.put("sync_limit", r.mailSyncLimit().value());
        }
        return body;
    }

    // One branch per provider's shape: a credentials type can only write its own fields.
    private static void credentials(AccountCredentials c, ObjectNode body) {
        if (c instanceof LinkedInCredentials li) {
            if (li.isCookie()) {
                body.put("access_token", li.accessToken());
                putIfSet(body, "premium_token", li.premiumToken());
            } else {
                body.put("username", li.username()).put("password", li.password());
            }
        } else if (c instanceof InstagramCredentials ig) {
            body.put("username", ig.username()).put("password", ig.password());
        } else if (c instanceof MessengerCredentials m) {
            body.put("username", m.username()).put("password", m.password());
        } else if (c instanceof TwitterCredentials t) {
            body.put("username", t.username()).put("email", t.email()).put("password", t.password());
        } else if (c instanceof ImapCredentials i) {
            body.put("imap_user", i.imapUser()).put("imap_password", i.imapPassword())
                    .put("imap_host", i.imapHost()).put("imap_port", i.imapPort())
                    .put("imap_encryption", i.imapEncryption().value())
                    .put("smtp_user", i.smtpUser()).put("smtp_password", i.smtpPassword())
                    .put("smtp_host", i.smtpHost()).put("smtp_port", i.smtpPort());
        } else if (c instanceof GoogleOAuthCredentials g) {
            body.put("access_token", g.accessToken()).put("refresh_token", g.refreshToken());
        } else if (c instanceof OutlookCredentials o) {
            body.put("access_token", o.accessToken()).put("refresh_token", o.refreshToken())
                    .put("username", o.username()).put("id", o.id());
        } else if (c instanceof TelegramCredentials t) {
            putIfSet(body, "password", t.password());
        } else if (!(c instanceof WhatsAppCredentials)) {
            throw new IllegalStateException("no body for " + c.getClass());
        }
    }

    /** The passwords, cookies and tokens a connection sends. */
    static List<String> connectSecrets(ConnectAccountRequest r) {
        List<String> secrets = new ArrayList<>();
        AccountCredentials c = r.credentials();
        if (c instanceof LinkedInCredentials li) {
            secrets.addAll(Arrays.asList(li.password(), li.accessToken(), li.premiumToken()));
        } else if (c instanceof InstagramCredentials ig) {
            secrets.add(ig.password());
        } else if (c instanceof MessengerCredentials m) {
            secrets.add(m.password());
        } else if (c instanceof TwitterCredentials t) {
            secrets.add(t.password());
        } else if (c instanceof ImapCredentials i) {
            secrets.addAll(Arrays.asList(i.imapPassword(), i.smtpPassword()));
        } else if (c instanceof GoogleOAuthCredentials g) {
            secrets.addAll(Arrays.asList(g.accessToken(), g.refreshToken()));
        } else if (c instanceof OutlookCredentials o) {
            secrets.addAll(Arrays.asList(o.accessToken(), o.refreshToken()));
        } else if (c instanceof TelegramCredentials t) {
            secrets.add(t.password());
        }
        if (r.proxy() != null) {
            secrets.add(r.proxy().password());
        }
        return secrets;
    }

    static ObjectNode hostedLink(HostedAuthLinkRequest r) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("type", r.type().value());
        if (r.providers() != null) {
            if (r.providers().wildcard() != null) {
                body.put("providers", r.providers().wildcard());
            } else {
                ArrayNode providers = body.putArray("providers");
                for (HostedAuthProvider p : r.providers().providers()) {
                    providers.add(p.value());
                }
            }
        }
        putIfSet(body, "reconnect_account", r.reconnectAccount());
        body.put("expiresOn", Timestamps.filter(r.expiresOn()));
        body.put("api_url", r.apiUrl());
        putIfSet(body, "name", r.name());
        putIfSet(body, "success_redirect_url", r.successRedirectUrl());
        putIfSet(body, "failure_redirect_url", r.failureRedirectUrl());
        putIfSet(body, "notify_url", r.notifyUrl());
        if (r.bypassSuccessScreen() != null) {
            body.put("bypass_success_screen", r.bypassSuccessScreen());
        }
        features(body, r.disabledFeatures());
        if (!r.disabledOptions().isEmpty()) {
            ArrayNode options = body.putArray("disabled_options");
            for (HostedAuthOption o : r.disabledOptions()) {
                options.add(o.value());
            }
        }
        if (r.proxy() != null) {
            body.set("proxy", proxy(r.proxy()));
        }
        if (r.syncLimit() != null || r.mailSyncLimit() != null) {
            ObjectNode limit = body.putObject("sync_limit");
            if (r.mailSyncLimit() != null) {
                limit.put("MAILING", r.mailSyncLimit().value());
            }
            if (r.syncLimit() != null) {
                limit.set("MESSAGING", messagingSyncLimit(r.syncLimit()));
            }
        }
        return body;
    }

    static List<String> hostedLinkSecrets(HostedAuthLinkRequest r) {
        return r.proxy() == null ? List.of() : Arrays.asList(r.proxy().password());
    }

    static ObjectNode solve(SolveCheckpointRequest r) {
        return Json.mapper().createObjectNode().put("account_id", r.accountId()).put("provider", r.provider().value())
                .put("code", r.code());
    }

    static ObjectNode resend(ResendCheckpointRequest r) {
        return Json.mapper().createObjectNode().put("account_id", r.accountId()).put("provider", r.provider().value());
    }

    private static ObjectNode proxy(AccountProxy p) {
        ObjectNode node = Json.mapper().createObjectNode();
        if (p.protocol() != null) {
            node.put("protocol", p.protocol().value());
        }
        node.put("host", p.host()).put("port", p.port());
        putIfSet(node, "username", p.username());
        putIfSet(node, "password", p.password());
        return node;
    }

    private static ObjectNode messagingSyncLimit(MessagingSyncLimit limit) {
        ObjectNode node = Json.mapper().createObjectNode();
        if (limit.chats() != null) {
            syncLimit(node, "chats", limit.chats());
        }
        if (limit.messages() != null) {
            syncLimit(node, "messages", limit.messages());
        }
        return node;
    }

    private static void syncLimit(ObjectNode node, String field, SyncLimit limit) {
        if (limit.startTime() != null) {
            node.put(field, Timestamps.filter(limit.startTime()));
        } else {
            node.put(field, limit.quantity());
        }
    }

    private static void features(ObjectNode body, List<AccountFeature> features) {
        if (!features.isEmpty()) {
            ArrayNode array = body.putArray("disabled_features");
            for (AccountFeature f : features) {
                array.add(f.value());
            }
        }
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
