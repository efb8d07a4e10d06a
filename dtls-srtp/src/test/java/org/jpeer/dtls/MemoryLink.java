package org.jpeer.dtls;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two DTLS transports wired back to back in memory, optionally losing datagrams with a seeded
 * random so a failing run can be repeated exactly.
 */
final class MemoryLink implements AutoCloseable {

    final RTCCertificate leftCertificate;
    final RTCCertificate rightCertificate;
    final DtlsTransport left;
    final DtlsTransport right;
    final AtomicInteger lost = new AtomicInteger();
    final AtomicInteger delivered = new AtomicInteger();

    MemoryLink(DtlsConfig leftConfig, DtlsConfig rightConfig, double loss, long seed) {
        this.leftCertificate = leftConfig.certificate();
        this.rightCertificate = rightConfig.certificate();
        Random random = new Random(seed);
        DtlsTransport[] ends = new DtlsTransport[2];
        ends[0] = new DtlsTransport(leftConfig, (buf, off, len) -> deliver(ends[1], buf, off, len, loss, random));
        ends[1] = new DtlsTransport(rightConfig, (buf, off, len) -> deliver(ends[0], buf, off, len, loss, random));
        this.left = ends[0];
        this.right = ends[1];
    }

    static MemoryLink lossless(RTCCertificate leftCert, RTCCertificate rightCert) {
        return new MemoryLink(config(leftCert).build(), config(rightCert).build(), 0, 0);
    }

    static DtlsConfig.Builder config(RTCCertificate certificate) {
        return DtlsConfig.builder().certificate(certificate);
    }

    /** Left is the DTLS client, right the server, each expecting the other's real fingerprint. */
    void startLeftAsClient() {
        left.start(DtlsRole.CLIENT, rightCertificate.fingerprint());
        right.start(DtlsRole.SERVER, leftCertificate.fingerprint());
    }

    private void deliver(DtlsTransport to, byte[] buf, int off, int len, double loss, Random random) {
        boolean drop;
        synchronized (random) {
            drop = loss > 0 && random.nextDouble() < loss;
        }
        if (drop) {
            lost.incrementAndGet();
        } else {
            delivered.incrementAndGet();
            to.receive(buf, off, len);
        }
    }

    @Override
    public void close() {
        left.close();
        right.close();
    }
}
