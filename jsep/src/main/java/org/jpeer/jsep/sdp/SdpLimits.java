package org.jpeer.jsep.sdp;

/**
 * Size limits the parser enforces, so that a description from the network cannot make JPeer spend
 * unbounded memory or time. Chrome's largest offers (many transceivers, full codec lists,
 * simulcast) stay around 10–20 KiB with under 100 lines per media section; every limit here leaves
 * at least ten times that room.
 *
 * <pre>{@code
 * if (text.length() > SdpLimits.MAX_TOTAL_CHARS) { reject(); }
 * }</pre>
 */
public final class SdpLimits {
    /** Longest description accepted: 256 KiB of characters. */
    public static final int MAX_TOTAL_CHARS = 256 * 1024;
    /** Longest line accepted, without its line break: 8 KiB. */
    public static final int MAX_LINE_CHARS = 8 * 1024;
    /** Most m-sections in one description. */
    public static final int MAX_MEDIA = 64;
    /** Most {@code a=} lines at session level or in one m-section. */
    public static final int MAX_ATTRIBUTES = 1024;
    /** Most formats on one m-line. */
    public static final int MAX_FORMATS = 128;
    /** Most repeated session or media lines of one kind other than attributes ({@code e= p= b= t= r=}). */
    public static final int MAX_OTHER_LINES = 32;
    /** Most ids in one {@code a=group}, {@code a=msid-semantic} or {@code a=ssrc-group}. */
    public static final int MAX_GROUP_IDS = MAX_MEDIA * 4;

    private SdpLimits() {
    }
}
