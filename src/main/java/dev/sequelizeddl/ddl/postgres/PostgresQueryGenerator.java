package dev.sequelizeddl.ddl.postgres;

import dev.sequelizeddl.ddl.Dialect;
import dev.sequelizeddl.ddl.QueryGenerator;
import dev.sequelizeddl.ddl.SchemaWriter;
import dev.sequelizeddl.ddl.SequelizeError;
import dev.sequelizeddl.schema.Attribute;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.*;
import dev.sequelizeddl.schema.Model;
import dev.sequelizeddl.schema.TableRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * lib/dialects/postgres/query-generator.js: {@code attributeToSQL} (stage A), {@code createTableQuery}
 * and {@code dataTypeMapping} (stage B text surgery), {@code changeColumnQuery} (the cyclic pass).
 */
public class PostgresQueryGenerator extends QueryGenerator {

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRES;
    }

    /** quoteIdentifier: always quoted (quoteIdentifiers defaults to true), inner {@code "} removed. */
    @Override
    public String quoteIdentifier(String identifier) {
        return '"' + identifier.replace("\"", "") + '"';
    }

    /** abstract quoteIdentifiers: {@code a.b.c} → {@code "a->b"."c"}. */
    public String quoteIdentifiers(String identifiers) {
        int dot = identifiers.lastIndexOf('.');
        if (dot >= 0) {
            String head = identifiers.substring(0, dot).replace(".", "->");
            return quoteIdentifier(head) + "." + quoteIdentifier(identifiers.substring(dot + 1));
        }
        return quoteIdentifier(identifiers);
    }

    @Override
    public String quoteTable(TableRef table) {
        String out = "";
        if (table.hasSchema() && !table.schema().isEmpty()) out += quoteIdentifier(table.schema()) + ".";
        return out + quoteIdentifier(table.tableName());
    }

    /** quoteTable(param) for a references.model value: a string, or an object {tableName, schema}. */
    String quoteTable(JsValue param) {
        if (param instanceof JsObject o) {
            String out = "";
            if (o.get("schema").truthy()) out += quoteIdentifier(o.get("schema").jsString()) + ".";
            return out + quoteIdentifier(o.get("tableName").jsString());
        }
        if (param instanceof JsString s) return quoteIdentifier(s.value());
        if (param.isNullish()) throw new SequelizeError("Cannot read properties of " + param.jsString() + " (reading 'replace')");
        return quoteIdentifier(param.jsString());
    }

    /** The attribute-level context of attributeToSQL's {@code options}. */
    record Context(JsValue schema, TableRef table, String context, String key, boolean withoutForeignKeyConstraints) {}

    @Override
    public LinkedHashMap<String, String> attributesToSQL(Model model, List<Attribute> attributes, JsObject options,
            boolean withoutForeignKeyConstraints) {
        LinkedHashMap<String, String> result = new LinkedHashMap<>();
        for (Attribute attribute : attributes) {
            Context ctx = new Context(options.get("schema"), null, null, attribute.name(), withoutForeignKeyConstraints);
            result.put(columnKey(attribute), attributeToSQL(model, attribute, ctx));
        }
        return SchemaWriter.jsObjectOrder(result);
    }

    /** {@code attribute.field || key}. */
    static String columnKey(Attribute attribute) {
        JsValue field = attribute.get("field");
        return field.truthy() ? field.jsString() : attribute.name();
    }

    public String attributeToSQL(Model model, Attribute attribute, Context options) {
        JsValue attrType = attribute.type();
        String type = null;
        boolean isEnum = PostgresDataTypes.isType(attrType, "ENUM");
        boolean isEnumArray = attrType instanceof JsType at && at.key().equals("ARRAY") && PostgresDataTypes.isType(at.get("type"), "ENUM");
        if (isEnum || isEnumArray) {
            JsType enumType = isEnumArray ? (JsType) ((JsType) attrType).get("type") : (JsType) attrType;
            JsValue values = attribute.get("values");
            if (enumType.get("values").truthy() && !attribute.get("values").truthy()) values = enumType.get("values");
            if (values instanceof JsArray a && a.size() > 0) {
                List<String> escaped = new ArrayList<>();
                for (JsValue v : a.items()) escaped.add(escape(v));
                type = "ENUM(" + String.join(", ", escaped) + ")";
                if (isEnumArray) type += "[]";
            } else {
                throw new SequelizeError("Values for ENUM haven't been defined.");
            }
        }
        if (type == null) {
            if (attrType.isNullish()) throw new SequelizeError("Cannot read properties of " + attrType.jsString() + " (reading 'toString')");
            type = PostgresDataTypes.toSql(attrType);
        }
        StringBuilder sql = new StringBuilder(type);
        if (attribute.has("allowNull") && !attribute.get("allowNull").truthy()) sql.append(" NOT NULL");
        if (attribute.isTrue("autoIncrement")) {
            sql.append(attribute.isTrue("autoIncrementIdentity") ? " GENERATED BY DEFAULT AS IDENTITY" : " SERIAL");
        }
        JsValue defaultValue = attribute.get("defaultValue");
        if (defaultValueSchemable(defaultValue)) {
            sql.append(" DEFAULT ").append(PostgresValues.escape(defaultValue, attrType, columnKeyOrField(attribute), model.table(), this::handleSequelizeMethod));
        }
        if (attribute.get("unique") instanceof JsBoolean b && b.value()) sql.append(" UNIQUE");
        if (attribute.isTrue("primaryKey")) sql.append(" PRIMARY KEY");
        JsValue references = attribute.get("references");
        if (references.truthy()) {
            JsValue refModel = references instanceof JsObject r ? r.get("model") : JsValue.UNDEFINED;
            String referencesTable = quoteTable(refModel);
            String schema = null;
            if (options.schema().truthy()) {
                schema = options.schema().jsString();
            } else if ((!refModel.truthy() || refModel instanceof JsString) && options.table() != null && options.table().hasSchema()) {
                schema = options.table().schema();
            }
            if (schema != null) {
                // quoteTable(addSchema({tableName: referencesTable, _schema: schema})): the quoted name is re-quoted
                referencesTable = quoteTable(new TableRef(referencesTable, schema, "."));
            }
            if (!options.withoutForeignKeyConstraints()) {
                JsValue key = references instanceof JsObject r ? r.get("key") : JsValue.UNDEFINED;
                String referencesKey = key.truthy() ? quoteIdentifiers(key.jsString()) : quoteIdentifier("id");
                sql.append(" REFERENCES ").append(referencesTable).append(" (").append(referencesKey).append(")");
                if (attribute.get("onDelete").truthy()) sql.append(" ON DELETE ").append(upper(attribute.get("onDelete")));
                if (attribute.get("onUpdate").truthy()) sql.append(" ON UPDATE ").append(upper(attribute.get("onUpdate")));
                JsValue deferrable = references instanceof JsObject r ? r.get("deferrable") : JsValue.UNDEFINED;
                if (deferrable.truthy()) sql.append(' ').append(deferrableSql(deferrable));
            }
        }
        JsValue comment = attribute.get("comment");
        if (comment instanceof JsString c && !c.value().isEmpty()) {
            if ("addColumn".equals(options.context()) || "changeColumn".equals(options.context())) {
                sql.append("; COMMENT ON COLUMN ").append(quoteTable(options.table())).append('.')
                        .append(quoteIdentifier(options.key())).append(" IS ").append(escape(comment));
            } else {
                sql.append(" COMMENT ").append(c.value());
            }
        }
        return sql.toString();
    }

    /** The column used in ARRAY(ENUM) default casts: {@code field.field}. */
    private static String columnKeyOrField(Attribute attribute) {
        JsValue field = attribute.get("field");
        return field.isUndefined() ? "undefined" : field.jsString();
    }

    static String upper(JsValue v) {
        if (!(v instanceof JsString s)) throw new SequelizeError("attribute.onDelete.toUpperCase is not a function");
        return s.value().toUpperCase(Locale.ROOT);
    }

    /** Deferrable#toString(queryGenerator). */
    String deferrableSql(JsValue deferrable) {
        String name = deferrable instanceof JsDeferrable d ? d.name() : deferrable.jsString();
        return switch (name) {
            case "INITIALLY_DEFERRED" -> "DEFERRABLE INITIALLY DEFERRED";
            case "INITIALLY_IMMEDIATE" -> "DEFERRABLE INITIALLY IMMEDIATE";
            case "NOT" -> "NOT DEFERRABLE";
            case "SET_DEFERRED" -> "SET CONSTRAINTS ALL DEFERRED";
            case "SET_IMMEDIATE" -> "SET CONSTRAINTS ALL IMMEDIATE";
            default -> throw new SequelizeError("toSql implementation missing");
        };
    }

    /** Utils.defaultValueSchemable. */
    public static boolean defaultValueSchemable(JsValue value) {
        if (value.isUndefined()) return false;
        if (value instanceof JsType t && (t.key().equals("NOW") || t.key().equals("UUIDV1") || t.key().equals("UUIDV4"))) return false;
        return !(value instanceof JsFunction) && !(value instanceof JsModelRef);
    }

    @Override
    public String createTableQuery(TableRef tableName, LinkedHashMap<String, String> attributes, JsObject options) {
        List<String> attrStr = new ArrayList<>();
        StringBuilder comments = new StringBuilder();
        StringBuilder columnComments = new StringBuilder();
        String quotedTable = quoteTable(tableName);
        if (options.get("comment") instanceof JsString c && !c.value().isEmpty()) {
            comments.append("; COMMENT ON TABLE ").append(quotedTable).append(" IS ").append(escape(c));
        }
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            String attr = e.getKey();
            String quotedAttr = quoteIdentifier(attr);
            int i = e.getValue().indexOf("COMMENT ");
            if (i != -1) {
                String escapedCommentText = escape(new JsString(e.getValue().substring(i + 8)));
                columnComments.append("; COMMENT ON COLUMN ").append(quotedTable).append('.').append(quotedAttr)
                        .append(" IS ").append(escapedCommentText);
                e.setValue(e.getValue().substring(0, i));
            }
            attrStr.add(quotedAttr + " " + dataTypeMapping(tableName, attr, e.getValue()));
        }
        StringBuilder attributesClause = new StringBuilder(String.join(", ", attrStr));
        for (JsObject columns : uniqueKeyEntries(options.get("uniqueKeys"))) {
            if (columns.get("customIndex").truthy()) {
                attributesClause.append(", UNIQUE (").append(quotedFields(columns.get("fields"))).append(")");
            }
        }
        List<String> pks = new ArrayList<>();
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (e.getValue().contains("PRIMARY KEY")) pks.add(quoteIdentifier(e.getKey()));
        }
        if (!pks.isEmpty()) attributesClause.append(", PRIMARY KEY (").append(String.join(",", pks)).append(")");
        return "CREATE TABLE IF NOT EXISTS " + quotedTable + " (" + attributesClause + ")" + comments + columnComments + ";";
    }

    /** {@code _.each(options.uniqueKeys, …)}: the values of an object, the items of an array. */
    static List<JsObject> uniqueKeyEntries(JsValue uniqueKeys) {
        List<JsObject> out = new ArrayList<>();
        if (!uniqueKeys.truthy()) return out;
        List<JsValue> values = uniqueKeys instanceof JsObject o ? new ArrayList<>(o.members().values())
                : uniqueKeys instanceof JsArray a ? a.items() : List.of();
        for (JsValue v : values) out.add(v instanceof JsObject o ? o : new JsObject());
        return out;
    }

    private String quotedFields(JsValue fields) {
        if (!(fields instanceof JsArray a)) throw new SequelizeError("Cannot read properties of undefined (reading 'map')");
        List<String> out = new ArrayList<>();
        for (JsValue f : a.items()) out.add(quoteIdentifier(f.jsString()));
        return String.join(", ", out);
    }

    /** dataTypeMapping: the stage-B surgery on one fragment (first occurrences, like String#replace). */
    String dataTypeMapping(TableRef tableName, String attr, String dataType) {
        if (dataType.contains("PRIMARY KEY")) dataType = replaceFirst(dataType, "PRIMARY KEY", "");
        if (dataType.contains("SERIAL")) {
            if (dataType.contains("BIGINT")) {
                dataType = replaceFirst(dataType, "SERIAL", "BIGSERIAL");
                dataType = replaceFirst(dataType, "BIGINT", "");
            } else if (dataType.contains("SMALLINT")) {
                dataType = replaceFirst(dataType, "SERIAL", "SMALLSERIAL");
                dataType = replaceFirst(dataType, "SMALLINT", "");
            } else {
                dataType = replaceFirst(dataType, "INTEGER", "");
            }
            dataType = replaceFirst(dataType, "NOT NULL", "");
        }
        if (dataType.startsWith("ENUM(")) {
            dataType = replaceEnum(dataType, pgEnumName(tableName, attr, true));
        }
        return dataType;
    }

    /** {@code s.replace(/^ENUM\(.+\)/, replacement)}: greedy up to the last ")" on the first line. */
    private static String replaceEnum(String s, String replacement) {
        Matcher m = Pattern.compile("^ENUM\\(.+\\)").matcher(s);
        return m.find() ? replacement + s.substring(m.end()) : s;
    }

    static String replaceFirst(String s, String target, String replacement) {
        int i = s.indexOf(target);
        return i < 0 ? s : s.substring(0, i) + replacement + s.substring(i + target.length());
    }

    /** pgEnumName(tableName, attr, {schema}). */
    String pgEnumName(TableRef tableName, String attr, boolean withSchema) {
        String schema = tableName.hasSchema() && !tableName.schema().isEmpty() ? tableName.schema() : "public";
        String delimiter = tableName.delimiter() != null && !tableName.delimiter().isEmpty() ? tableName.delimiter() : ".";
        String enumName = '"' + ("enum_" + tableName.tableName() + "_" + attr).replace("\"", "") + '"';
        if (withSchema) enumName = quoteIdentifier(schema) + delimiter + enumName;
        return enumName;
    }

    @Override
    public String changeColumnQuery(Model model, Attribute attribute) {
        // attributesToSQL({[key]: normalizeAttribute(attribute)}, {context: 'changeColumn', table})
        TableRef table = model.table();
        Context ctx = new Context(JsValue.UNDEFINED, table, "changeColumn", attribute.name(), false);
        LinkedHashMap<String, String> attributes = new LinkedHashMap<>();
        attributes.put(columnKey(attribute), attributeToSQL(model, attribute, ctx));
        return changeColumnQuery(table, attributes);
    }

    /** changeColumnQuery(tableName, attributes), regexes and quirks as in Sequelize. */
    String changeColumnQuery(TableRef tableName, LinkedHashMap<String, String> attributes) {
        String prefix = "ALTER TABLE " + quoteTable(tableName) + " ALTER COLUMN ";
        StringBuilder sql = new StringBuilder();
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            String attributeName = e.getKey();
            String q = quoteIdentifier(attributeName);
            String definition = dataTypeMapping(tableName, attributeName, e.getValue());
            StringBuilder attrSql = new StringBuilder();
            if (definition.contains("NOT NULL")) {
                attrSql.append(prefix).append(q).append(" SET NOT NULL;");
                definition = jsTrim(replaceFirst(definition, "NOT NULL", ""));
            } else if (!definition.contains("REFERENCES")) {
                attrSql.append(prefix).append(q).append(" DROP NOT NULL;");
            }
            if (definition.contains("DEFAULT")) {
                Matcher m = Pattern.compile("DEFAULT ([^;]+)").matcher(definition);
                if (!m.find()) throw new SequelizeError("Cannot read properties of null (reading '1')");
                attrSql.append(prefix).append(q).append(" SET DEFAULT ").append(m.group(1)).append(';');
                definition = jsTrim(definition.replaceFirst("(DEFAULT[^;]+)", ""));
            } else if (!definition.contains("REFERENCES")) {
                attrSql.append(prefix).append(q).append(" DROP DEFAULT;");
            }
            if (e.getValue().startsWith("ENUM(")) {
                attrSql.append(pgEnum(tableName, attributeName, e.getValue()));
                definition = replaceEnum(definition, pgEnumName(tableName, attributeName, false));
                definition += " USING (" + q + "::" + pgEnumName(tableName, attributeName, true) + ")";
            }
            Matcher unique = Pattern.compile("UNIQUE;*$").matcher(definition);
            if (unique.find()) {
                definition = definition.substring(0, unique.start()) + definition.substring(unique.end());
                attrSql.append(replaceFirst(prefix + "ADD UNIQUE (" + q + ");", "ALTER COLUMN", ""));
            }
            if (definition.contains("REFERENCES")) {
                definition = definition.replaceFirst(".+?(?=REFERENCES)", "");
                attrSql.append(replaceFirst(prefix + "ADD FOREIGN KEY (" + q + ") " + definition + ";", "ALTER COLUMN", ""));
            } else {
                attrSql.append(prefix).append(q).append(" TYPE ").append(definition).append(';');
            }
            sql.append(attrSql);
        }
        return sql.toString();
    }

    /** pgEnum(tableName, attr, dataType) for a fragment string. */
    private String pgEnum(TableRef tableName, String attr, String dataType) {
        String enumName = pgEnumName(tableName, attr, true);
        Matcher m = Pattern.compile("^ENUM\\(.+\\)").matcher(dataType);
        String values = m.find() ? m.group() : "";
        return "DO " + escape(new JsString("BEGIN CREATE TYPE " + enumName + " AS " + values
                + "; EXCEPTION WHEN duplicate_object THEN null; END")) + ";";
    }

    /** String.prototype.trim (JS whitespace incl. NBSP and line terminators). */
    static String jsTrim(String s) {
        return s.replaceAll("^[\\s\\u00a0\\ufeff\\u2028\\u2029]+|[\\s\\u00a0\\ufeff\\u2028\\u2029]+$", "");
    }

    @Override
    public String addIndexQuery(TableRef table, JsObject index) {
        throw new UnsupportedOperationException("addIndexQuery comes with the shared base");
    }

    /** {@code this.escape(value)} without a field: SequelizeMethods or SqlString.escape. */
    @Override
    public String escape(JsValue value) {
        if (value instanceof JsMethod m) return handleSequelizeMethod(m);
        return PostgresValues.sqlString(value);
    }

    /** Provisional handleSequelizeMethod (Literal, Fn, Col, Cast) until the shared base has it. */
    protected String handleSequelizeMethod(JsMethod m) {
        return switch (m.kind()) {
            case "Literal" -> m.get("val").jsString();
            case "Fn" -> {
                List<String> args = new ArrayList<>();
                if (m.get("args") instanceof JsArray a) {
                    for (JsValue arg : a.items()) {
                        args.add(arg instanceof JsMethod am ? handleSequelizeMethod(am)
                                : escape(arg instanceof JsString s ? new JsString(s.value().replace("$", "$$")) : arg));
                    }
                }
                yield m.get("fn").jsString() + "(" + String.join(", ", args) + ")";
            }
            case "Col" -> {
                String col = m.get("col").jsString();
                yield col.startsWith("*") ? "*" : quoteIdentifiers(col);
            }
            case "Cast" -> {
                JsValue val = m.get("val");
                String result = val instanceof JsMethod vm ? handleSequelizeMethod(vm) : escape(val);
                yield "CAST(" + result + " AS " + m.get("type").jsString().toUpperCase(Locale.ROOT) + ")";
            }
            default -> throw new UnsupportedOperationException("sequelize." + m.kind() + " as a value");
        };
    }
}
