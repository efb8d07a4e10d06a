/**
 * DTLS-SRTP for WebRTC: certificates and fingerprints, the DTLS 1.2 handshake (Bouncy Castle), SRTP
 * and SRTCP protection (jitsi-srtp) and RFC 7983 demultiplexing. Knows nothing of sockets or SDP text:
 * the caller supplies a {@link org.jpeer.dtls.PacketSender} and feeds received datagrams in.
 *
 * <pre>{@code
 * RTCCertificate cert = RTCCertificate.generate();                   // once per application
 * DtlsTransport dtls = new DtlsTransport(DtlsConfig.builder().certificate(cert).build(), ice::send);
 * dtls.start(DtlsRole.SERVER, Fingerprint.parse(remoteFingerprintFromSdp));
 *
 * // network thread, per datagram:
 * switch (PacketClassifier.classify(buf[off])) {
 *     case DTLS -> dtls.receive(buf, off, len);
 *     case RTP_RTCP -> { ... srtp.unprotectRtp(buf, off, len) or unprotectRtcp ... }
 *     default -> { }
 * }
 * SrtpSession srtp = dtls.handshake().join();                         // or thenAcceptAsync
 * }</pre>
 *
 * <p>Threads: each {@link org.jpeer.dtls.DtlsTransport} owns one daemon thread from {@code start}
 * until {@code close}, failure or the peer's close_notify. {@link org.jpeer.dtls.SrtpSession} owns
 * none: it protects and unprotects on the caller's thread, in place, without copying.
 *
 * <p>{@code org.jpeer.dtls.internal} is not API.
 */
package org.jpeer.dtls;
