package io.unipile.testkit;

import io.unipile.testkit.admin.AdminApi;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a fake Unipile server from the command line until stopped (Ctrl-C or SIGTERM):
 *
 * <pre>
 * java -jar unipile-fake-server.jar [--port N] [--api-key KEY] [--seed demo] [--https] [--host ADDRESS]
 *     [--admin-key KEY]
 * </pre>
 *
 * <p>The first line printed is {@code Fake Unipile listening on <base URL>}, for scripts to read.
 * Bad arguments print the usage on stderr and exit with status 2.
 */
public final class FakeUnipileMain {
    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar unipile-fake-server.jar [options]",
            "  --port N         port to listen on (default 0: any free port)",
            "  --api-key KEY    API key to accept in X-API-KEY (default: " + FakeUnipileServer.DEFAULT_API_KEY + ")",
            "  --seed demo      load a small demo data set (default: none)",
            "  --https          serve HTTPS with a self-signed certificate",
            "  --host ADDRESS   address to bind (default 127.0.0.1; anything else exposes the fake)",
            "  --admin-key KEY  enable the admin HTTP API under /_admin (seed, reset, faults, stubs, simulated",
            "                   events, journal, webhook deliveries), opened by this key in X-Admin-Key",
            "                   (default: off; it must differ from the API key)",
            "  --help           print this help");

    private FakeUnipileMain() {
    }

    /** Starts the server and serves until the JVM is asked to stop. */
    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("Error: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.println(USAGE);
            return;
        }
        FakeUnipileServer server = start(options, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "fake-unipile-shutdown"));
        stopped.await();
    }

    /** Builds and starts the server the options describe and prints where it listens. */
    static FakeUnipileServer start(Options options, PrintStream out) {
        FakeUnipileServer.Builder builder = FakeUnipileServer.builder().bindAddress(options.host).port(options.port)
                .apiKey(options.apiKey).https(options.https);
        if (options.adminKey != null) {
            builder.adminKey(options.adminKey);
        }
        FakeUnipileServer server = builder.build().start();
        if (options.demo) {
            DemoData.load(server.state());
        }
        out.println("Fake Unipile listening on " + server.baseUrl());
        out.println("API base URL: " + server.apiUrl() + (options.demo ? " (demo data loaded)" : ""));
        if (options.adminKey != null) {
            out.println("Admin API: " + server.baseUrl() + AdminApi.PREFIX + " (key in " + AdminApi.HEADER + ")");
        }
        out.println("Stop with Ctrl-C.");
        out.flush();
        return server;
    }

    /** The parsed command line. */
    static final class Options {
        int port;
        String apiKey = FakeUnipileServer.DEFAULT_API_KEY;
        String adminKey;
        boolean demo;
        boolean https;
        boolean help;
        InetAddress host = InetAddress.getLoopbackAddress();

        /** Parses {@code --name value} and {@code --name=value} forms. */
        static Options parse(String... args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                switch (name) {
                    case "--help":
                    case "-h":
                        options.help = true;
                        break;
                    case "--https":
                        options.https = true;
                        break;
                    case "--port":
                        value = value != null ? value : next(args, ++i, name);
                        options.port = port(value);
                        break;
                    case "--api-key":
                        value = value != null ? value : next(args, ++i, name);
                        if (value.isEmpty()) {
                            throw new IllegalArgumentException("--api-key must not be empty");
                        }
                        options.apiKey = value;
                        break;
                    case "--admin-key":
                        value = value != null ? value : next(args, ++i, name);
                        if (value.isBlank()) {
                            throw new IllegalArgumentException("--admin-key must not be blank");
                        }
                        options.adminKey = value;
                        break;
                    case "--seed":
                        value = value != null ? value : next(args, ++i, name);
                        if (!value.equals("demo") && !value.equals("none")) {
                            throw new IllegalArgumentException("--seed takes demo or none, not " + value);
                        }
                        options.demo = value.equals("demo");
                        break;
                    case "--host":
                        options.host = host(value != null ? value : next(args, ++i, name));
                        break;
                    default:
                        throw new IllegalArgumentException("Unknown argument " + arg);
                }
            }
            if (options.adminKey != null && options.adminKey.equals(options.apiKey)) {
                throw new IllegalArgumentException("--admin-key must differ from the API key");
            }
            return options;
        }

        private static String next(String[] args, int index, String name) {
            if (index >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args[index];
        }

        private static int port(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 0 && port <= 65_535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--port takes a number from 0 to 65535, not " + value);
        }

        private static InetAddress host(String value) {
            try {
                return InetAddress.getByName(value);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("--host: unknown address " + value, e);
            }
        }
    }
}
