package org.jpeer.jsep.negotiation;

/**
 * Our ICE role (RFC 8445 §6.1.1): the offerer controls, unless the peer is ice-lite, in which
 * case a full agent always controls.
 *
 * <pre>{@code
 * if (negotiated.localIceRole() == IceRole.CONTROLLING) { ... nominate ... }
 * }</pre>
 */
public enum IceRole {
    CONTROLLING, CONTROLLED
}
