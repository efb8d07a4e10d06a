package org.jpeer.ice;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Debian's coturn on 127.0.0.1 only, as a STUN server or a TURN server with one static user, with a
 * temporary configuration, database and log.
 */
final class Coturn implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/turnserver");
    static final String USER = "jpeer";
    static final String PASSWORD = "relay-secret-7f3c";

    final int port;
    private final Path dir;
    private final Process process;

    private Coturn(int port, Path dir, Process process) {
        this.port = port;
        this.dir = dir;
        this.process = process;
    }

    /**
     * Skips the calling test when coturn is missing on a developer machine; under {@code CI=true}
     * (where scripts/test installs it) a missing server is a failure, not a silent skip.
     */
    static void assumeInstalled() {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        String message = BINARY + " is missing (apt-get install coturn)";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        assumeTrue(false, message + "; skipped outside CI");
    }

    static Coturn startStunOnly() throws Exception {
        return start(List.of("stun-only"));
    }

    /** A TURN server with the long-term credential {@link #USER} / {@link #PASSWORD}. */
    static Coturn startTurn() throws Exception {
        return start(List.of("lt-cred-mech", "user=" + USER + ":" + PASSWORD, "realm=jpeer.test",
                // The relay peers are other agents on 127.0.0.1, which coturn refuses by default.
                "allow-loopback-peers"));
    }

    private static Coturn start(List<String> options) throws Exception {
        Path dir = Files.createTempDirectory("jpeer-coturn");
        int port = freeUdpPort();
        List<String> config = new ArrayList<>(List.of("listening-ip=127.0.0.1", "relay-ip=127.0.0.1",
                "listening-port=" + port, "no-tls", "no-dtls", "no-cli", "simple-log",
                "log-file=" + dir.resolve("turn.log"), "userdb=" + dir.resolve("turndb")));
        config.addAll(options);
        Path conf = Files.write(dir.resolve("turnserver.conf"), config);
        Process process = new ProcessBuilder(List.of(BINARY.toString(), "-c", conf.toString()))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout.log").toFile())
                .start();
        Coturn coturn = new Coturn(port, dir, process);
        coturn.awaitBindingResponse();
        return coturn;
    }

    String stunUrl() {
        return "stun:127.0.0.1:" + port;
    }

    IceServer turnServer() {
        return IceServer.turn("turn:127.0.0.1:" + port + "?transport=udp", USER, PASSWORD);
    }

    /** Polls with STUN binding requests until the server answers (it starts in well under a second). */
    private void awaitBindingResponse() throws IOException, InterruptedException {
        byte[] request = {0, 1, 0, 0, 0x21, 0x12, (byte) 0xA4, 0x42, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(100);
            for (int i = 0; i < 50 && process.isAlive(); i++) {
                socket.send(new DatagramPacket(request, request.length,
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), port)));
                try {
                    socket.receive(new DatagramPacket(new byte[512], 512));
                    return;
                } catch (SocketTimeoutException e) {
                    Thread.sleep(20);
                }
            }
        }
        close();
        throw new IllegalStateException("coturn did not answer on 127.0.0.1:" + port);
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
