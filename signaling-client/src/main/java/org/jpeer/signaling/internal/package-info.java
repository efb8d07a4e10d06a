/** Implementation of {@code org.jpeer.signaling}: Netty handlers, registries, codecs. Not API; may change. */
package org.jpeer.signaling.internal;
