package org.jpeer.ice;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Debian's coturn as a STUN server on 127.0.0.1 only, with a temporary database and log. */
final class Coturn implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/turnserver");

    final int port;
    private final Path dir;
    private final Process process;

    private Coturn(int port, Path dir, Process process) {
        this.port = port;
        this.dir = dir;
        this.process = process;
    }

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    static Coturn startStunOnly() throws Exception {
        Path dir = Files.createTempDirectory("jpeer-coturn");
        int port = freeUdpPort();
        Process process = new ProcessBuilder(List.of(BINARY.toString(), "-n", "--stun-only",
                "--listening-ip=127.0.0.1", "--relay-ip=127.0.0.1", "--listening-port=" + port,
                "--no-tls", "--no-dtls", "--no-cli", "--simple-log",
                "--log-file=" + dir.resolve("turn.log"), "--db=" + dir.resolve("turndb")))
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
