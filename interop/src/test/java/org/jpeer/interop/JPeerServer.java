package org.jpeer.interop;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jpeer.cli.Main;

/**
 * A serving {@code jpeer} command ({@code echo}, {@code signal}) run on a thread of the test JVM, the
 * way a user starts it: port 0, and the URL read from what it prints. Closing interrupts it, which
 * ends its serving.
 */
final class JPeerServer implements AutoCloseable {
    private static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:\\d+");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final StringWriter out = new StringWriter();
    private final Thread thread;
    private final String baseUrl;

    private JPeerServer(String... args) throws InterruptedException {
        thread = new Thread(() -> Main.run(new PrintWriter(out, true), new PrintWriter(out, true), args),
                "jpeer-" + args[0]);
        thread.setDaemon(true);
        thread.start();
        baseUrl = awaitUrl();
    }

    /** Starts {@code jpeer COMMAND --http 127.0.0.1:0} and waits until it printed its URL. */
    static JPeerServer start(String command) throws InterruptedException {
        return new JPeerServer(command, "--http", "127.0.0.1:0");
    }

    /** {@code http://127.0.0.1:PORT}. */
    String baseUrl() {
        return baseUrl;
    }

    /** {@code ws://127.0.0.1:PORT/ws}. */
    String roomsUrl() {
        return baseUrl.replace("http://", "ws://") + "/ws";
    }

    private String awaitUrl() throws InterruptedException {
        long end = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < end && thread.isAlive()) {
            Matcher m = URL.matcher(out.toString());
            if (m.find()) {
                return m.group();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("jpeer printed no URL: " + out);
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
