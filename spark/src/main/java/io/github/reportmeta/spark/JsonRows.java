package io.github.reportmeta.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A canonical JSON report document read into a row of {@link CanonicalSchema#report()}: the inverse of
 * {@link RowJson}. Arrays become Java arrays, which Spark takes for its array columns.
 */
final class JsonRows {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonRows() {}

    /**
     * The row of a report document, such as io-json writes; its {@code format} and {@code version} are left out.
     *
     * @param document the document
     * @param type the report's type
     * @return the row
     */
    static Row report(byte[] document, StructType type) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), document)) {
            p.nextToken();
            return struct(p, type, true);
        }
    }

    private static Row struct(JsonParser p, StructType type, boolean document) {
        Object[] values = new Object[type.size()];
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            if (!type.getFieldIndex(name).isDefined()) {
                if (document && (name.equals("format") || name.equals("version"))) {
                    p.skipChildren();
                    continue;
                }
                throw new IllegalStateException("the canonical JSON has a property '" + name
                        + "' that the report's type has no column for; the type is " + type.simpleString());
            }
            int index = type.fieldIndex(name);
            StructField field = type.fields()[index];
            values[index] = value(p, field.dataType(), field.metadata().contains(CanonicalSchema.JSON_TEXT));
        }
        return RowFactory.create(values);
    }

    private static @Nullable Object value(JsonParser p, DataType type, boolean jsonText) {
        if (jsonText) {
            return p.currentToken() == JsonToken.VALUE_NULL ? null : text(p);
        }
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (type instanceof StructType struct) {
            return struct(p, struct, false);
        }
        if (type instanceof ArrayType array) {
            List<Object> elements = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                elements.add(value(p, array.elementType(), false));
            }
            return elements.toArray();
        }
        if (type instanceof StringType) {
            return p.getString();
        }
        if (type instanceof LongType) {
            return p.getLongValue();
        }
        if (type instanceof DoubleType) {
            return p.getDoubleValue();
        }
        if (type instanceof BooleanType) {
            return p.getBooleanValue();
        }
        throw new IllegalStateException("a report's type has a column of type " + type + ", which JSON cannot fill");
    }

    private static String text(JsonParser p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            g.copyCurrentStructure(p);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
