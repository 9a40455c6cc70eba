package io.github.reportmeta.registry.crossref;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One element of a deposit, built completely from a report before anything of it is written. An attribute named
 * {@code xml:lang} is written in the XML namespace; the others have none.
 */
final class Node {

    final String namespace;
    final String name;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<Node> children = new ArrayList<>();
    @Nullable String text;

    Node(String namespace, String name) {
        this.namespace = namespace;
        this.name = name;
    }

    static Node of(String name) {
        return new Node(CrossrefFormat.NAMESPACE, name);
    }

    static Node leaf(String name, String text) {
        Node n = of(name);
        n.text = text;
        return n;
    }

    Node attribute(String key, String value) {
        attributes.put(key, value);
        return this;
    }

    Node add(Node child) {
        children.add(child);
        return this;
    }

    Node add(String childName, String childText) {
        return add(leaf(childName, childText));
    }
}
