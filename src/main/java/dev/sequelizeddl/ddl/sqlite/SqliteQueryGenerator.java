package dev.sequelizeddl.ddl.sqlite;

import dev.sequelizeddl.ddl.Dialect;
import dev.sequelizeddl.ddl.types.DataTypes;
import dev.sequelizeddl.ddl.mysql.MySqlQueryGenerator;
import dev.sequelizeddl.schema.Attribute;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.*;
import dev.sequelizeddl.schema.Model;
import dev.sequelizeddl.schema.TableRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * lib/dialects/sqlite/query-generator.js (which extends MySQL's generator in Sequelize too).
 * References are always inline: attributesToSQL ignores its options.
 */
public class SqliteQueryGenerator extends MySqlQueryGenerator {

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public DataTypes types() {
        return SqliteDataTypes.TYPES;
    }

    /** One fragment of {@code attributesToSQL(attributes)}. */
    public String attributeToSQL(JsObject dataType, TableRef table) {
        String sql = types().toSql(dataType.get("type"), null);
        if (dataType.has("allowNull") && !dataType.get("allowNull").truthy()) sql += " NOT NULL";
        if (isDefaultValueSchemable(dataType.get("defaultValue"))) {
            sql += " DEFAULT " + escape(dataType.get("defaultValue"), dataType, table);
        }
        if (dataType.get("unique") instanceof JsBoolean u && u.value()) sql += " UNIQUE";
        if (dataType.get("primaryKey").truthy()) {
            sql += " PRIMARY KEY";
            if (dataType.get("autoIncrement").truthy()) sql += " AUTOINCREMENT";
        }
        JsValue references = dataType.get("references");
        if (references.truthy()) {
            JsValue model = references instanceof JsObject r ? r.get("model") : JsValue.UNDEFINED;
            JsValue key = references instanceof JsObject r ? r.get("key") : JsValue.UNDEFINED;
            sql += " REFERENCES " + quoteTableParam(model) + " (" + quoteIdentifier(key.truthy() ? key.jsString() : "id") + ")";
            if (dataType.get("onDelete").truthy()) sql += " ON DELETE " + upperAction(dataType.get("onDelete"));
            if (dataType.get("onUpdate").truthy()) sql += " ON UPDATE " + upperAction(dataType.get("onUpdate"));
        }
        return sql;
    }

    @Override
    public LinkedHashMap<String, String> attributesToSQL(Model model, List<Attribute> attributes, JsObject options,
            boolean withoutForeignKeyConstraints) {
        LinkedHashMap<String, String> result = new LinkedHashMap<>();
        for (Attribute attribute : attributes) {
            result.put(fieldOrKey(attribute), attributeToSQL(attribute.props(), model == null ? null : model.table()));
        }
        return jsObjectOrder(result);
    }

    @Override
    protected String createTableStatement(TableRef tableName, LinkedHashMap<String, String> attributes, JsObject options) {
        List<String> primaryKeys = new ArrayList<>();
        boolean needsMultiplePrimaryKeys = attributes.values().stream().filter(d -> d.contains("PRIMARY KEY")).count() > 1;
        List<String> attrArray = new ArrayList<>();
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            String attr = e.getKey();
            String dataType = e.getValue();
            boolean containsAutoIncrement = dataType.contains("AUTOINCREMENT");
            String dataTypeString = dataType;
            if (dataType.contains("PRIMARY KEY")) {
                // any fragment containing "INT" (BIGINT, a default 'INTRO', …) becomes INTEGER
                if (dataType.contains("INT")) {
                    dataTypeString = containsAutoIncrement ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "INTEGER PRIMARY KEY";
                    // Deliberate difference (oracle note (o)): the key keeps its DEFAULT (Sequelize drops it)
                    Matcher kept = KEPT_DEFAULT.matcher(dataType);
                    if (kept.find()) dataTypeString += " " + kept.group(1);
                    if (dataType.contains(" REFERENCES")) {
                        dataTypeString += dataType.substring(dataType.indexOf(" REFERENCES"));
                    }
                }
                if (needsMultiplePrimaryKeys) {
                    primaryKeys.add(attr);
                    if (dataType.contains("NOT NULL")) dataTypeString = replaceFirst(dataType, " PRIMARY KEY", "");
                    else dataTypeString = replaceFirst(dataType, "PRIMARY KEY", "NOT NULL");
                }
            }
            attrArray.add(quoteIdentifier(attr) + " " + dataTypeString);
        }
        String table = quoteTable(tableName);
        StringBuilder attrStr = new StringBuilder(String.join(", ", attrArray));
        List<String> pks = new ArrayList<>();
        for (String pk : primaryKeys) pks.add(quoteIdentifier(pk));
        String pkString = String.join(", ", pks);
        JsValue uniqueKeys = options.get("uniqueKeys");
        if (uniqueKeys.truthy()) {
            forEachUniqueKey(uniqueKeys, (name, columns) -> {
                if (columns.get("customIndex").truthy()) attrStr.append(", UNIQUE (").append(quotedFields(columns)).append(')');
            });
        }
        if (!pkString.isEmpty()) attrStr.append(", PRIMARY KEY (").append(pkString).append(')');
        String sql = "CREATE TABLE IF NOT EXISTS " + table + " (" + attrStr + ");";
        return replaceBooleanDefaults(sql);
    }

    /**
     * The {@code DEFAULT …} clause of an INT primary key's fragment, up to {@code  [UNIQUE ]PRIMARY KEY}
     * (corrections.js {@code sqliteCreateTableQueryKeepingDefault}): Sequelize replaces the whole fragment
     * by {@code INTEGER PRIMARY KEY[ AUTOINCREMENT]} and so drops {@code defaultValue: 5} (the provider
     * and sync() alike); we write {@code INTEGER PRIMARY KEY DEFAULT 5}.
     */
    private static final Pattern KEPT_DEFAULT = Pattern.compile(" (DEFAULT " + DOT + "*?)(?: UNIQUE)? PRIMARY KEY");

    /**
     * Sequelize's {@code /DEFAULT '?false'?/g → DEFAULT 0}, then the same for true, over the whole
     * statement, but only where the whole default value is {@code true}/{@code false}/{@code 'true'}/{@code 'false'}.
     * A deliberate difference: Sequelize has no boundary, so {@code DEFAULT 'trueish'} became
     * {@code DEFAULT 1ish'}, a syntax error, from the provider and sync() alike (oracle note (e)).
     */
    static String replaceBooleanDefaults(String sql) {
        return sql.replaceAll("DEFAULT (?:'false'|false)(?![\\w'])", "DEFAULT 0")
                .replaceAll("DEFAULT (?:'true'|true)(?![\\w'])", "DEFAULT 1");
    }

    @Override
    protected String booleanValue(boolean value) {
        return value ? "1" : "0";
    }

    @Override
    protected String castType(String type, boolean json) {
        return type.toLowerCase(java.util.Locale.ROOT).contains("timestamp") ? "datetime" : type;
    }
}
