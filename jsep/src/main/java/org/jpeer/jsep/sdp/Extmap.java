package org.jpeer.jsep.sdp;

import java.util.Optional;

/**
 * {@code a=extmap:ID[/DIRECTION] URI [ATTRIBUTES]} (RFC 8285 §8): an RTP header extension and its id.
 *
 * <pre>{@code
 * Extmap e = Extmap.parse("4 urn:ietf:params:rtp-hdrext:sdes:mid");
 * e.id();    // 4
 * e.uri();   // "urn:ietf:params:rtp-hdrext:sdes:mid"
 * }</pre>
 */
public record Extmap(int id, Direction direction, String uri, String extensionAttributes) implements SdpAttribute {
    public static final String NAME = "extmap";
    /** Ids 1..14 fit one-byte headers, up to 255 two-byte ones; 4096..4351 are for negotiation (RFC 8285 §5). */
    public static final int MAX_ID = 4351;

    public Extmap {
        SdpGrammar.check(id >= 1 && id <= MAX_ID, "extmap id " + id + " is not in 1.." + MAX_ID);
        SdpGrammar.word(uri, "extmap URI");
        if (extensionAttributes != null) {
            SdpGrammar.text(extensionAttributes, "extmap extension attributes");
            SdpGrammar.check(!extensionAttributes.isEmpty() && !extensionAttributes.startsWith(" "),
                    "extmap: fields must be separated by single spaces");
        }
    }

    public Extmap(int id, String uri) {
        this(id, null, uri, null);
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static Extmap parse(String value) {
        String[] idPart = SdpGrammar.head(value, NAME);
        SdpGrammar.check(idPart[1] != null, "extmap needs a URI after the id");
        String[] uri = SdpGrammar.head(idPart[1], NAME);
        String idText = idPart[0];
        Direction direction = null;
        int slash = idText.indexOf('/');
        if (slash >= 0) {
            direction = Direction.fromSdp(idText.substring(slash + 1));
            idText = idText.substring(0, slash);
        }
        return new Extmap(SdpGrammar.integer(idText, "extmap id", 1, MAX_ID), direction, uri[0], uri[1]);
    }

    public Optional<Direction> directionValue() {
        return Optional.ofNullable(direction);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        StringBuilder b = new StringBuilder().append(id);
        if (direction != null) {
            b.append('/').append(direction.sdpName());
        }
        b.append(' ').append(uri);
        if (extensionAttributes != null) {
            b.append(' ').append(extensionAttributes);
        }
        return b.toString();
    }
}
