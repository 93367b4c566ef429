package io.unipile.testkit.accounts;

import static io.unipile.testkit.internal.JsonFields.optionalText;
import static io.unipile.testkit.internal.JsonFields.requiredText;

import com.fasterxml.jackson.databind.JsonNode;
import io.unipile.accounts.AccountType;
import io.unipile.testkit.FakeAccount;
import io.unipile.testkit.FakeConnectionParams;
import io.unipile.testkit.FakeHostedLink;
import io.unipile.testkit.internal.ApiException;
import io.unipile.testkit.internal.Ids;
import io.unipile.testkit.internal.JsonFields;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Strict readers of the connection routes' JSON bodies, with the fields the OpenAPI document gives each provider's
 * shape: a field of another shape, an unknown field, a wrong type or an empty string is 400
 * {@code errors/invalid_parameters}, a missing required field 400 {@code errors/missing_parameters}.
 */
final class ConnectionRequests {
    static final Pattern TIMESTAMP = Pattern.compile("[1-2]\\d{3}-[0-1]\\d-[0-3]\\dT\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

    private static final Set<String> COMMON = Set.of("provider", "country", "ip", "disabled_features");
    private static final Set<String> FEATURES = Set.of("linkedin_recruiter", "linkedin_sales_navigator",
            "linkedin_organizations_mailboxes");
    private static final Set<String> ENCRYPTIONS = Set.of("tls", "ssl", "starttls", "default");

    /** The fields of each provider's shape beyond {@link #COMMON}, and the ones it requires. */
    private static final Map<AccountType, Shape> SHAPES = Map.of(
            AccountType.LINKEDIN, new Shape(Set.of("sync_limit", "proxy", "user_agent", "recruiter_contract_id",
                    "username", "password", "access_token", "premium_token"), Set.of(), SyncLimit.MESSAGING),
            AccountType.WHATSAPP, new Shape(Set.of("proxy"), Set.of(), SyncLimit.NONE),
            AccountType.INSTAGRAM, new Shape(Set.of("sync_limit", "username", "password", "proxy", "user_agent"),
                    Set.of("username", "password"), SyncLimit.MESSAGING),
            AccountType.MESSENGER, new Shape(Set.of("sync_limit", "username", "password"),
                    Set.of("username", "password"), SyncLimit.MESSAGING),
            AccountType.MAIL, new Shape(Set.of("sync_limit", "imap_user", "smtp_user", "imap_password",
                    "smtp_password", "imap_host", "imap_port", "smtp_host", "smtp_port", "imap_encryption"),
                    Set.of("imap_user", "smtp_user", "imap_password", "smtp_password", "imap_host", "imap_port",
                            "smtp_host", "smtp_port", "imap_encryption"), SyncLimit.MAILING),
            AccountType.GOOGLE_OAUTH, new Shape(Set.of("sync_limit", "refresh_token", "access_token"),
                    Set.of("refresh_token", "access_token"), SyncLimit.MAILING),
            AccountType.TELEGRAM, new Shape(Set.of("password"), Set.of(), SyncLimit.NONE),
            AccountType.OUTLOOK, new Shape(Set.of("sync_limit", "refresh_token", "access_token", "username", "id"),
                    Set.of("refresh_token", "access_token", "username", "id"), SyncLimit.MAILING),
            AccountType.TWITTER, new Shape(Set.of("username", "email", "password"),
                    Set.of("username", "email", "password"), SyncLimit.NONE));

    private static final Set<String> CONNECT_FIELDS;

    static {
        Set<String> all = new HashSet<>(COMMON);
        SHAPES.values().forEach(s -> all.addAll(s.fields()));
        CONNECT_FIELDS = Set.copyOf(all);
    }

    /** The {@code sync_limit} a shape takes. */
    private enum SyncLimit { NONE, MESSAGING, MAILING }

    private record Shape(Set<String> fields, Set<String> required, SyncLimit syncLimit) {
    }

    /**
     * A connection body read: its provider and the account a successful connection creates (named after the user,
     * with the IMAP settings of a mailbox).
     */
    record Connection(AccountType provider, FakeAccount account) {
    }

    private ConnectionRequests() {
    }

    static Connection connection(String body) {
        JsonNode json = JsonFields.object(body, CONNECT_FIELDS);
        AccountType provider = AccountType.of(requiredText(json, "provider"));
        Shape shape = SHAPES.get(provider);
        if (shape == null) {
            throw ApiException.invalidParameters("provider must be one of " + new java.util.TreeSet<>(
                    SHAPES.keySet().stream().map(AccountType::value).toList()) + ", not " + provider);
        }
        json.fieldNames().forEachRemaining(name -> {
            if (!COMMON.contains(name) && !shape.fields().contains(name)) {
                throw ApiException.invalidParameters(name + " is not a field of a " + provider + " connection");
            }
        });
        for (String field : shape.required()) {
            if (!json.has(field)) {
                throw ApiException.missingParameters(field + " is required to connect a " + provider + " account");
            }
        }
        String country = optionalText(json, "country");
        if (country != null && country.length() != 2) {
            throw ApiException.invalidParameters("country must be an ISO 3166-1 alpha-2 code, not " + country);
        }
        optionalText(json, "ip");
        strings(json, "disabled_features", FEATURES);
        if (json.has("proxy")) {
            proxy(json.get("proxy"));
        }
        optionalText(json, "user_agent");
        optionalText(json, "recruiter_contract_id");
        if (json.has("sync_limit")) {
            if (shape.syncLimit() == SyncLimit.MAILING) {
                mailSyncLimit(json.get("sync_limit"), "sync_limit");
            } else {
                messagingSyncLimit(json.get("sync_limit"), "sync_limit");
            }
        }
        FakeAccount.Builder account = FakeAccount.builder(provider);
        if (provider.equals(AccountType.LINKEDIN)) {
            linkedin(json, account);
        } else if (provider.equals(AccountType.MAIL)) {
            account.connectionParams(imap(json)).name(requiredText(json, "imap_user"));
        } else if (provider.equals(AccountType.TWITTER)) {
            String email = requiredText(json, "email");
            if (email.indexOf('@') < 1) {
                throw ApiException.invalidParameters("email must be an e-mail address, not " + email);
            }
            account.name(requiredText(json, "username"));
            requiredText(json, "password");
        } else {
            for (String field : List.of("username", "password", "access_token", "refresh_token", "id")) {
                optionalText(json, field);
            }
            String username = optionalText(json, "username");
            if (username != null) {
                account.name(username);
            }
        }
        return new Connection(provider, account.build());
    }

    private static void linkedin(JsonNode json, FakeAccount.Builder account) {
        boolean basic = json.has("username") || json.has("password");
        boolean cookie = json.has("access_token") || json.has("premium_token");
        if (basic == cookie) {
            throw (basic ? ApiException.invalidParameters("A LINKEDIN connection takes username and password, or "
                    + "access_token, not both") : ApiException.missingParameters("A LINKEDIN connection needs "
                    + "username and password, or access_token"));
        }
        if (basic) {
            account.name(requiredText(json, "username"));
            requiredText(json, "password");
        } else {
            requiredText(json, "access_token");
            optionalText(json, "premium_token");
        }
    }

    private static FakeConnectionParams imap(JsonNode json) {
        String encryption = requiredText(json, "imap_encryption").toLowerCase(Locale.ROOT);
        requiredText(json, "imap_password");
        requiredText(json, "smtp_password");
        return new FakeConnectionParams.Imap(requiredText(json, "imap_host"), port(json, "imap_port"),
                requiredText(json, "imap_user"), ENCRYPTIONS.contains(encryption) ? encryption : null,
                requiredText(json, "smtp_host"), port(json, "smtp_port"), requiredText(json, "smtp_user"));
    }

    private static int port(JsonNode json, String field) {
        JsonNode port = json.get(field);
        if (!port.isIntegralNumber() || port.asLong() < 1 || port.asLong() > 65_535) {
            throw ApiException.invalidParameters(field + " must be a port number, not " + port);
        }
        return port.asInt();
    }

    private static void proxy(JsonNode proxy) {
        if (!proxy.isObject()) {
            throw ApiException.invalidParameters("proxy must be an object");
        }
        proxy.fieldNames().forEachRemaining(name -> {
            if (!Set.of("protocol", "port", "host", "username", "password").contains(name)) {
                throw ApiException.invalidParameters("Unknown field proxy." + name);
            }
        });
        if (!proxy.has("host") || !proxy.has("port")) {
            throw ApiException.missingParameters("proxy.host and proxy.port are required");
        }
        requiredText(proxy, "host");
        if (!proxy.get("port").isNumber()) {
            throw ApiException.invalidParameters("proxy.port must be a number");
        }
        String protocol = optionalText(proxy, "protocol");
        if (protocol != null && !Set.of("https", "http", "socks5").contains(protocol)) {
            throw ApiException.invalidParameters("proxy.protocol must be https, http or socks5, not " + protocol);
        }
        optionalText(proxy, "username");
        optionalText(proxy, "password");
    }

    private static void mailSyncLimit(JsonNode limit, String field) {
        if (!limit.isTextual() || !limit.textValue().equals("NO_HISTORY_SYNC")) {
            throw ApiException.invalidParameters(field + " must be NO_HISTORY_SYNC, not " + limit);
        }
    }

    private static void messagingSyncLimit(JsonNode limit, String field) {
        if (!limit.isObject()) {
            throw ApiException.invalidParameters(field + " must be an object with chats and/or messages");
        }
        limit.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("chats") && !e.getKey().equals("messages")) {
                throw ApiException.invalidParameters("Unknown field " + field + "." + e.getKey());
            }
            JsonNode value = e.getValue();
            boolean quantity = value.isNumber() && value.asDouble() >= 0;
            boolean since = value.isTextual() && TIMESTAMP.matcher(value.textValue()).matches();
            if (!quantity && !since) {
                throw ApiException.invalidParameters(field + "." + e.getKey() + " must be a quantity of 0 or more "
                        + "or a UTC datetime (YYYY-MM-DDTHH:MM:SS.sssZ), not " + value);
            }
        });
    }

    /** The elements of an optional array of strings, each one of {@code allowed}. */
    private static List<String> strings(JsonNode json, String field, Set<String> allowed) {
        List<String> values = new ArrayList<>();
        if (!json.has(field)) {
            return values;
        }
        JsonNode array = json.get(field);
        if (!array.isArray()) {
            throw ApiException.invalidParameters(field + " must be an array");
        }
        for (JsonNode item : array) {
            String value = JsonFields.text(item, field + "[]");
            if (!allowed.contains(value)) {
                throw ApiException.invalidParameters(field + " may hold " + new java.util.TreeSet<>(allowed)
                        + ", not " + value);
            }
            values.add(value);
        }
        return values;
    }

    /** {@code POST /accounts/checkpoint}: account, provider and code. */
    record Solution(String accountId, AccountType provider, String code) {
    }

    static Solution solution(String body) {
        JsonNode json = JsonFields.object(body, Set.of("account_id", "code", "provider"));
        String accountId = requiredText(json, "account_id");
        String code = requiredText(json, "code");
        return new Solution(accountId, provider(json, Set.of(AccountType.LINKEDIN, AccountType.INSTAGRAM,
                AccountType.TWITTER, AccountType.MESSENGER)), code);
    }

    /** {@code POST /accounts/checkpoint/resend}: account and provider. */
    record Resend(String accountId, AccountType provider) {
    }

    static Resend resend(String body) {
        JsonNode json = JsonFields.object(body, Set.of("account_id", "provider"));
        String accountId = requiredText(json, "account_id");
        return new Resend(accountId, provider(json, Set.of(AccountType.LINKEDIN, AccountType.INSTAGRAM)));
    }

    private static AccountType provider(JsonNode json, Set<AccountType> allowed) {
        AccountType provider = AccountType.of(requiredText(json, "provider"));
        if (!allowed.contains(provider)) {
            throw ApiException.invalidParameters("provider must be one of " + new java.util.TreeSet<>(
                    allowed.stream().map(AccountType::value).toList()) + ", not " + provider);
        }
        return provider;
    }

    private static final Set<String> LINK_FIELDS = Set.of("expiresOn", "name", "success_redirect_url",
            "failure_redirect_url", "bypass_success_screen", "notify_url", "disabled_features", "disabled_options",
            "proxy", "api_url", "sync_limit", "type", "providers", "reconnect_account");
    private static final Set<String> WILDCARDS = Set.of("*", "*:MAILING", "*:MESSAGING", "*:CALENDAR");
    static final Set<String> LINK_PROVIDERS = Set.of("LINKEDIN", "WHATSAPP", "INSTAGRAM", "MESSENGER", "TELEGRAM",
            "GOOGLE", "OUTLOOK", "TWITTER", "MAIL");
    private static final Set<String> OPTIONS = Set.of("proxy", "autoproxy", "cookie_auth", "credentials_auth",
            "sync_limit", "language");

    /** {@code POST /hosted/accounts/link}, as the link it makes; {@code accounts} checks a reconnected account. */
    static FakeHostedLink hostedLink(String body, AccountStore accounts) {
        JsonNode json = JsonFields.object(body, LINK_FIELDS);
        String type = requiredText(json, "type");
        if (!type.equals("create") && !type.equals("reconnect")) {
            throw ApiException.invalidParameters("type must be create or reconnect, not " + type);
        }
        String expires = requiredText(json, "expiresOn");
        Instant expiresOn;
        try {
            if (!TIMESTAMP.matcher(expires).matches()) {
                throw new DateTimeParseException("pattern", expires, 0);
            }
            expiresOn = Instant.parse(expires);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidParameters("expiresOn must be an ISO 8601 UTC datetime with milliseconds "
                    + "(YYYY-MM-DDTHH:MM:SS.sssZ), not " + expires);
        }
        String apiUrl = url(json, "api_url", true);
        List<String> providers = new ArrayList<>();
        String reconnect = optionalText(json, "reconnect_account");
        if (type.equals("create")) {
            if (reconnect != null) {
                throw ApiException.invalidParameters("reconnect_account is for reconnect links");
            }
            if (!json.has("providers")) {
                throw ApiException.missingParameters("providers is required for a create link");
            }
            JsonNode given = json.get("providers");
            if (given.isTextual() && WILDCARDS.contains(given.textValue())) {
                providers.add(given.textValue());
            } else if (given.isArray() && !given.isEmpty()) {
                providers.addAll(new LinkedHashSet<>(strings(json, "providers", LINK_PROVIDERS)));
            } else {
                throw ApiException.invalidParameters("providers must be one of " + new java.util.TreeSet<>(WILDCARDS)
                        + " or a non-empty array of provider names");
            }
        } else {
            if (json.has("providers")) {
                throw ApiException.invalidParameters("providers is for create links");
            }
            if (reconnect == null) {
                throw ApiException.missingParameters("reconnect_account is required for a reconnect link");
            }
            if (accounts.get(reconnect).isEmpty()) {
                throw ApiException.invalidParameters("reconnect_account " + reconnect + " is not an account");
            }
        }
        String name = optionalText(json, "name");
        String notifyUrl = url(json, "notify_url", false);
        String success = url(json, "success_redirect_url", false);
        String failure = url(json, "failure_redirect_url", false);
        JsonFields.optionalBoolean(json, "bypass_success_screen");
        List<String> features = strings(json, "disabled_features", FEATURES);
        List<String> options = strings(json, "disabled_options", OPTIONS);
        if (json.has("proxy")) {
            proxy(json.get("proxy"));
        }
        if (json.has("sync_limit")) {
            JsonNode limit = json.get("sync_limit");
            if (!limit.isObject()) {
                throw ApiException.invalidParameters("sync_limit must be an object with MAILING and/or MESSAGING");
            }
            limit.fields().forEachRemaining(e -> {
                if (e.getKey().equals("MAILING")) {
                    mailSyncLimit(e.getValue(), "sync_limit.MAILING");
                } else if (e.getKey().equals("MESSAGING")) {
                    messagingSyncLimit(e.getValue(), "sync_limit.MESSAGING");
                } else {
                    throw ApiException.invalidParameters("Unknown field sync_limit." + e.getKey());
                }
            });
        }
        String id = Ids.unipileId();
        return new FakeHostedLink(id, "https://account.unipile.com/" + id, type, providers, reconnect, expiresOn,
                apiUrl, name, notifyUrl, success, failure, features, options, null);
    }

    private static String url(JsonNode json, String field, boolean required) {
        String url = required ? requiredText(json, field) : optionalText(json, field);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ApiException(400, "invalid_url", field + " must be an absolute http or https URL, not " + url);
    }
}
