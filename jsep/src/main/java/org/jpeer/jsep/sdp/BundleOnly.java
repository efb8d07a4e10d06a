package org.jpeer.jsep.sdp;

/**
 * {@code a=bundle-only}: the section is only usable inside a BUNDLE group (RFC 8843 §6), so its port is 0 without being rejected.
 *
 * <pre>{@code
 * new BundleOnly().toSdpLine();   // "a=bundle-only"
 * }</pre>
 */
public record BundleOnly() implements SdpAttribute {
    public static final String NAME = "bundle-only";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return null;
    }
}
