package dev.sequelizeddl.ddl;

import dev.sequelizeddl.schema.Attribute;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.JsArray;
import dev.sequelizeddl.schema.JsValue.JsObject;
import dev.sequelizeddl.schema.JsValue.JsString;
import dev.sequelizeddl.schema.Model;
import dev.sequelizeddl.schema.Schema;
import dev.sequelizeddl.schema.TableRef;
import dev.sequelizeddl.ddl.postgres.PostgresQueryGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference provider's pipeline (atlas-provider-sequelize js/src/sequelize_schema.js,
 * {@code loadSequelizeModels} + {@code modelToSQL}): topological order of the tables, one
 * CREATE TABLE (PG: CREATE TYPE lines first) plus its indexes per model; on a cycle, tables
 * without foreign keys and then one ALTER per referencing attribute.
 *
 * <p>Returns the provider's {@code sql} string; the caller prints it like {@code console.log}
 * (one more "\n").
 *
 * <p>Deliberate differences from the provider (each one a note in test-fixtures/oracle/generate.js): the
 * models' attributes and unique keys as {@link Corrections} corrects them (createTableQuery receives the
 * options {@code sequelize.sync()} would pass, so unique keys are not lost), and the ones commented below.
 */
public final class SchemaWriter {
    private SchemaWriter() {}

    public static String write(Schema schema, Dialect dialect) {
        return write(schema, QueryGenerators.forDialect(dialect));
    }

    /** As {@link #write(Schema, Dialect)}; the lines Sequelize would log while generating go to {@code log}. */
    public static String write(Schema schema, Dialect dialect, java.util.function.Consumer<String> log) {
        return write(schema, QueryGenerators.forDialect(dialect).log(log));
    }

    public static String write(Schema schema, QueryGenerator qg) {
        // The MSSQL generator mutates onDelete/onUpdate/field of the attributes it renders and
        // the cyclic ALTER pass sees those changes (Sequelize mutates rawAttributes): copy once.
        List<Model> models = new ArrayList<>();
        for (Model m : schema.models()) models.add(Corrections.correctedCopy(m, qg.dialect()));

        StringBuilder sql = new StringBuilder();
        List<Model> sorted;
        try {
            sorted = TopoSort.modelsTopoSortedByForeignKey(models);
        } catch (IllegalArgumentException e) {
            throw unnamedReference(models, e);
        }
        // after the sort, which reads the references as Sequelize does
        resolveStringReferences(models, qg.dialect());
        if (sorted != null) {
            for (Model model : sorted.reversed()) sql.append(modelToSQL(qg, models, model, false));
            return sql.toString();
        }
        if (qg.dialect() == Dialect.SQLITE) {
            // "in sqlite foreign keys constraints are not enforced by default": definition order, inline FKs
            for (Model model : models) sql.append(modelToSQL(qg, models, model, false));
            return sql.toString();
        }
        for (Model model : models) sql.append(modelToSQL(qg, models, model, true));
        for (Model model : models) {
            for (Attribute attribute : model.attributes()) {
                if (!attribute.get("references").truthy()) continue;
                try {
                    sql.append(qg.changeColumnQuery(model, attribute)).append('\n');
                } catch (SequelizeError e) {
                    throw e.inModel(model);
                }
            }
        }
        return sql.toString();
    }

    /**
     * How a reference given as a table name string (what belongs-to & co. store for a target without
     * schema, or the user's {@code references: { model: 'Orgs' }}) from a model in a schema is meant, where
     * Sequelize writes it wrong. Mutates the attribute copies {@link #write} made; runs after the sort,
     * which reads the references as Sequelize does.
     * <ul>
     * <li>Oracle note (j), PostgreSQL: Sequelize qualifies the name with the referencing model's schema, the
     *     provider and {@code sync()} alike: Book in {@code lib} belongs to Author gives
     *     {@code REFERENCES "lib"."Authors"}, a table that does not exist. When no model defines that table in
     *     the referencing schema but a model without schema does, the reference names that table
     *     ({@code REFERENCES "Authors"}).</li>
     * <li>Oracle note (p), MySQL, SQLite, MSSQL: the name stays bare, but the mysql and sqlite dialects have
     *     no schemas (tables are {@code `hr.Orgs`}) and SQL Server resolves {@code [Orgs]} in dbo, so the
     *     provider and {@code sync()} name a table that does not exist. Where a model of the referencing
     *     schema defines the table, the reference becomes that model's table, as PostgreSQL (Sequelize) and
     *     MariaDB (the engine) read it.</li>
     * </ul>
     */
    static void resolveStringReferences(List<Model> models, Dialect dialect) {
        boolean postgres = dialect == Dialect.POSTGRES;
        if (!postgres && !SCHEMA_REFERENCE_DIALECTS.contains(dialect)) return;
        for (Model model : models) {
            if (model.table() == null || !model.table().hasSchema()) continue;
            String schema = model.table().schema();
            for (Attribute a : model.attributes()) {
                if (!(a.get("references") instanceof JsObject refs) || !(refs.get("model") instanceof JsString target)) continue;
                TableRef inSchema = null;
                boolean withoutSchema = false;
                for (Model m : models) {
                    TableRef t = m.table();
                    if (t == null || !t.tableName().equals(target.value())) continue;
                    if (t.hasSchema() && t.schema().equals(schema) && inSchema == null) inSchema = t;
                    if (!t.hasSchema()) withoutSchema = true;
                }
                TableRef meant = postgres ? (inSchema == null && withoutSchema ? TableRef.plain(target.value()) : null) : inSchema;
                if (meant == null) continue;
                JsObject table = new JsObject();
                table.put("tableName", target);
                if (meant.hasSchema()) table.put("schema", new JsString(meant.schema()));
                if (meant.delimiter() != null) table.put("delimiter", new JsString(meant.delimiter()));
                JsObject copy = refs.copy();
                copy.put("model", table);
                a.props().put("references", copy);
            }
        }
    }

    /** The dialects besides PostgreSQL whose string references {@link #resolveStringReferences} resolves. */
    private static final java.util.Set<Dialect> SCHEMA_REFERENCE_DIALECTS = java.util.Set.of(Dialect.MYSQL, Dialect.SQLITE, Dialect.MSSQL);

    /**
     * The lines the Node TS provider prints before the DDL: one
     * {@code -- atlas:pos <table>[type=table] <root>/<file>:<first>-<last line>} per model defined in a
     * {@code .ts} file (its class declaration, recorded as the model's source), in the order the DDL
     * comes in, then an empty line; {@code ""} when no model comes from a TypeScript file. A table with a
     * schema is written the way its {@code getTableName()} object prints (quoted).
     */
    public static String atlasPositions(Schema schema, Dialect dialect, String root) {
        return atlasPositions(schema, dialect, root, false);
    }

    /**
     * The same, and with {@code javaScriptToo} also one line per model defined in a JavaScript file: the
     * lines of its {@code define()} / {@code init()} call (load --atlas-pos).
     */
    public static String atlasPositions(Schema schema, Dialect dialect, String root, boolean javaScriptToo) {
        QueryGenerator qg = QueryGenerators.forDialect(dialect);
        List<Model> sorted = TopoSort.modelsTopoSortedByForeignKey(new ArrayList<>(schema.models()));
        List<Model> order = sorted != null ? sorted.reversed() : schema.models();
        StringBuilder lines = new StringBuilder();
        for (Model model : order) {
            dev.sequelizeddl.schema.Source source = model.source();
            if (source == null || source.file() == null || !(javaScriptToo || source.file().endsWith(".ts"))) continue;
            String file = source.file().startsWith("/") ? source.file() : root + "/" + source.file();
            String table = model.table() != null && model.table().hasSchema() ? qg.quoteTable(model.table()) : model.tableName();
            lines.append("-- atlas:pos ").append(table).append("[type=table] ").append(file).append(':')
                    .append(source.line()).append('-').append(source.endLine()).append('\n');
        }
        return lines.isEmpty() ? "" : lines.append('\n').toString();
    }

    /**
     * toposort-class's error for a {@code references} that gives it no table name (as in Sequelize's
     * getModelsTopoSortedByForeignKey): the models' fault, told the first attribute with such a reference.
     */
    private static SequelizeError unnamedReference(List<Model> models, IllegalArgumentException e) {
        SequelizeError error = new SequelizeError(e.getMessage() + " (an attribute's references names no model or table?)");
        for (Model model : models) {
            for (Attribute attribute : model.attributes()) {
                JsValue references = attribute.get("references");
                if (references == null || !references.truthy()) continue;
                JsValue target = references instanceof JsObject o ? o.get("model") : null;
                if (target == null || !target.truthy()) return error.inModel(model, attribute.name());
            }
        }
        return error;
    }

    /** {@link #modelToSQLOf}, with a {@link SequelizeError} told which model it came from. */
    static String modelToSQL(QueryGenerator qg, List<Model> models, Model model, boolean withoutFKs) {
        try {
            return modelToSQLOf(qg, models, model, withoutFKs);
        } catch (SequelizeError e) {
            throw e.inModel(model);
        }
    }

    /** The provider's {@code modelToSQL(sequelize, model, dialect, withOutFKs)}. */
    private static String modelToSQLOf(QueryGenerator qg, List<Model> models, Model model, boolean withoutFKs) {
        StringBuilder sql = new StringBuilder();
        Model def = getModel(models, model.name());
        LinkedHashMap<String, String> attr = qg.attributesToSQL(def, def.attributes(), def.options().copy(), withoutFKs);
        // https://sequelize.org/docs/v6/core-concepts/getters-setters-virtuals/#virtual-fields
        // Deliberate difference (oracle note (m)): the provider drops every fragment that starts with
        // VIRTUAL; sync() creates model.tableAttributes, all but the attributes of type DataTypes.VIRTUAL.
        for (Attribute a : def.attributes()) {
            if (Corrections.isVirtual(a)) attr.remove(a.field());
        }
        TableRef table = def.table();
        if (qg.dialect() == Dialect.POSTGRES) {
            // Deliberate difference (oracle note (f)): for a schema table the provider names the type
            // "enum_" + the stringified table ("enum_"app"."Orders"_status", invalid SQL) and takes the
            // text from the first "(" to the last ")" (a comment included); sync()'s ensureEnums creates
            // pgEnumName(table, field), "app"."enum_Orders_status", with only the values, as the column
            // type says. pgEnumName joins the schema with schemaDelimiter ("inv"_"enum_Items_kind",
            // invalid in sync() too); postgres puts the table in the schema whatever the delimiter, so
            // the type goes there as well. (Attribute references: PostgresQueryGenerator.attributesToSQL.)
            if (table.hasSchema() && !".".equals(table.delimiter())) table = new TableRef(table.tableName(), table.schema(), ".");
            for (Map.Entry<String, String> e : attr.entrySet()) {
                String text = e.getValue();
                if (!text.startsWith("ENUM")) continue;
                // substring(indexOf("("), lastIndexOf(")") + 1) with JS's clamping and argument swap
                String enumValues = jsSubstring(text, text.indexOf('('), text.lastIndexOf(')') + 1);
                Matcher values = ENUM_VALUES.matcher(text);
                if (values.find()) enumValues = values.group(1);
                String enumName = table.hasSchema() ? ((PostgresQueryGenerator) qg).pgEnumName(table, e.getKey(), true)
                        : "\"enum_" + qg.tableNameString(table) + "_" + e.getKey() + "\"";
                sql.append("CREATE TYPE ").append(enumName).append(" AS ENUM").append(enumValues).append(";\n");
            }
        }
        sql.append(qg.createTableQuery(table, attr, Corrections.uniqueKeyOptions(def))).append('\n');
        for (JsValue index : def.indexes().items()) {
            JsObject o = index instanceof JsObject x ? x : new JsObject();
            // Deliberate difference (oracle note (h)): the index goes on the table createTableQuery made.
            sql.append(qg.addIndexQuery(def.table(), indexOnColumns(def, o), true)).append(";\n");
        }
        return sql.toString();
    }

    /**
     * Deliberate difference: index fields naming an attribute whose column differs (underscored
     * model, {@code field: 'x'}) become that column. The provider and {@code Model.sync()} alike pass
     * {@code options.indexes} to addIndexQuery unchanged, quoting the attribute name, and the statement
     * fails on the database ("column authorName does not exist"); the model means the column. Strings
     * and objects ({@code attribute}, else {@code name}) are mapped; the index name stays Sequelize's.
     * Same rule as test-fixtures/oracle/generate.js {@code indexOnColumns}.
     */
    static JsObject indexOnColumns(Model model, JsObject index) {
        if (!(index.get("fields") instanceof JsArray fields)) return index;
        List<JsValue> mapped = new ArrayList<>();
        boolean changed = false;
        for (JsValue f : fields.items()) {
            JsValue m = f;
            if (f instanceof JsString s) {
                String column = columnOf(model, s.value());
                if (column != null) m = new JsString(column);
            } else if (f instanceof JsObject o) {
                String key = o.get("attribute").truthy() ? "attribute" : "name";
                String column = columnOf(model, o.string(key));
                if (column != null) {
                    JsObject copy = o.copy();
                    copy.put(key, new JsString(column));
                    m = copy;
                }
            }
            changed |= m != f;
            mapped.add(m);
        }
        if (!changed) return index;
        JsObject copy = index.copy();
        copy.put("fields", new JsArray(mapped));
        return copy;
    }

    /** The column of attribute {@code name} when it differs from the name, else null. */
    private static String columnOf(Model model, String name) {
        Attribute a = name == null ? null : model.attribute(name);
        return a != null && !a.field().equals(name) ? a.field() : null;
    }

    /** {@code ENUM(} then the escaped values Sequelize's attributeToSQL joined, up to the first unquoted {@code )}. */
    private static final Pattern ENUM_VALUES = Pattern.compile("^ENUM(\\((?:[^'()]|'(?:[^']|'')*')*\\))");

    /** {@code modelManager.getModel(name)}: the first model with that name. */
    static Model getModel(List<Model> models, String name) {
        for (Model m : models) {
            if (m.name().equals(name)) return m;
        }
        return null;
    }

    /** JavaScript's String.prototype.substring. */
    static String jsSubstring(String s, int start, int end) {
        int a = Math.max(0, Math.min(start, s.length()));
        int b = Math.max(0, Math.min(end, s.length()));
        return s.substring(Math.min(a, b), Math.max(a, b));
    }
}
