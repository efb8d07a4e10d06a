package org.jpeer.dtls;

/**
 * The DTLS part of a W3C {@code RTCTransportStats}, field names and values as a browser reports them.
 *
 * @param dtlsState        {@link DtlsState#w3cName()}
 * @param dtlsRole         {@code "client"}, {@code "server"}, or {@code "unknown"} before {@link DtlsTransport#start}
 * @param tlsVersion       the negotiated version as hex ({@code "FEFD"} for DTLS 1.2), or {@code null} before connected
 * @param dtlsCipher       the IANA cipher suite name, e.g. {@code "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"}, or {@code null}
 * @param srtpCipher       {@link SrtpProfile#w3cName()} of the negotiated profile, or {@code null}
 * @param extendedMasterSecret whether RFC 7627 extended master secret was used
 * @param droppedDatagrams DTLS datagrams dropped before the handshake thread read them (queue full or closed)
 */
public record DtlsTransportStats(String dtlsState, String dtlsRole, String tlsVersion, String dtlsCipher,
        String srtpCipher, boolean extendedMasterSecret, long droppedDatagrams) {
}
