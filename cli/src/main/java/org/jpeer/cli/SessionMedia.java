package org.jpeer.cli;

import org.jpeer.jsep.RTCPeerConnection;

/**
 * What a serving command does with each connection it answers: echo its tracks, send it test media,
 * record what it sends. Called before the offer is applied, so that tracks added here are matched to
 * the offer's m-sections. The handler owns the connection's state listener (it ends the session when
 * the connection fails), so what is attached here must not rely on its own.
 */
@FunctionalInterface
interface SessionMedia {

    /** Sets up {@code pc}; the returned handle is closed when the session ends. */
    AutoCloseable attach(RTCPeerConnection pc) throws Exception;
}
