package dev.sequelizeddl.db;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the models declare (real Sequelize's model state, {@code expected/<dialect>.schema.json})
 * checked against a schema read back from a database: tables, columns (type family, nullability,
 * whether there is a default), primary keys, foreign keys with ON DELETE / ON UPDATE, unique
 * attributes, and {@code options.indexes} ("at least these": the servers add their own, such as
 * MariaDB's indexes for foreign keys).
 */
final class ModelExpectations {
    private ModelExpectations() {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Problems found; empty when the database holds what the models declare. */
    static List<String> check(String schemaJson, String dialect, SchemaSnapshot db) throws Exception {
        JsonNode root = JSON.readTree(schemaJson);
        List<String> problems = new ArrayList<>();
        boolean mysqlFamily = dialect.equals("mysql") || dialect.equals("mariadb");
        for (JsonNode model : root.path("models")) {
            String table = tableName(model.path("table"), dialect);
            String where = "model " + model.path("name").asText() + " (table " + table + ")";
            SchemaSnapshot.Table t = db.table(table);
            if (t == null) {
                problems.add(where + ": table missing; tables are " + db.tables.keySet());
                continue;
            }
            Map<String, String> fieldOf = new LinkedHashMap<>();
            Set<String> pkFields = new HashSet<>();
            Map<String, List<String>> uniqueGroups = new LinkedHashMap<>();
            for (JsonNode a : model.path("attributes")) {
                String typeKey = a.path("type").path("$type").asText("");
                if (typeKey.equals("VIRTUAL")) continue;
                String name = a.path("name").asText();
                String field = a.path("field").asText(name);
                fieldOf.put(name, field);
                String col = where + " column " + field;
                SchemaSnapshot.Column c = t.columns.get(field);
                if (c == null) {
                    problems.add(col + ": missing; columns are " + t.columns.keySet());
                    continue;
                }
                boolean pk = a.path("primaryKey").asBoolean(false);
                if (pk) pkFields.add(field);
                boolean auto = a.path("autoIncrement").asBoolean(false);
                boolean wantNullable = !pk && !(a.has("allowNull") && a.get("allowNull").isBoolean() && !a.get("allowNull").asBoolean());
                boolean serial = auto && !dialect.equals("sqlite"); // SERIAL / AUTO_INCREMENT columns are NOT NULL
                if (!(dialect.equals("sqlite") && pk) && !serial && c.nullable() != wantNullable) {
                    problems.add(col + ": " + (c.nullable() ? "nullable" : "NOT NULL") + ", models say " + (wantNullable ? "nullable" : "allowNull: false"));
                }
                String family = a.path("type").path("_binary").asBoolean(false) && dialect.equals("postgres")
                        ? "binary" // STRING.BINARY / CHAR.BINARY are BYTEA there
                        : expectedFamily(typeKey, dialect);
                if (family != null && !family.equals(c.family())) {
                    problems.add(col + ": type " + c.type() + " (" + c.family() + "), models say " + typeKey + " (" + family + ")");
                }
                if (auto && !c.autoIncrement() && !dialect.equals("sqlite")) {
                    problems.add(col + ": not auto-increment, models say autoIncrement: true");
                }
                JsonNode dv = a.get("defaultValue");
                boolean primitiveDefault = dv != null && (dv.isTextual() || dv.isNumber() || dv.isBoolean());
                boolean noDefaultAllowed = mysqlFamily && Set.of("text", "blob", "json", "geometry").stream()
                        .anyMatch(k -> typeKey.toLowerCase(Locale.ROOT).contains(k));
                if (primitiveDefault && !noDefaultAllowed && c.defaultValue() == null) {
                    problems.add(col + ": no default, models say defaultValue " + dv);
                }
                if (dv == null && !auto && c.defaultValue() != null && !c.autoIncrement()) {
                    problems.add(col + ": default " + c.defaultValue() + ", models declare none");
                }
                JsonNode ref = a.get("references");
                if (ref != null && ref.isObject()) {
                    String refTable = refTable(ref.get("model"), dialect, root);
                    JsonNode schema = model.path("table").path("schema");
                    if (ref.get("model") != null && ref.get("model").isTextual() && schema.isTextual() && !schema.asText().isEmpty()
                            && !refTable.contains(".")) {
                        // A table name given as a string, from a model in a schema, means that table in the schema:
                        // Sequelize qualifies it with that schema (postgres); MariaDB resolves it in the referencing
                        // table's database; on mysql and sqlite (no schemas) we name the schema's table when a
                        // model defines it. On postgres we name a table of a model without schema when the schema
                        // has none of that name (README differences).
                        JsonNode delimiter = model.path("table").path("delimiter");
                        ObjectNode inSchemaTable = JSON.createObjectNode().put("tableName", refTable).put("schema", schema.asText());
                        if (delimiter.isTextual()) inSchemaTable.put("delimiter", delimiter.asText());
                        String qualified = tableName(inSchemaTable, dialect);
                        boolean inSchema = hasTable(root, qualified, dialect);
                        if (inSchema || dialect.equals("mariadb") || (dialect.equals("postgres") && !hasTable(root, refTable, dialect))) {
                            refTable = qualified;
                        }
                    }
                    String refKey = ref.path("key").asText("id");
                    String onDelete = action(a.path("onDelete").asText(null), mysqlFamily);
                    String onUpdate = action(a.path("onUpdate").asText(null), mysqlFamily);
                    boolean found = false;
                    List<String> seen = new ArrayList<>();
                    for (SchemaSnapshot.ForeignKey fk : t.foreignKeys) {
                        seen.add(fk.toString());
                        if (!fk.columns().equals(List.of(field))) continue;
                        boolean targetOk = refTable == null || fk.refTable().equals(refTable);
                        boolean keyOk = fk.refColumns().equals(List.of(refKey)) || fk.refColumns().equals(List.of("(primary key)"));
                        if (targetOk && keyOk && action(fk.onDelete(), mysqlFamily).equals(onDelete)
                                && action(fk.onUpdate(), mysqlFamily).equals(onUpdate)) {
                            found = true;
                        }
                    }
                    if (!found) {
                        problems.add(col + ": no foreign key to " + refTable + " (" + refKey + ") on delete " + onDelete
                                + " on update " + onUpdate + "; foreign keys are " + seen);
                    }
                }
                JsonNode unique = a.get("unique");
                if (unique != null && !unique.isNull() && !(unique.isBoolean() && !unique.asBoolean())) {
                    String group = unique.isTextual() ? unique.asText() : unique.isObject() && unique.has("name") ? unique.get("name").asText() : "\u0000" + field;
                    uniqueGroups.computeIfAbsent(group, g -> new ArrayList<>()).add(field);
                }
            }
            if (!new HashSet<>(t.primaryKey).equals(pkFields)) {
                problems.add(where + ": primary key " + t.primaryKey + ", models say " + pkFields);
            }
            for (Map.Entry<String, List<String>> g : uniqueGroups.entrySet()) {
                Set<String> cols = new HashSet<>(g.getValue());
                boolean found = t.indexes.stream().anyMatch(i -> i.unique() && new HashSet<>(bare(i.columns())).equals(cols))
                        || (t.primaryKey.size() == cols.size() && cols.containsAll(t.primaryKey));
                if (!found) problems.add(where + ": no unique index on " + g.getValue() + " (unique: " + describeGroup(g.getKey()) + ")");
            }
            for (JsonNode index : model.path("options").path("indexes")) {
                List<String> cols = new ArrayList<>();
                for (JsonNode f : index.path("fields")) {
                    // sequelize.fn(…) and the like: an expression, which the server shows in its own words
                    String n = f.isTextual() ? f.asText() : f.has("name") ? f.get("name").asText()
                            : f.has("$method") ? EXPRESSION : f.path("attribute").asText();
                    cols.add(n);
                }
                List<String> mapped = cols.stream().map(n -> fieldOf.getOrDefault(n, n)).toList();
                boolean unique = index.path("unique").asBoolean(false);
                boolean found = t.indexes.stream().anyMatch(i -> i.unique() == unique
                        && (sameColumns(bare(i.columns()), cols) || sameColumns(bare(i.columns()), mapped)));
                if (!found) {
                    problems.add(where + ": no " + (unique ? "unique " : "") + "index on " + cols + " (" + index.path("name").asText("") + ")");
                }
            }
        }
        return problems;
    }

    /** An index field that is an expression ({@code sequelize.fn}, {@code col}, {@code literal}), not a column. */
    static final String EXPRESSION = "<expression>";

    /** The server's index columns are the declared ones; an expression matches any expression ("lower(title::text)"). */
    private static boolean sameColumns(List<String> actual, List<String> declared) {
        if (actual.size() != declared.size()) return false;
        for (int k = 0; k < actual.size(); k++) {
            String d = declared.get(k);
            if (d.equals(EXPRESSION) ? !actual.get(k).contains("(") : !actual.get(k).equals(d)) return false;
        }
        return true;
    }

    private static String describeGroup(String g) {
        return g.startsWith("\u0000") ? "true" : "'" + g + "'";
    }

    /** Index column descriptions without length, order or collation: {@code code(10) DESC} → {@code code}. */
    private static List<String> bare(List<String> cols) {
        List<String> out = new ArrayList<>();
        for (String c : cols) {
            String s = c.replaceAll(" (DESC|ASC)$", "").replaceAll(" COLLATE .*$", "").replaceAll("\\(\\d+\\)$", "");
            out.add(s);
        }
        return out;
    }

    /** The table's name as the server shows it (snapshot keys). */
    static String tableName(JsonNode table, String dialect) {
        if (table.isTextual()) return table.asText();
        String name = table.path("tableName").asText();
        JsonNode schema = table.get("schema");
        if (schema == null || schema.isNull() || schema.asText().isEmpty()) return name;
        if (dialect.equals("postgres")) return schema.asText().equals("public") ? name : schema.asText() + "." + name;
        if (dialect.equals("mariadb")) return schema.asText() + "." + name; // a database, whatever the delimiter
        String delim = table.path("delimiter").asText(".");
        return schema.asText() + delim + name;
    }

    private static boolean hasTable(JsonNode root, String table, String dialect) {
        for (JsonNode m : root.path("models")) {
            if (tableName(m.path("table"), dialect).equals(table)) return true;
        }
        return false;
    }

    private static String refTable(JsonNode model, String dialect, JsonNode root) {
        if (model == null || model.isNull()) return null;
        if (model.isTextual()) return model.asText();
        if (model.has("$model")) {
            for (JsonNode m : root.path("models")) {
                if (m.path("name").asText().equals(model.get("$model").asText())) return tableName(m.path("table"), dialect);
            }
            return null;
        }
        if (model.has("tableName")) return tableName(model, dialect);
        return null;
    }

    private static String action(String a, boolean mysqlFamily) {
        if (a == null || a.isBlank()) return "NO ACTION"; // nothing rendered: the server's default
        String s = a.toUpperCase(Locale.ROOT).trim();
        if (mysqlFamily && s.equals("RESTRICT")) return "NO ACTION"; // the same in InnoDB; shown as RESTRICT when none given
        return s;
    }

    /** The family a declared type must have on the server, or null to leave it unchecked. */
    static String expectedFamily(String typeKey, String dialect) {
        boolean pg = dialect.equals("postgres");
        boolean my = dialect.equals("mysql") || dialect.equals("mariadb");
        return switch (typeKey) {
            case "STRING", "CHAR", "TEXT", "CITEXT" -> "string";
            case "INTEGER", "BIGINT", "SMALLINT", "MEDIUMINT" -> "integer";
            case "TINYINT" -> pg ? "integer" : null; // TINYINT(1) reads back as boolean elsewhere
            case "BOOLEAN" -> "boolean";
            case "DECIMAL" -> "decimal";
            case "FLOAT", "REAL", "DOUBLE PRECISION", "DOUBLE" -> "float";
            case "DATE" -> "datetime";
            case "DATEONLY" -> "date";
            case "TIME" -> "time";
            case "UUID", "UUIDV1", "UUIDV4" -> pg ? "uuid" : my ? "string" : null;
            case "ENUM" -> pg || my ? "enum" : "string";
            case "JSON", "JSONB" -> pg ? "json" : my ? "string" : null;
            case "BLOB" -> "binary";
            case "ARRAY" -> pg ? "array" : null;
            default -> null;
        };
    }
}
