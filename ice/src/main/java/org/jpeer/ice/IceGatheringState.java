package org.jpeer.ice;

import java.util.Locale;

/** W3C {@code RTCIceGatheringState}; {@link #COMPLETE} is also the end-of-candidates signal. */
public enum IceGatheringState {
    NEW, GATHERING, COMPLETE;

    /** The W3C string, such as {@code "complete"}. */
    public String w3cName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
