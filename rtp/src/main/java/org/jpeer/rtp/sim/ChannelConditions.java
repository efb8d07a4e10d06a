package org.jpeer.rtp.sim;

/**
 * What a {@link SimulatedChannel} does to the packets it carries.
 *
 * <pre>{@code
 * ChannelConditions lossy = ChannelConditions.perfect(25).withLoss(0.05, 1);       // 5 % random loss
 * ChannelConditions bursty = ChannelConditions.perfect(25).withLoss(0.05, 4)      // in bursts of 4 on average
 *         .withReordering(0.01, 10).withDuplication(0.01);
 * }</pre>
 *
 * @param delayMillis        one-way delay of every packet
 * @param loss               long-run fraction of packets lost, 0..1 (exclusive of 1)
 * @param meanBurstLength    average run of consecutive losses, at least 1 (1: independent losses;
 *                           more: a Gilbert-Elliott channel with the same long-run loss)
 * @param reordering         fraction of packets held back by {@code reorderDelayMillis}, 0..1
 * @param reorderDelayMillis extra delay of a held-back packet
 * @param duplication        fraction of packets delivered twice, 0..1
 */
public record ChannelConditions(long delayMillis, double loss, double meanBurstLength, double reordering,
                                long reorderDelayMillis, double duplication) {

    public ChannelConditions {
        if (delayMillis < 0 || reorderDelayMillis < 0) {
            throw new IllegalArgumentException("delays must not be negative: delayMillis " + delayMillis
                    + ", reorderDelayMillis " + reorderDelayMillis);
        }
        if (!(loss >= 0 && loss < 1)) {
            throw new IllegalArgumentException("loss " + loss + " outside [0, 1)");
        }
        if (!(meanBurstLength >= 1)) {
            throw new IllegalArgumentException("meanBurstLength " + meanBurstLength + " must be at least 1");
        }
        probability("reordering", reordering);
        probability("duplication", duplication);
    }

    private static void probability(String field, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(field + " " + p + " outside [0, 1]");
        }
    }

    /** A channel that only delays. */
    public static ChannelConditions perfect(long delayMillis) {
        return new ChannelConditions(delayMillis, 0, 1, 0, 0, 0);
    }

    public ChannelConditions withLoss(double fraction, double meanBurst) {
        return new ChannelConditions(delayMillis, fraction, meanBurst, reordering, reorderDelayMillis, duplication);
    }

    public ChannelConditions withReordering(double fraction, long extraDelayMillis) {
        return new ChannelConditions(delayMillis, loss, meanBurstLength, fraction, extraDelayMillis, duplication);
    }

    public ChannelConditions withDuplication(double fraction) {
        return new ChannelConditions(delayMillis, loss, meanBurstLength, reordering, reorderDelayMillis, fraction);
    }
}
