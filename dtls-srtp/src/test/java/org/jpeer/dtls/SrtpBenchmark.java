package org.jpeer.dtls;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jitsi.srtp.SrtpContextFactory;
import org.jitsi.srtp.SrtpCryptoContext;
import org.jitsi.srtp.SrtpPolicy;
import org.jitsi.utils.logging2.LoggerImpl;
import org.jpeer.dtls.internal.PacketBuffer;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SRTP throughput on one thread through our public API, sessions keyed by a real handshake.
 * {@code protect} encrypts a packet with a 1200-byte payload in place; {@code protectUnprotect}
 * also authenticates and decrypts it at the peer (each packet needs a fresh sequence number, or
 * replay protection would reject it), so unprotect costs the difference.
 * {@code jitsiDirectProtect} calls jitsi-srtp without our layer, as the baseline for what our
 * validation, SSRC lookup and counters cost. Gbit/s = packets/s × 1212 bytes × 8 / 10⁹.
 *
 * <p>Run: {@code java -cp <test classpath> org.openjdk.jmh.Main SrtpBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SrtpBenchmark {

    static final int PAYLOAD = 1200;

    @Param({"AEAD_AES_128_GCM", "AEAD_AES_256_GCM", "AES128_CM_HMAC_SHA1_80", "AES128_CM_HMAC_SHA1_32"})
    public SrtpProfile profile;

    private MemoryLink link;
    private SrtpSession sender;
    private SrtpSession receiver;
    private byte[] packet;
    private int seq;
    private SrtpCryptoContext direct;

    @Setup
    public void handshake() throws Exception {
        link = new MemoryLink(MemoryLink.config(RTCCertificate.generate()).srtpProfiles(List.of(profile)).build(),
                MemoryLink.config(RTCCertificate.generate()).srtpProfiles(List.of(profile)).build(), 0, 0);
        link.startLeftAsClient();
        sender = link.left.handshake().get(10, TimeUnit.SECONDS);
        receiver = link.right.handshake().get(10, TimeUnit.SECONDS);
        packet = Packets.rtp(0x5EED, 0, PAYLOAD);
        direct = directContext();
    }

    private SrtpCryptoContext directContext() throws Exception {
        SrtpPolicy policy = profile.isAead()
                ? new SrtpPolicy(SrtpPolicy.AESGCM_ENCRYPTION, profile.keyLength(), SrtpPolicy.NULL_AUTHENTICATION, 0,
                        profile.rtpTagLength(), profile.saltLength())
                : new SrtpPolicy(SrtpPolicy.AESCM_ENCRYPTION, profile.keyLength(), SrtpPolicy.HMACSHA1_AUTHENTICATION,
                        20, profile.rtpTagLength(), profile.saltLength());
        return new SrtpContextFactory(true, new byte[profile.keyLength()], new byte[profile.saltLength()], policy,
                policy, new LoggerImpl("bench")).deriveContext(0x5EED, 0);
    }

    @TearDown
    public void close() {
        link.close();
    }

    @Benchmark
    public int protect() {
        return sender.protectRtp(packet, 0, nextPacket());
    }

    @Benchmark
    public int jitsiDirectProtect() throws Exception {
        PacketBuffer buffer = new PacketBuffer(packet, 0, nextPacket());
        direct.transformPacket(buffer);
        return buffer.getLength();
    }

    @Benchmark
    public int protectUnprotect() {
        int n = sender.protectRtp(packet, 0, nextPacket());
        return receiver.unprotectRtp(packet, 0, n);
    }

    /** Advances the sequence number in place; the payload (now ciphertext) is reused as is. */
    private int nextPacket() {
        seq++;
        packet[2] = (byte) (seq >> 8);
        packet[3] = (byte) seq;
        return Packets.rtpLength(PAYLOAD);
    }
}
