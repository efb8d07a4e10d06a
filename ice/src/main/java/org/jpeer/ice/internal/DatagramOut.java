package org.jpeer.ice.internal;

import java.io.IOException;
import java.net.InetSocketAddress;

/** Where a {@link SelectedPairTransport.Route} sends: a host socket, or a TURN allocation through its server. */
interface DatagramOut {
    /** Sends one datagram to {@code to}; the bytes may be reused once this returns. */
    void send(byte[] buf, int off, int len, InetSocketAddress to) throws IOException;
}
