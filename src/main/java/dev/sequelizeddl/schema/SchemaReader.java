package dev.sequelizeddl.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sequelizeddl.schema.JsValue.*;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes the schema JSON written by js-shim/record.js (docs/schema-json.md). */
public final class SchemaReader {
    public static final int FORMAT_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SchemaReader() {}

    public static Schema read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("schema JSON is not valid JSON: " + e.getMessage(), e);
        }
        if (!"sequelize-ddl/schema".equals(root.path("format").asText())
                || root.path("version").asInt() != FORMAT_VERSION) {
            throw new IllegalArgumentException("unsupported schema JSON format/version: "
                    + root.path("format").asText() + " " + root.path("version").asText());
        }
        List<Model> models = new ArrayList<>();
        for (JsonNode m : root.path("models")) {
            models.add(readModel(m));
        }
        return new Schema(root.path("dialect").asText(), models);
    }

    private static Model readModel(JsonNode m) {
        List<String> pks = new ArrayList<>();
        m.path("primaryKeyAttributes").forEach(n -> pks.add(n.asText()));
        List<Attribute> attrs = new ArrayList<>();
        for (JsonNode a : m.path("attributes")) {
            ObjectNode copy = ((ObjectNode) a).deepCopy();
            String name = copy.remove("name").asText();
            attrs.add(new Attribute(name, (JsObject) decode(copy)));
        }
        JsonNode src = m.get("source");
        Source source = src == null || src.isNull() ? null
                : new Source(src.path("file").asText(), src.path("line").asInt(), src.path("endLine").asInt());
        JsObject options = m.has("options") ? (JsObject) decode(m.get("options")) : new JsObject();
        if (m.get("syncIndexes") instanceof com.fasterxml.jackson.databind.node.ArrayNode extra && !extra.isEmpty()) {
            // Deliberate difference (oracle note (i)): the indexes sync() creates beyond options.indexes
            // (JSONB `index: true` → GIN) are emitted after them, as sync() adds them.
            List<JsValue> all = new ArrayList<>(options.get("indexes") instanceof JsArray a ? a.items() : List.of());
            for (JsonNode i : extra) all.add(decode(i));
            options.put("indexes", new JsArray(all));
        }
        return new Model(
                m.path("name").asText(),
                m.path("tableName").asText(),
                readTable(m.path("table")),
                pks,
                attrs,
                options,
                m.has("uniqueKeys") && m.get("uniqueKeys").isObject() ? (JsObject) decode(m.get("uniqueKeys")) : new JsObject(),
                source);
    }

    private static TableRef readTable(JsonNode t) {
        if (t.isObject()) {
            return new TableRef(t.path("tableName").asText(),
                    t.hasNonNull("schema") ? t.get("schema").asText() : null,
                    t.hasNonNull("delimiter") ? t.get("delimiter").asText() : null);
        }
        return TableRef.plain(t.asText());
    }

    /** Decodes one encoded value (the tags of record.js's {@code encode}). */
    public static JsValue decode(JsonNode n) {
        if (n == null || n.isMissingNode()) return JsValue.UNDEFINED;
        if (n.isNull()) return JsValue.NULL;
        if (n.isBoolean()) return new JsBoolean(n.booleanValue());
        if (n.isNumber()) return new JsNumber(n.doubleValue());
        if (n.isTextual()) return new JsString(n.textValue());
        if (n.isArray()) {
            List<JsValue> items = new ArrayList<>();
            n.forEach(x -> items.add(decode(x)));
            return new JsArray(items);
        }
        if (n.has("$undefined")) return JsValue.UNDEFINED;
        if (n.has("$number")) return new JsNumber(parseJsNumber(n.get("$number").asText()));
        if (n.has("$bigint")) return new JsBigInt(n.get("$bigint").asText());
        if (n.has("$date")) return new JsDate(n.get("$date").isNull() ? null : n.get("$date").asLong());
        if (n.has("$buffer")) return new JsBuffer(n.get("$buffer").asText());
        if (n.has("$function")) return new JsFunction(n.get("$function").asText());
        if (n.has("$symbol")) return new JsSymbol(n.get("$symbol").asText());
        if (n.has("$model")) return new JsModelRef(n.get("$model").asText());
        if (n.has("$deferrable")) return new JsDeferrable(n.get("$deferrable").asText());
        if (n.has("$circular")) return JsValue.UNDEFINED;
        if (n.has("$type")) return new JsType(n.get("$type").asText(), members(n, "$type"));
        if (n.has("$method")) return new JsMethod(n.get("$method").asText(), members(n, "$method"));
        return members(n, null);
    }

    private static JsObject members(JsonNode n, String skip) {
        Map<String, JsValue> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals(skip)) continue;
            out.put(e.getKey(), decode(e.getValue()));
        }
        return new JsObject(out);
    }

    private static double parseJsNumber(String s) {
        return switch (s) {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }
}
