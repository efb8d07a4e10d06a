package org.jpeer.jsep.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * Lexical rules of RFC 8866 §9 shared by every attribute: tokens, numbers and single-space
 * separated fields. Violations throw {@link IllegalArgumentException} whose message is the rule;
 * the parser adds the line number.
 */
final class SdpGrammar {

    /** Longest number accepted in any numeric field; keeps every value inside {@code long}. */
    private static final int MAX_DIGITS = 18;

    private SdpGrammar() {
    }

    static IllegalArgumentException violation(String rule) {
        return new IllegalArgumentException(rule);
    }

    static void check(boolean ok, String rule) {
        if (!ok) {
            throw violation(rule);
        }
    }

    /**
     * Splits on single spaces. RFC 8866 separates fields by exactly one SP, and being strict here is
     * what makes a parsed value write back byte for byte.
     */
    static List<String> fields(String value, int min, int max, String what) {
        check(value != null, what + " needs a value");
        List<String> out = new ArrayList<>();
        int start = 0;
        while (true) {
            int sp = value.indexOf(' ', start);
            String f = sp < 0 ? value.substring(start) : value.substring(start, sp);
            check(!f.isEmpty(), what + ": fields must be separated by single spaces");
            check(out.size() < max, what + ": more than " + max + " fields");
            out.add(f);
            if (sp < 0) {
                break;
            }
            start = sp + 1;
        }
        check(out.size() >= min, what + ": expected at least " + min + " fields, got " + out.size());
        return out;
    }

    /** Splits at the first space: {@code [head, rest]}, rest {@code null} when there is no space. */
    static String[] head(String value, String what) {
        check(value != null && !value.isEmpty(), what + " needs a value");
        int sp = value.indexOf(' ');
        if (sp < 0) {
            return new String[] {value, null};
        }
        String rest = value.substring(sp + 1);
        check(sp > 0 && !rest.isEmpty() && rest.charAt(0) != ' ',
                what + ": fields must be separated by single spaces");
        return new String[] {value.substring(0, sp), rest};
    }

    static long number(String s, String field, long min, long max) {
        check(s != null && !s.isEmpty(), field + " is missing");
        check(s.length() <= MAX_DIGITS && s.chars().allMatch(c -> c >= '0' && c <= '9'),
                field + " '" + s + "' is not a number");
        check(s.length() == 1 || s.charAt(0) != '0', field + " '" + s + "' has a leading zero");
        long v = Long.parseLong(s);
        check(v >= min && v <= max, field + " '" + s + "' is not in " + min + ".." + max);
        return v;
    }

    static int integer(String s, String field, int min, int max) {
        return (int) number(s, field, min, max);
    }

    /** RFC 8866 {@code non-zero-int-or-real}: {@code 20}, {@code 0.125}; no sign, no exponent. */
    static String positiveDecimal(String s, String field) {
        check(s != null && !s.isEmpty(), field + " is missing");
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String fraction = dot < 0 ? "" : s.substring(dot + 1);
        boolean digits = s.length() <= MAX_DIGITS && !whole.isEmpty()
                && whole.chars().allMatch(c -> c >= '0' && c <= '9')
                && fraction.chars().allMatch(c -> c >= '0' && c <= '9')
                && (dot < 0 || !fraction.isEmpty());
        check(digits, field + " '" + s + "' is not a number");
        check(whole.length() == 1 || whole.charAt(0) != '0', field + " '" + s + "' has a leading zero");
        check(s.chars().anyMatch(c -> c >= '1' && c <= '9'), field + " must not be zero");
        return s;
    }

    static int payloadType(String s) {
        return integer(s, "payload type", 0, 127);
    }

    /** RFC 8866 {@code token}: visible ASCII except separators. */
    static String token(String s, String field) {
        check(s != null && !s.isEmpty(), field + " is missing");
        check(s.chars().allMatch(SdpGrammar::isTokenChar), field + " '" + s + "' is not a token");
        return s;
    }

    /** Any non-empty run of visible characters without a space (RFC 8866 {@code non-ws-string}). */
    static String word(String s, String field) {
        check(s != null && !s.isEmpty(), field + " is missing");
        check(s.chars().allMatch(c -> c > 0x20 && c != 0x7F), field + " '" + s + "' contains white space or control characters");
        return s;
    }

    /** Free text of a line value: anything but NUL, CR and LF (RFC 8866 {@code byte-string}). */
    static String text(String s, String field) {
        check(s != null, field + " is missing");
        check(s.chars().noneMatch(c -> c == 0 || c == '\r' || c == '\n'), field + " contains NUL, CR or LF");
        return s;
    }

    static boolean isTokenChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$%&'*+-.^_`{|}~".indexOf(c) >= 0;
    }

    static <T> List<T> nonNullList(List<T> list, String field) {
        check(list != null, field + " is missing");
        return List.copyOf(list);
    }

    static String join(List<?> parts, String separator) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) {
            if (b.length() > 0) {
                b.append(separator);
            }
            b.append(p);
        }
        return b.toString();
    }
}
