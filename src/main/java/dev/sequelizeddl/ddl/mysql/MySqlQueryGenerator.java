package dev.sequelizeddl.ddl.mysql;

import dev.sequelizeddl.ddl.Dialect;
import dev.sequelizeddl.ddl.JsText;
import dev.sequelizeddl.ddl.Operators;
import dev.sequelizeddl.ddl.QueryGenerator;
import dev.sequelizeddl.ddl.SequelizeError;
import dev.sequelizeddl.ddl.UnsupportedFeatureException;
import dev.sequelizeddl.ddl.types.DataTypes;
import dev.sequelizeddl.schema.Attribute;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.*;
import dev.sequelizeddl.schema.Model;
import dev.sequelizeddl.schema.TableRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** lib/dialects/mysql/query-generator.js. */
public class MySqlQueryGenerator extends QueryGenerator {

    /** typeWithoutDefault: compared with the whole rendered type string. */
    static final Set<String> TYPE_WITHOUT_DEFAULT = Set.of("BLOB", "TEXT", "GEOMETRY", "JSON");

    /** JavaScript's {@code .} (any character but a line terminator). */
    protected static final String DOT = "[^\\n\\r\\u2028\\u2029]";
    /** createTableQuery's {@code /^(.+) (REFERENCES.*)$/}: greedy, so the last " REFERENCES". */
    static final Pattern REFERENCES_SPLIT = Pattern.compile("\\A(" + DOT + "+) (REFERENCES" + DOT + "*)\\z");
    /** changeColumnQuery's {@code /.+?(?=REFERENCES)/}. */
    static final Pattern BEFORE_REFERENCES = Pattern.compile(DOT + "+?(?=REFERENCES)");

    static final Map<String, String> OPERATOR_MAP = Operators.with(Operators.BASE_MAP,
            Map.of("regexp", "REGEXP", "notRegexp", "NOT REGEXP"));

    @Override
    public Dialect dialect() {
        return Dialect.MYSQL;
    }

    @Override
    public DataTypes types() {
        return MySqlDataTypes.TYPES;
    }

    @Override
    public Map<String, String> operatorMap() {
        return OPERATOR_MAP;
    }

    /** Backticks removed, then wrapped in backticks; {@code *} stays bare. */
    @Override
    public String quoteIdentifier(String identifier) {
        if (identifier.equals("*")) return identifier;
        return "`" + identifier.replace("`", "") + "`";
    }

    // ---------------------------------------------------------------- stage A

    /** {@code attributeToSQL(attribute, options)}. */
    public String attributeToSQL(JsObject attribute, JsObject options) {
        JsValue type = attribute.get("type");
        String attributeString = types().toSql(type, this::escape);
        StringBuilder template = new StringBuilder(attributeString);
        if (attribute.get("allowNull") instanceof JsBoolean b && !b.value()) template.append(" NOT NULL");
        if (attribute.get("autoIncrement").truthy()) template.append(" auto_increment");
        boolean binary = type instanceof JsType t && t.get("_binary") instanceof JsBoolean b && b.value();
        if (!TYPE_WITHOUT_DEFAULT.contains(attributeString) && !binary
                && isDefaultValueSchemable(attribute.get("defaultValue"))) {
            template.append(" DEFAULT ").append(escape(attribute.get("defaultValue")));
        }
        if (attribute.get("unique") instanceof JsBoolean u && u.value()) template.append(" UNIQUE");
        if (attribute.get("primaryKey").truthy()) template.append(" PRIMARY KEY");
        if (attribute.get("comment").truthy()) template.append(" COMMENT ").append(escape(attribute.get("comment")));
        if (attribute.get("first").truthy()) template.append(" FIRST");
        if (attribute.get("after").truthy()) template.append(" AFTER ").append(quoteIdentifier(attribute.get("after").jsString()));
        JsValue references = attribute.get("references");
        if (!options.get("withoutForeignKeyConstraints").truthy() && references.truthy()) {
            if ("addColumn".equals(options.string("context")) && options.get("foreignKey").truthy()) {
                throw new UnsupportedFeatureException("addColumn context");
            }
            JsValue model = references instanceof JsObject r ? r.get("model") : JsValue.UNDEFINED;
            template.append(" REFERENCES ").append(quoteTableParam(model));
            JsValue key = references instanceof JsObject r ? r.get("key") : JsValue.UNDEFINED;
            template.append(" (").append(quoteIdentifier(key.truthy() ? key.jsString() : "id")).append(')');
            if (attribute.get("onDelete").truthy()) template.append(" ON DELETE ").append(upperAction(attribute.get("onDelete")));
            if (attribute.get("onUpdate").truthy()) template.append(" ON UPDATE ").append(upperAction(attribute.get("onUpdate")));
        }
        return template.toString();
    }

    @Override
    public LinkedHashMap<String, String> attributesToSQL(Model model, List<Attribute> attributes, JsObject options,
            boolean withoutForeignKeyConstraints) {
        JsObject opts = options.copy();
        opts.put("withoutForeignKeyConstraints", new JsBoolean(withoutForeignKeyConstraints));
        LinkedHashMap<String, String> result = new LinkedHashMap<>();
        for (Attribute attribute : attributes) {
            result.put(fieldOrKey(attribute), attributeToSQL(attribute.props(), opts));
        }
        return jsObjectOrder(result);
    }

    /** {@code attribute.field || key}. */
    protected static String fieldOrKey(Attribute attribute) {
        JsValue field = attribute.get("field");
        return field.truthy() ? field.jsString() : attribute.name();
    }

    // ---------------------------------------------------------------- stage B

    @Override
    protected String createTableStatement(TableRef tableName, LinkedHashMap<String, String> attributes, JsObject options) {
        List<String> primaryKeys = new ArrayList<>();
        LinkedHashMap<String, String> foreignKeys = new LinkedHashMap<>();
        List<String> attrStr = new ArrayList<>();
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            String attr = e.getKey();
            String dataType = e.getValue();
            if (dataType.contains("PRIMARY KEY")) {
                primaryKeys.add(attr);
                if (dataType.contains("REFERENCES")) {
                    Matcher match = referencesSplit(dataType);
                    // first occurrence only, the surrounding spaces stay (the "odd spaces")
                    attrStr.add(quoteIdentifier(attr) + " " + replaceFirst(match.group(1), "PRIMARY KEY", ""));
                    foreignKeys.put(attr, match.group(2));
                } else {
                    attrStr.add(quoteIdentifier(attr) + " " + replaceFirst(dataType, "PRIMARY KEY", ""));
                }
            } else if (dataType.contains("REFERENCES")) {
                Matcher match = referencesSplit(dataType);
                attrStr.add(quoteIdentifier(attr) + " " + match.group(1));
                foreignKeys.put(attr, match.group(2));
            } else {
                attrStr.add(quoteIdentifier(attr) + " " + dataType);
            }
        }
        String table = quoteTable(tableName);
        StringBuilder attributesClause = new StringBuilder(String.join(", ", attrStr));
        List<String> pks = new ArrayList<>();
        for (String pk : primaryKeys) pks.add(quoteIdentifier(pk));
        String pkString = String.join(", ", pks);
        JsValue uniqueKeys = options.get("uniqueKeys");
        if (uniqueKeys.truthy()) {
            forEachUniqueKey(uniqueKeys, (indexName, columns) -> {
                if (columns.get("customIndex").truthy()) {
                    String name = indexName != null ? indexName
                            : "uniq_" + tableNameString(tableName) + "_" + fields(columns).stream()
                                    .map(JsValue::jsString).reduce((a, b) -> a + "_" + b).orElse("");
                    attributesClause.append(", UNIQUE ").append(quoteIdentifier(name)).append(" (")
                            .append(quotedFields(columns)).append(')');
                }
            });
        }
        if (!pkString.isEmpty()) attributesClause.append(", PRIMARY KEY (").append(pkString).append(')');
        for (Map.Entry<String, String> fk : foreignKeys.entrySet()) {
            attributesClause.append(", FOREIGN KEY (").append(quoteIdentifier(fk.getKey())).append(") ").append(fk.getValue());
        }
        JsValue engine = options.has("engine") ? options.get("engine") : new JsString("InnoDB");
        JsValue comment = options.get("comment");
        JsValue charset = options.get("charset");
        JsValue collate = options.get("collate");
        JsValue initialAutoIncrement = options.get("initialAutoIncrement");
        JsValue rowFormat = options.get("rowFormat");
        return JsText.joinSqlFragments(
                "CREATE TABLE IF NOT EXISTS",
                table,
                "(" + attributesClause + ")",
                "ENGINE=" + engine.jsString(),
                comment.truthy() && comment instanceof JsString ? "COMMENT " + escape(comment) : null,
                charset.truthy() ? "DEFAULT CHARSET=" + charset.jsString() : null,
                collate.truthy() ? "COLLATE " + collate.jsString() : null,
                initialAutoIncrement.truthy() ? "AUTO_INCREMENT=" + initialAutoIncrement.jsString() : null,
                rowFormat.truthy() ? "ROW_FORMAT=" + rowFormat.jsString() : null,
                ";");
    }

    static Matcher referencesSplit(String dataType) {
        Matcher m = REFERENCES_SPLIT.matcher(dataType);
        if (!m.matches()) throw new SequelizeError("Cannot read properties of null (reading '1')");
        return m;
    }

    protected static String replaceFirst(String s, String target, String replacement) {
        int i = s.indexOf(target);
        return i < 0 ? s : s.substring(0, i) + replacement + s.substring(i + target.length());
    }

    /** lodash {@code _.each(options.uniqueKeys, (columns, indexName) => …)}; array entries have no string name (null). */
    protected static void forEachUniqueKey(JsValue uniqueKeys, java.util.function.BiConsumer<String, JsObject> fn) {
        if (uniqueKeys instanceof JsObject o) {
            for (Map.Entry<String, JsValue> e : o.members().entrySet()) {
                if (e.getKey().startsWith(Operators.PREFIX)) continue;
                fn.accept(e.getKey(), asObject(e.getValue()));
            }
        } else if (uniqueKeys instanceof JsArray a) {
            for (JsValue v : a.items()) fn.accept(null, asObject(v));
        }
    }

    private static JsObject asObject(JsValue v) {
        if (v instanceof JsObject o) return o;
        if (v.isNullish()) throw new SequelizeError("Cannot read properties of " + v.jsString() + " (reading 'customIndex')");
        return new JsObject();
    }

    protected static List<JsValue> fields(JsObject columns) {
        if (columns.get("fields") instanceof JsArray a) return a.items();
        throw new SequelizeError("Cannot read properties of undefined (reading 'map')");
    }

    protected String quotedFields(JsObject columns) {
        List<String> q = new ArrayList<>();
        for (JsValue f : fields(columns)) q.add(quoteIdentifier(f.jsString()));
        return String.join(", ", q);
    }

    // ---------------------------------------------------------------- cyclic second pass

    @Override
    public String changeColumnQuery(Model model, Attribute attribute) {
        JsObject options = new JsObject();
        options.put("context", new JsString("changeColumn"));
        LinkedHashMap<String, String> query = new LinkedHashMap<>();
        query.put(fieldOrKey(attribute), attributeToSQL(attribute.props(), options));
        return changeColumnQuery(model.table(), query);
    }

    /** {@code changeColumnQuery(tableName, attributes)}. */
    public String changeColumnQuery(TableRef tableName, LinkedHashMap<String, String> attributes) {
        List<String> attrString = new ArrayList<>();
        List<String> constraintString = new ArrayList<>();
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            String attributeName = e.getKey();
            String definition = e.getValue();
            if (definition.contains("REFERENCES")) {
                String attrName = quoteIdentifier(attributeName);
                definition = BEFORE_REFERENCES.matcher(definition).replaceFirst("");
                constraintString.add("FOREIGN KEY (" + attrName + ") " + definition);
            } else {
                attrString.add("`" + attributeName + "` `" + attributeName + "` " + definition);
            }
        }
        return JsText.joinSqlFragments(
                "ALTER TABLE",
                quoteTable(tableName),
                attrString.isEmpty() ? null : "CHANGE " + String.join(", ", attrString),
                constraintString.isEmpty() ? null : "ADD " + String.join(", ", constraintString),
                ";");
    }

    // ---------------------------------------------------------------- sequelize methods

    @Override
    protected String castType(String type, boolean json) {
        String t = type.toLowerCase(java.util.Locale.ROOT);
        if (t.contains("timestamp")) return "datetime";
        if (json && t.contains("boolean")) return "char";
        if (t.contains("double precision") || t.contains("boolean") || t.contains("integer")) return "decimal";
        if (t.contains("text")) return "char";
        return type;
    }

    @Override
    protected String handleJson(JsMethod json) {
        if (json.get("conditions").truthy() || json.get("path").truthy()) {
            throw new UnsupportedFeatureException("sequelize.json() in DDL is not ported");
        }
        return super.handleJson(json);
    }
}
