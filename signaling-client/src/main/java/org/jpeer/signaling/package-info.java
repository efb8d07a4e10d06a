/**
 * Signaling transports for JPeer, on SDP text rather than peer connections: a Netty
 * {@link org.jpeer.signaling.SignalingServer} (WHIP/WHEP, the webrtc-echoes {@code /offer} endpoint,
 * WebSocket rooms, a page), its clients ({@link org.jpeer.signaling.WhipClient},
 * {@link org.jpeer.signaling.EchoTestClient}, {@link org.jpeer.signaling.RoomClient}) and the message
 * formats ({@link org.jpeer.signaling.SignalMessage}, {@link org.jpeer.signaling.TrickleIceSdpFrag}).
 * An application plugs its peer connections in through {@link org.jpeer.signaling.SessionHandler} and
 * {@link org.jpeer.signaling.Session}.
 */
package org.jpeer.signaling;
