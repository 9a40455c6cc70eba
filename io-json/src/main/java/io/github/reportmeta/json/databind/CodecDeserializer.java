package io.github.reportmeta.json.databind;

import io.github.reportmeta.json.internal.EmbeddedType;
import io.github.reportmeta.json.internal.JsonProblem;
import io.github.reportmeta.json.internal.ModelReader;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a model value with the canonical format's own reader, strictly, starting at the parser's current token;
 * a problem becomes a {@link DatabindException} that says where within the value it is.
 */
final class CodecDeserializer<T> extends ValueDeserializer<T> {

    private final EmbeddedType<T> type;

    CodecDeserializer(EmbeddedType<T> type) {
        this.type = type;
    }

    @Override
    public Class<?> handledType() {
        return type.type();
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) {
        ModelReader model = new ModelReader(p, false, Long.MAX_VALUE);
        model.atCurrentToken();
        try {
            return type.read().apply(model);
        } catch (JsonProblem e) {
            String where = e.pointer().isEmpty() ? "" : " (at " + e.pointer() + " within the value)";
            throw DatabindException.from(p, e.problem() + where, e);
        }
    }
}
