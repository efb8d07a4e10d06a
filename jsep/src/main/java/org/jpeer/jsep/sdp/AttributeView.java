package org.jpeer.jsep.sdp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Typed reading of an ordered attribute list, shared by the session level and each m-section
 * because the transport attributes (ICE, DTLS) may sit at either.
 *
 * <pre>{@code
 * Optional<String> ufrag = media.iceUfrag().or(session::iceUfrag);
 * List<Extmap> extensions = media.attributes(Extmap.class);
 * }</pre>
 */
public interface AttributeView {

    /** Every attribute, in order. */
    List<SdpAttribute> attributes();

    /** Every attribute of one type, in order. */
    default <T extends SdpAttribute> List<T> attributes(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (SdpAttribute a : attributes()) {
            if (type.isInstance(a)) {
                out.add(type.cast(a));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The first attribute of one type. */
    default <T extends SdpAttribute> Optional<T> attribute(Class<T> type) {
        for (SdpAttribute a : attributes()) {
            if (type.isInstance(a)) {
                return Optional.of(type.cast(a));
            }
        }
        return Optional.empty();
    }

    /** Every attribute with this name, typed or not, in order. */
    default List<SdpAttribute> attributes(String name) {
        List<SdpAttribute> out = new ArrayList<>();
        for (SdpAttribute a : attributes()) {
            if (a.name().equals(name)) {
                out.add(a);
            }
        }
        return Collections.unmodifiableList(out);
    }

    default boolean has(Class<? extends SdpAttribute> type) {
        return attribute(type).isPresent();
    }

    default Optional<String> iceUfrag() {
        return attribute(IceUfrag.class).map(IceUfrag::ufrag);
    }

    default Optional<String> icePwd() {
        return attribute(IcePwd.class).map(IcePwd::pwd);
    }

    /** The ICE options, empty when there is no {@code a=ice-options}. */
    default List<String> iceOptions() {
        return attribute(IceOptions.class).map(IceOptions::options).orElse(List.of());
    }

    default boolean isIceLite() {
        return has(IceLite.class);
    }

    default List<Fingerprint> fingerprints() {
        return attributes(Fingerprint.class);
    }

    default Optional<Setup.Role> setup() {
        return attribute(Setup.class).map(Setup::role);
    }

    default Optional<String> tlsId() {
        return attribute(TlsId.class).map(TlsId::id);
    }

    default List<Extmap> extmaps() {
        return attributes(Extmap.class);
    }

    default boolean isExtmapAllowMixed() {
        return has(ExtmapAllowMixed.class);
    }

    /** The direction attribute written here, if any (the default applies only when none is written anywhere). */
    default Optional<Direction> directionAttribute() {
        return attribute(DirectionAttribute.class).map(DirectionAttribute::direction);
    }
}
