package io.github.reportmeta.spark;

import io.github.reportmeta.json.JsonFormat;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A report row written back as a canonical JSON report document, for io-json's reader to turn into a report:
 * the inverse of {@link CanonicalSchema}. A null column is left out, as the canonical reader allows.
 */
final class RowJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private RowJson() {}

    /**
     * The canonical JSON document of one report row.
     *
     * @param report a row of {@link CanonicalSchema#report()}
     * @return the document's bytes, in UTF-8
     */
    static byte[] document(Row report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeStringProperty("format", "reportmeta-report");
            g.writeStringProperty("version", JsonFormat.FORMAT_VERSION);
            fields(g, report);
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void fields(JsonGenerator g, Row row) {
        StructField[] fields = row.schema().fields();
        for (int i = 0; i < fields.length; i++) {
            if (!row.isNullAt(i)) {
                g.writeName(fields[i].name());
                value(g, fields[i].dataType(), fields[i].metadata().contains(CanonicalSchema.JSON_TEXT), row.get(i));
            }
        }
    }

    private static void value(JsonGenerator g, DataType type, boolean jsonText, Object value) {
        if (type instanceof StructType) {
            g.writeStartObject();
            fields(g, (Row) value);
            g.writeEndObject();
        } else if (type instanceof ArrayType array) {
            g.writeStartArray();
            for (Object element : asList(value)) {
                if (element == null) {
                    g.writeNull();
                } else {
                    value(g, array.elementType(), false, element);
                }
            }
            g.writeEndArray();
        } else if (type instanceof StringType) {
            if (jsonText) {
                g.writeRawValue((String) value);
            } else {
                g.writeString((String) value);
            }
        } else if (type instanceof LongType) {
            g.writeNumber((Long) value);
        } else if (type instanceof DoubleType) {
            g.writeNumber((Double) value);
        } else if (type instanceof BooleanType) {
            g.writeBoolean((Boolean) value);
        } else {
            throw new IllegalArgumentException("a report row holds a column of type " + type
                    + ", which the canonical JSON has no place for");
        }
    }

    private static List<?> asList(Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        return scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) value);
    }
}
