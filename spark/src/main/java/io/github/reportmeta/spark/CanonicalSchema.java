package io.github.reportmeta.spark;

import io.github.reportmeta.json.JsonFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The Spark type of a report, derived from the canonical JSON Schema that io-json ships, so that a column is a
 * property of the canonical JSON of the same name and nesting.
 *
 * <p>Where JSON Schema says more than a Spark type can: a value that may be null is a nullable field; an enum or
 * a constant is a string; an integer is a long; a choice between objects (a person or an organisation) is one
 * struct with the fields of both. Where no Spark type fits, the column is a string holding the value's JSON text,
 * marked with {@link #JSON_TEXT} in the field's metadata: a type that contains itself (an organisation's parent)
 * at its second occurrence, and a field that the objects of a choice type differently (an agent's name).
 */
final class CanonicalSchema {

    /** The metadata key that marks a string column holding JSON text rather than a string value. */
    static final String JSON_TEXT = "reportmeta.jsonText";

    private static final String DEFS = "#/$defs/";

    private final Map<String, Object> defs;
    private final Deque<String> expanding = new ArrayDeque<>();

    private CanonicalSchema(Map<String, Object> defs) {
        this.defs = defs;
    }

    /**
     * The struct of one report.
     *
     * @return the type
     */
    static StructType report() {
        try (InputStream in = JsonFormat.openSchema()) {
            Map<String, Object> schema = map(parse(in));
            CanonicalSchema derivation = new CanonicalSchema(map(schema.get("$defs")));
            return (StructType) derivation.type(Map.of("$ref", DEFS + "report"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DataType type(Map<String, Object> node) {
        Object ref = node.get("$ref");
        if (ref instanceof String name) {
            String def = name.substring(DEFS.length());
            if (expanding.contains(def)) {
                return DataTypes.StringType;
            }
            expanding.push(def);
            try {
                return type(map(defs.get(def)));
            } finally {
                expanding.pop();
            }
        }
        for (String choice : List.of("anyOf", "oneOf")) {
            if (node.get(choice) instanceof List<?> alternatives) {
                return union(alternatives);
            }
        }
        if (node.containsKey("enum") || node.containsKey("const")) {
            return DataTypes.StringType;
        }
        Object declared = node.get("type");
        String type = declared instanceof List<?> types
                ? types.stream().map(String.class::cast).filter(t -> !t.equals("null")).findFirst().orElse("null")
                : (String) declared;
        if (type == null) {
            throw new IllegalStateException("the canonical JSON Schema has a type this derivation does not know: " + node);
        }
        return switch (type) {
            case "object" -> struct(map(node.get("properties")));
            case "array" -> DataTypes.createArrayType(type(map(node.get("items"))), true);
            case "integer" -> DataTypes.LongType;
            case "number" -> DataTypes.DoubleType;
            case "boolean" -> DataTypes.BooleanType;
            case "string" -> DataTypes.StringType;
            default -> throw new IllegalStateException("the canonical JSON Schema has a type this derivation does not know: " + type);
        };
    }

    private StructType struct(Map<String, Object> properties) {
        List<StructField> fields = new ArrayList<>();
        properties.forEach((name, schema) -> fields.add(field(name, map(schema))));
        return DataTypes.createStructType(fields);
    }

    private StructField field(String name, Map<String, Object> schema) {
        DataType type = type(schema);
        if (type.equals(DataTypes.StringType) && refersToExpanding(schema)) {
            return jsonText(name);
        }
        return new StructField(name, type, true, Metadata.empty());
    }

    /** Whether a schema is, or chooses among, a reference to a type being expanded: a recursive value. */
    private boolean refersToExpanding(Map<String, Object> schema) {
        if (schema.get("$ref") instanceof String name) {
            return expanding.contains(name.substring(DEFS.length()));
        }
        for (String choice : List.of("anyOf", "oneOf")) {
            if (schema.get(choice) instanceof List<?> alternatives) {
                return alternatives.stream().anyMatch(a -> refersToExpanding(map(a)));
            }
        }
        return false;
    }

    /**
     * One type for a choice: the one that is not null, or one struct with the fields of every object; a field
     * whose type differs between the objects (a person's structured name, an organisation's plain one) holds its
     * JSON text.
     */
    private DataType union(List<?> alternatives) {
        List<DataType> types = new ArrayList<>();
        for (Object alternative : alternatives) {
            Map<String, Object> schema = map(alternative);
            if (!"null".equals(schema.get("type"))) {
                types.add(type(schema));
            }
        }
        if (types.size() == 1) {
            return types.get(0);
        }
        Map<String, StructField> merged = new LinkedHashMap<>();
        for (DataType type : types) {
            if (!(type instanceof StructType struct)) {
                throw new IllegalStateException("the canonical JSON Schema chooses between types that are not all objects: " + types);
            }
            for (StructField f : struct.fields()) {
                StructField earlier = merged.putIfAbsent(f.name(), f);
                if (earlier != null && !earlier.dataType().equals(f.dataType())) {
                    merged.put(f.name(), jsonText(f.name()));
                }
            }
        }
        return DataTypes.createStructType(new ArrayList<>(merged.values()));
    }

    private static StructField jsonText(String name) {
        return new StructField(name, DataTypes.StringType, true, new MetadataBuilder().putBoolean(JSON_TEXT, true).build());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(@Nullable Object value) {
        if (!(value instanceof Map)) {
            throw new IllegalStateException("expected an object in the canonical JSON Schema, but found " + value);
        }
        return (Map<String, Object>) value;
    }

    private static Object parse(InputStream in) {
        try (JsonParser p = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), in)) {
            p.nextToken();
            return value(p);
        }
    }

    private static @Nullable Object value(JsonParser p) {
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (String name = p.nextName(); name != null; name = p.nextName()) {
                    p.nextToken();
                    object.put(name, value(p));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(p));
                }
                return array;
            }
            case VALUE_STRING -> {
                return p.getString();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return p.getNumberValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getBooleanValue();
            }
            default -> {
                return null;
            }
        }
    }
}
