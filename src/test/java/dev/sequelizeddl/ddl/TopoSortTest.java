package dev.sequelizeddl.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sequelizeddl.schema.Attribute;
import dev.sequelizeddl.schema.JsValue.JsObject;
import dev.sequelizeddl.schema.Model;
import dev.sequelizeddl.schema.SchemaReader;
import dev.sequelizeddl.schema.TableRef;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link TopoSort} against real Sequelize: {@code toposort.json} (written by {@code toposort.js}
 * next to it) holds 300 random model graphs and the model order the provider emits for each
 * ({@code getModelsTopoSortedByForeignKey().reverse()}), or null where a cycle makes it fall back.
 */
class TopoSortTest {

    @Test
    void ordersModelsLikeSequelize() throws IOException {
        JsonNode graphs;
        try (InputStream in = TopoSortTest.class.getResourceAsStream("toposort.json")) {
            assertNotNull(in, "toposort.json");
            graphs = new ObjectMapper().readTree(in);
        }
        assertEquals(300, graphs.size());
        List<String> mismatches = new ArrayList<>();
        for (int g = 0; g < graphs.size(); g++) {
            JsonNode graph = graphs.get(g);
            List<Model> models = new ArrayList<>();
            for (JsonNode m : graph.get("models")) models.add(model(m));
            List<Model> sorted = TopoSort.modelsTopoSortedByForeignKey(models);
            String actual = sorted == null ? "null" : String.join(",", sorted.reversed().stream().map(Model::name).toList());
            JsonNode order = graph.get("order");
            List<String> names = new ArrayList<>();
            order.forEach(n -> names.add(n.asText()));
            String expected = order.isNull() ? "null" : String.join(",", names);
            if (!expected.equals(actual)) mismatches.add("graph " + g + ": expected " + expected + " but was " + actual);
        }
        assertEquals("", String.join("\n", mismatches));
    }

    private static Model model(JsonNode m) {
        JsonNode t = m.get("table");
        TableRef table = t.isObject() ? new TableRef(t.get("tableName").asText(), t.get("schema").asText(), ".")
                : TableRef.plain(t.asText());
        List<Attribute> attributes = new ArrayList<>();
        int i = 0;
        for (JsonNode ref : m.get("refs")) {
            JsObject references = new JsObject();
            references.put("model", SchemaReader.decode(ref));
            JsObject props = new JsObject();
            props.put("references", references);
            attributes.add(new Attribute("ref" + i++, props));
        }
        return new Model(m.get("name").asText(), table.tableName(), table, List.of(), attributes, new JsObject(), new JsObject(), null);
    }
}
