package org.jpeer.rtp;

import java.util.Random;
import org.jpeer.rtp.feedback.NackGenerator;

/**
 * A harness that prints the NACK generator's throughput with 1,000 receive streams, each losing 2 %
 * of its packets at random (run with {@code java -cp ... org.jpeer.rtp.NackThroughput}). Every
 * packet is fed to its stream's generator, which is then polled, as the pipeline does; figures as
 * in {@link Throughput}.
 */
public final class NackThroughput {

    static final int STREAMS = 1000;

    private NackThroughput() {
    }

    public static void main(String[] args) throws Exception {
        NackGenerator[] generators = new NackGenerator[STREAMS];
        int[] next = new int[STREAMS];
        for (int i = 0; i < STREAMS; i++) {
            generators[i] = new NackGenerator(1, i + 2);
            generators[i].setRoundTripMillis(50);
        }
        Random random = new Random(1);
        long[] packets = {0};
        double rate = Throughput.perSecond(() -> {
            int s = (int) (packets[0] % STREAMS);
            long now = packets[0] / STREAMS; // every stream gets a packet per virtual millisecond
            next[s] = (next[s] + (random.nextInt(50) == 0 ? 2 : 1)) & 0xFFFF;
            generators[s].onPacket(next[s], now);
            generators[s].poll(now);
            packets[0]++;
        });
        System.out.printf("NACK generator, %d streams, 2%% loss: %,.0f packets/s (%,.0f per stream)%n",
                STREAMS, rate, rate / STREAMS);
    }
}
