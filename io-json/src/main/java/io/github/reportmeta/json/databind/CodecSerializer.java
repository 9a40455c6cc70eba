package io.github.reportmeta.json.databind;

import io.github.reportmeta.json.internal.EmbeddedType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** Writes a model value with the canonical format's own writer, so that it comes out byte for byte the same. */
final class CodecSerializer<T> extends ValueSerializer<T> {

    private final EmbeddedType<T> type;

    CodecSerializer(EmbeddedType<T> type) {
        this.type = type;
    }

    @Override
    public Class<?> handledType() {
        return type.type();
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
        type.write().accept(g, value);
    }
}
