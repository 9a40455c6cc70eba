package io.github.reportmeta.registry.datacite;

import io.github.reportmeta.format.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One element of a DataCite record, as the writer builds it or the reader found it, with what became of each of its
 * values: kept by the mapping, named in a note, or not yet read. The reader notes every value still unread when the
 * mapping is done, so that no value of the input is dropped without a note.
 */
final class DataCiteElement {

    /** What became of a value of the input. */
    enum Fate { UNREAD, KEPT, NOTED }

    private final String name;
    private final @Nullable SourceLocation location;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final Map<String, Fate> attributeFates = new LinkedHashMap<>();
    private final List<DataCiteElement> children = new ArrayList<>();
    private String text = "";
    private boolean markup;
    private Fate textFate = Fate.UNREAD;
    private boolean seen;

    private DataCiteElement(String name, @Nullable SourceLocation location) {
        this.name = name;
        this.location = location;
    }

    /** An element the writer builds. */
    static DataCiteElement of(String name) {
        return new DataCiteElement(name, null);
    }

    /** An element the reader found. */
    static DataCiteElement at(String name, SourceLocation location) {
        return new DataCiteElement(name, location);
    }

    /** An element with text. */
    static DataCiteElement of(String name, String text) {
        return of(name).text(text);
    }

    /** The local name in the DataCite namespace, or {@code {namespace}name} for an element of another namespace. */
    String name() {
        return name;
    }

    @Nullable SourceLocation location() {
        return location;
    }

    /** Sets an attribute, unless the value is {@code null}; the key is the local name, or {@code xml:lang}. */
    DataCiteElement attribute(String key, @Nullable String value) {
        if (value != null) {
            attributes.put(key, value);
            attributeFates.put(key, Fate.UNREAD);
        }
        return this;
    }

    DataCiteElement text(String value) {
        this.text = value;
        return this;
    }

    DataCiteElement markup(boolean value) {
        this.markup = value;
        return this;
    }

    /** Adds a child and returns it. */
    DataCiteElement add(DataCiteElement child) {
        children.add(child);
        return child;
    }

    /** Adds a child, unless it is {@code null} or an empty wrapper. */
    void addIfFilled(@Nullable DataCiteElement child) {
        if (child != null && !(child.children.isEmpty() && child.text.isEmpty() && child.attributes.isEmpty())) {
            children.add(child);
        }
    }

    /** The attributes in document order, for writing. */
    Map<String, String> attributes() {
        return attributes;
    }

    List<DataCiteElement> children() {
        return children;
    }

    /** The children of a name, marking the element as seen (a wrapper holds no value of its own). */
    List<DataCiteElement> children(String childName) {
        seen = true;
        List<DataCiteElement> found = new ArrayList<>();
        for (DataCiteElement c : children) {
            if (c.name.equals(childName)) {
                found.add(c);
            }
        }
        return found;
    }

    /** The first child of a name, or {@code null}. */
    @Nullable DataCiteElement child(String childName) {
        List<DataCiteElement> found = children(childName);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The text as written, for writing. */
    String rawText() {
        return text;
    }

    /** Whether the reader found child elements inside this text element. */
    boolean markup() {
        return markup;
    }

    /** The text without surrounding white space, as a value that the mapping keeps. */
    String keep() {
        seen = true;
        textFate = Fate.KEPT;
        return text.strip();
    }

    /** The text without surrounding white space, without deciding its fate yet. */
    String peek() {
        return text.strip();
    }

    /** Marks the text as named in a note. */
    void noted() {
        seen = true;
        textFate = Fate.NOTED;
    }

    /** An attribute's value that the mapping keeps, or {@code null}. */
    @Nullable String keep(String key) {
        String value = attributes.get(key);
        if (value != null) {
            attributeFates.put(key, Fate.KEPT);
            return value.strip();
        }
        return null;
    }

    /** An attribute's value, without deciding its fate yet, or {@code null}. */
    @Nullable String peek(String key) {
        String value = attributes.get(key);
        return value == null ? null : value.strip();
    }

    /** Marks an attribute as named in a note. */
    void noted(String key) {
        if (attributes.containsKey(key)) {
            attributeFates.put(key, Fate.NOTED);
        }
    }

    /** Marks the element and everything in it as named in a note. */
    void notedWhole() {
        seen = true;
        if (!text.isBlank()) {
            textFate = Fate.NOTED;
        }
        attributeFates.replaceAll((k, v) -> v == Fate.UNREAD ? Fate.NOTED : v);
        children.forEach(DataCiteElement::notedWhole);
    }

    /** Whether the mapping looked at the element at all. */
    boolean seen() {
        return seen || textFate != Fate.UNREAD || attributeFates.containsValue(Fate.KEPT)
                || attributeFates.containsValue(Fate.NOTED);
    }

    Fate textFate() {
        return text.isBlank() ? Fate.KEPT : textFate;
    }

    Fate fate(String key) {
        return attributeFates.getOrDefault(key, Fate.KEPT);
    }

    /** Whether the element holds a value: non-blank text or an attribute. */
    boolean hasValue() {
        return !text.isBlank() || !attributes.isEmpty();
    }
}
