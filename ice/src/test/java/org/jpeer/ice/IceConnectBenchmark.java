package org.jpeer.ice;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Harness, not a test: times gathering and start-to-connected between two in-process agents on
 * 127.0.0.1. Run with
 * {@code mvn -o -q -pl ice test-compile && java -cp ice/target/test-classes:ice/target/classes:<deps> org.jpeer.ice.IceConnectBenchmark [rounds [TaMillis]]}.
 *
 * <p>Gathering is measured from {@code startGathering()} to the COMPLETE event; connecting from the
 * two {@code start()} calls (candidates and credentials already exchanged) until both sides report
 * CONNECTED, which includes nomination on the controlled side and the event thread hop.
 */
public final class IceConnectBenchmark {
    private static final int WARM_UP = 200;
    private static IceAgentConfig config;

    private IceConnectBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Duration ta = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 5);
        config = IceAgentConfig.builder().checkInterval(ta).build();
        for (int i = 0; i < WARM_UP; i++) {
            round();
        }
        long[] gather = new long[rounds];
        long[] connect = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long[] r = round();
            gather[i] = r[0];
            connect[i] = r[1];
        }
        System.out.println("rounds=" + rounds + " after " + WARM_UP + " warm-up rounds, Ta=" + ta.toMillis() + " ms");
        print("gather (startGathering -> complete)", gather);
        print("start -> connected (both sides)", connect);
    }

    private static long[] round() throws Exception {
        try (IceAgent a = IceAgent.create(config);
             IceAgent b = IceAgent.create(config)) {
            CompletableFuture<Void> aGathered = new CompletableFuture<>();
            CompletableFuture<Void> aConnected = new CompletableFuture<>();
            CompletableFuture<Void> bConnected = new CompletableFuture<>();
            a.onLocalCandidate(b::addRemoteCandidate);
            b.onLocalCandidate(a::addRemoteCandidate);
            a.onGatheringStateChange(s -> complete(aGathered, s == IceGatheringState.COMPLETE));
            a.onConnectionStateChange(s -> complete(aConnected, s.isConnected()));
            b.onConnectionStateChange(s -> complete(bConnected, s.isConnected()));
            a.setRemoteParameters(b.localParameters());
            b.setRemoteParameters(a.localParameters());

            long t0 = System.nanoTime();
            a.startGathering();
            aGathered.get(5, TimeUnit.SECONDS);
            long gathered = System.nanoTime() - t0;
            b.startGathering();
            Thread.sleep(2); // let the trickled candidates land before the clock starts

            long t1 = System.nanoTime();
            a.start(IceRole.CONTROLLING);
            b.start(IceRole.CONTROLLED);
            CompletableFuture.allOf(aConnected, bConnected).get(5, TimeUnit.SECONDS);
            return new long[] {gathered, System.nanoTime() - t1};
        }
    }

    private static void complete(CompletableFuture<Void> f, boolean condition) {
        if (condition) {
            f.complete(null);
        }
    }

    private static void print(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("%-40s median %.2f ms  p10 %.2f  p90 %.2f  min %.2f  max %.2f%n", what,
                ms(s[s.length / 2]), ms(s[s.length / 10]), ms(s[s.length * 9 / 10]), ms(s[0]), ms(s[s.length - 1]));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
