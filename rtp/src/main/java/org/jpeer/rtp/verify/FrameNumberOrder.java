package org.jpeer.rtp.verify;

import java.util.OptionalInt;
import org.jpeer.rtp.media.FrameNumberCode;
import org.jpeer.rtp.media.Yuv420Image;

/**
 * Reads the frame numbers our test patterns draw and checks that they only move forward
 * (modulo 2^16, so a long run may wrap).
 *
 * <pre>{@code
 * FrameNumberOrder order = new FrameNumberOrder();
 * order.check(decodedPicture);
 * order.numbered();      // pictures whose number could be read
 * }</pre>
 */
public final class FrameNumberOrder {

    private static final int NUMBER_MOD = 1 << FrameNumberCode.BITS;

    private long numbered;
    private long outOfOrder;
    private int lastNumber = -1;

    /** Reads the number in {@code picture}, if any, and checks it follows the last one. */
    public void check(Yuv420Image picture) {
        OptionalInt n = FrameNumberCode.read(picture);
        if (n.isEmpty()) {
            return;
        }
        numbered++;
        int number = n.getAsInt();
        if (lastNumber >= 0) {
            int forward = Math.floorMod(number - lastNumber, NUMBER_MOD);
            if (forward == 0 || forward >= NUMBER_MOD / 2) {
                outOfOrder++;
            }
        }
        lastNumber = number;
    }

    /** Pictures whose frame number could be read. */
    public long numbered() {
        return numbered;
    }

    /** Frame numbers that did not increase. */
    public long outOfOrder() {
        return outOfOrder;
    }

    /** The last frame number read, or -1. */
    public int lastNumber() {
        return lastNumber;
    }
}
