package dev.sequelizeddl.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sequelizeddl.schema.Attribute;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.JsObject;
import dev.sequelizeddl.schema.Model;
import dev.sequelizeddl.schema.Schema;
import dev.sequelizeddl.schema.SchemaReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fragment-level conformance: {@code fragments.json} (written by {@code fragments.js} next to it
 * with real Sequelize 6.37.8) holds, for a matrix of probe models, the recorded schema JSON and
 * what Sequelize's query generator returns for every attribute (attributesToSQL with and without
 * foreign keys), the table (createTableQuery with the model's own options, as the provider passes
 * them), every index (addIndexQuery) and every reference (the cyclic changeColumnQuery), or the
 * error it throws; for MySQL, MariaDB and SQLite also the statement {@code sequelize.sync()} sends
 * (query-interface createTable), which {@link QueryGenerator#syncUniqueKeys} reproduces. The Java generator must return the same strings and the same error messages.
 */
class QueryGeneratorFragmentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"mysql", "mariadb", "sqlite"})
    void matchesSequelize(String dialect) throws IOException {
        List<String> mismatches = mismatches(dialect, "UTC");
        assertEquals("", String.join("\n", mismatches), mismatches.size() + " mismatches");
    }

    /** Dates given as strings and DATEONLY values are read in the process's time zone, as in Node. */
    @ParameterizedTest
    @ValueSource(strings = {"mysql", "mariadb", "sqlite"})
    void followsTheProcessTimeZone(String dialect) throws IOException {
        List<String> mismatches = mismatches(dialect, "America/New_York");
        assertEquals("", String.join("\n", mismatches), mismatches.size() + " mismatches");
    }

    static JsonNode fragments(String zone) throws IOException {
        String file = zone.equals("UTC") ? "fragments.json" : "fragments-" + zone.replace('/', '_') + ".json";
        try (InputStream in = QueryGeneratorFragmentsTest.class.getResourceAsStream(file)) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** Every difference between Sequelize's fragments (made under TZ={@code zone}) and ours for one dialect. */
    static List<String> mismatches(String dialect, String zone) throws IOException {
        TimeZone saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        try {
            return compareAll(dialect, fragments(zone).get(dialect));
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    private static List<String> compareAll(String dialect, JsonNode root) {
        Schema schema = SchemaReader.read(root.get("schema").toString());
        QueryGenerator qg = QueryGenerators.forDialect(Dialect.of(dialect));
        List<String> out = new ArrayList<>();
        for (Model model : schema.models()) {
            JsonNode expected = root.get("models").get(model.name());
            String where = dialect + " " + model.name();
            for (Attribute attribute : model.attributes()) {
                for (boolean withoutFks : new boolean[] {false, true}) {
                    JsonNode exp = expected.get(withoutFks ? "fragmentsWithoutFks" : "fragments").get(attribute.name());
                    compare(out, where + "." + attribute.name() + (withoutFks ? " (without FKs)" : ""), exp, () -> {
                        LinkedHashMap<String, String> r = qg.attributesToSQL(model, List.of(attribute.copy()),
                                model.options().copy(), withoutFks);
                        return r.values().iterator().next();
                    });
                }
                JsonNode change = expected.get("changeColumn").get(attribute.name());
                if (change != null) {
                    compare(out, where + "." + attribute.name() + " changeColumn", change,
                            () -> qg.changeColumnQuery(model, attribute.copy()));
                }
            }
            compare(out, where + " createTable", expected.get("createTable"), () -> {
                List<Attribute> copies = new ArrayList<>();
                for (Attribute a : model.attributes()) copies.add(a.copy());
                LinkedHashMap<String, String> attr = qg.attributesToSQL(model, copies, model.options().copy(), false);
                attr.values().removeIf(s -> s.startsWith("VIRTUAL"));
                return qg.createTableQuery(model.table(), attr, model.options().copy());
            });
            if (expected.has("syncCreateTable")) {
                compare(out, where + " sync createTable", expected.get("syncCreateTable"), () -> {
                    List<Attribute> copies = new ArrayList<>();
                    for (Attribute a : model.attributes()) copies.add(a.copy());
                    LinkedHashMap<String, String> attr = qg.attributesToSQL(model, copies, new JsObject(), false);
                    return qg.createTableQuery(model.table(), attr, QueryGenerator.syncUniqueKeys(model));
                });
            }
            Iterator<JsonNode> indexes = expected.get("indexes").iterator();
            int i = 0;
            for (JsValue index : model.indexes().items()) {
                JsObject o = (JsObject) index;
                compare(out, where + " index " + i++, indexes.next(), () -> qg.addIndexQuery(model.table(), o));
            }
        }
        return out;
    }

    static final int[] COMPARED = {0};

    private static void compare(List<String> out, String what, JsonNode expected, Supplier<String> actual) {
        COMPARED[0]++;
        String exp = expected.has("sql") ? expected.get("sql").asText() : "error: " + expected.get("error").asText();
        String act;
        try {
            act = actual.get();
        } catch (SequelizeError e) {
            act = "error: " + e.getMessage();
        } catch (RuntimeException e) {
            act = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        if (!exp.equals(act)) out.add(what + "\n    expected: " + exp + "\n    actual:   " + act);
    }

    public static void main(String[] args) throws IOException {
        int total = 0;
        for (String d : args.length > 0 ? args : new String[] {"mysql", "mariadb", "sqlite"}) {
            List<String> m = new ArrayList<>(mismatches(d, "UTC"));
            m.addAll(mismatches(d, "America/New_York"));
            m.forEach(System.out::println);
            System.out.println(d + ": " + m.size() + " mismatches of " + COMPARED[0]);
            COMPARED[0] = 0;
            total += m.size();
        }
        if (total > 0) System.exit(1);
    }
}
