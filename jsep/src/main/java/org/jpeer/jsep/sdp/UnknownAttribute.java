package org.jpeer.jsep.sdp;

/**
 * Any attribute without its own record, kept verbatim: {@code value} is the text after the first
 * colon ({@code ""} for {@code a=name:}) or {@code null} for a property attribute ({@code a=name}).
 *
 * <pre>{@code
 * new UnknownAttribute("x-google-flag", "conference").toSdpLine();   // "a=x-google-flag:conference"
 * }</pre>
 */
public record UnknownAttribute(String name, String value) implements SdpAttribute {

    public UnknownAttribute {
        SdpGrammar.token(name, "attribute name");
        if (value != null) {
            SdpGrammar.text(value, "attribute value");
        }
    }

    @Override
    public String sdpValue() {
        return value;
    }
}
