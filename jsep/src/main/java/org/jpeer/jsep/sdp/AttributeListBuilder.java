package org.jpeer.jsep.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * The attribute-list editing that both description builders offer.
 *
 * @param <B> the concrete builder, returned for chaining
 */
abstract class AttributeListBuilder<B extends AttributeListBuilder<B>> {
    final List<SdpAttribute> attributes = new ArrayList<>();

    abstract B self();

    /** Replaces all attributes. */
    public B attributes(List<? extends SdpAttribute> list) {
        attributes.clear();
        attributes.addAll(list);
        return self();
    }

    public B addAttribute(SdpAttribute attribute) {
        attributes.add(attribute);
        return self();
    }

    public B addAttributes(List<? extends SdpAttribute> list) {
        attributes.addAll(list);
        return self();
    }

    public B removeAttributes(Class<? extends SdpAttribute> type) {
        attributes.removeIf(type::isInstance);
        return self();
    }

    /** Removes every attribute with this name, typed or not. */
    public B removeAttributes(String name) {
        attributes.removeIf(a -> a.name().equals(name));
        return self();
    }

    /**
     * Puts {@code attribute} where the first attribute of its type was and removes the others of
     * that type; appends it when there was none. Suits single-valued attributes such as
     * {@link Setup} or {@link IceUfrag}.
     */
    public B setAttribute(SdpAttribute attribute) {
        Class<?> type = attribute.getClass();
        int at = -1;
        for (int i = 0; i < attributes.size(); i++) {
            if (type.isInstance(attributes.get(i))) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            attributes.add(attribute);
        } else {
            attributes.set(at, attribute);
            for (int i = attributes.size() - 1; i > at; i--) {
                if (type.isInstance(attributes.get(i))) {
                    attributes.remove(i);
                }
            }
        }
        return self();
    }
}
