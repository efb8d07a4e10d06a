/**
 * Implementation of {@code org.jpeer.dtls}: the Bouncy Castle TLS peers and their queue-backed
 * datagram transport, key export and splitting, and the jitsi-srtp adapters. Not API: these classes
 * are public only so that the API package can reach them.
 */
package org.jpeer.dtls.internal;
