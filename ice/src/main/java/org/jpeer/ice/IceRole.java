package org.jpeer.ice;

/** The agent's role in nomination (RFC 8445 §6.1.1): the offerer is usually controlling. */
public enum IceRole {
    CONTROLLING, CONTROLLED
}
