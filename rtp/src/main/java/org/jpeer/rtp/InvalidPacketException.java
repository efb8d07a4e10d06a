package org.jpeer.rtp;

/**
 * Thrown by every parser in this module when bytes from the network do not form a valid packet.
 *
 * <p>It is the only exception a parser lets escape for any input, so a receive loop can drop and
 * count bad packets with one {@code catch}:
 *
 * <pre>{@code
 * try {
 *     RtpPacket packet = RtpPacket.parse(datagram, 0, length);
 *     ...
 * } catch (InvalidPacketException e) {
 *     malformedPackets++;
 * }
 * }</pre>
 *
 * The message names the field and the rule that failed.
 */
public final class InvalidPacketException extends Exception {

    public InvalidPacketException(String message) {
        super(message);
    }
}
