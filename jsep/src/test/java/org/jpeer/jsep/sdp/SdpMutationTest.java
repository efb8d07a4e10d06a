package org.jpeer.jsep.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property test: random damage to real descriptions either parses, and then writes and re-parses to
 * an equal model, or fails with {@link InvalidSdpException}; nothing else ever escapes.
 */
class SdpMutationTest {
    /** 10,000 by default keeps the module's tests quick; {@code -Dsdp.mutations=200000} digs deeper. */
    private static final int CASES = Integer.getInteger("sdp.mutations", 10_000);
    private static final long SEED = 0x5d9_2024L;
    private static final String ALPHABET = " :;/=,-*~.0123456789aAzZ\t\u0000\r\n\u00e9\u20ac\uD83D\uDE00{}[]#";

    @Test
    void onlyInvalidSdpExceptionEscapesAndWhatParsesRoundTrips() {
        Random random = new Random(SEED);
        List<String> fixtures = Fixtures.ALL.stream().map(Fixtures::text).toList();
        int parsed = 0;
        for (int i = 0; i < CASES; i++) {
            String input = fixtures.get(random.nextInt(fixtures.size()));
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                input = mutate(input, random);
            }
            if (check(input, i)) {
                parsed++;
            }
        }
        // The mutations must exercise both outcomes, or the property says little.
        assertTrue(parsed > CASES / 20, "only " + parsed + " mutants parsed");
        assertTrue(parsed < CASES - CASES / 20, "only " + (CASES - parsed) + " mutants were rejected");
    }

    private static boolean check(String input, int caseNumber) {
        SessionDescription description;
        try {
            description = SdpParser.parse(input);
        } catch (InvalidSdpException e) {
            assertTrue(e.lineNumber() >= 0, "negative line number");
            assertTrue(e.getMessage() != null && !e.rule().isEmpty(), "no rule");
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            fail("case " + caseNumber + ": " + e + " escaped for input:\n" + abbreviate(input), e);
            return false;
        }
        String written = description.write();
        assertEquals(description, SdpParser.parse(written), "case " + caseNumber + " re-parse differs");
        return true;
    }

    private static String mutate(String text, Random r) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
        int n = lines.size();
        int at = r.nextInt(n);
        switch (r.nextInt(11)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(r.nextInt(n)));
            case 2 -> {
                int other = r.nextInt(n);
                String tmp = lines.get(at);
                lines.set(at, lines.get(other));
                lines.set(other, tmp);
            }
            case 3 -> lines.set(at, replaceChar(lines.get(at), r));
            case 4 -> lines.set(at, insertChar(lines.get(at), r));
            case 5 -> {
                String joined = String.join("\r\n", lines);
                return joined.substring(0, r.nextInt(joined.length() + 1));
            }
            case 6 -> lines.set(at, randomText(r, r.nextInt(40)));
            case 7 -> lines.set(at, lines.get(at) + "x".repeat(r.nextBoolean() ? 9000 : 300));
            case 8 -> lines.set(at, numberMutation(lines.get(at), r));
            case 9 -> lines.set(at, lines.get(at).replace(" ", r.nextBoolean() ? "  " : ""));
            default -> {
                int cut = r.nextInt(lines.get(at).length() + 1);
                lines.set(at, lines.get(at).substring(0, cut));
            }
        }
        return String.join(r.nextInt(4) == 0 ? "\n" : "\r\n", lines);
    }

    private static String replaceChar(String line, Random r) {
        if (line.isEmpty()) {
            return randomText(r, 1);
        }
        int i = r.nextInt(line.length());
        return line.substring(0, i) + randomText(r, 1) + line.substring(i + 1);
    }

    private static String insertChar(String line, Random r) {
        int i = r.nextInt(line.length() + 1);
        return line.substring(0, i) + randomText(r, 1) + line.substring(i);
    }

    private static String numberMutation(String line, Random r) {
        String[] replacements = {"0", "-1", "99999999999999999999", "4294967296", "65536", "128", "007", ""};
        return line.replaceFirst("\\d+", replacements[r.nextInt(replacements.length)]);
    }

    private static String randomText(Random r, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(r.nextInt(4) == 0 ? (char) r.nextInt(0x3000) : ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }
}
