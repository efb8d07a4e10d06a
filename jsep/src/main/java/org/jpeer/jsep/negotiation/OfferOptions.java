package org.jpeer.jsep.negotiation;

/**
 * Options of {@code createOffer} (W3C {@code RTCOfferOptions}).
 *
 * <pre>{@code
 * session.createOffer(new OfferOptions(true), transportWithNewCredentials);
 * }</pre>
 *
 * @param iceRestart whether the offer restarts ICE; the caller then passes new credentials
 */
public record OfferOptions(boolean iceRestart) {

    /** No ICE restart. */
    public static final OfferOptions DEFAULT = new OfferOptions(false);
}
