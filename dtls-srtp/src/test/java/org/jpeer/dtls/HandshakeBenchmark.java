package org.jpeer.dtls;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time for a complete DTLS-SRTP handshake between two in-memory peers (both threads, both
 * certificate checks, key export), certificates generated once as in real use.
 *
 * <p>Run: {@code java -cp <test classpath> org.openjdk.jmh.Main HandshakeBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HandshakeBenchmark {

    @Param({"ECDSA", "RSA"})
    public String keys;

    private RTCCertificate client;
    private RTCCertificate server;

    @Setup
    public void certificates() {
        boolean rsa = keys.equals("RSA");
        client = rsa ? RTCCertificate.generateRsa() : RTCCertificate.generate();
        server = rsa ? RTCCertificate.generateRsa() : RTCCertificate.generate();
    }

    @Benchmark
    public SrtpSession handshake() throws Exception {
        try (MemoryLink link = MemoryLink.lossless(client, server)) {
            link.startLeftAsClient();
            link.right.handshake().get(10, TimeUnit.SECONDS);
            return link.left.handshake().get(10, TimeUnit.SECONDS);
        }
    }
}
