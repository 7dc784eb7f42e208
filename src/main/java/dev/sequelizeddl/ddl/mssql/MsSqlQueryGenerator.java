package dev.sequelizeddl.ddl.mssql;

import dev.sequelizeddl.ddl.Dialect;
import dev.sequelizeddl.ddl.JsText;
import dev.sequelizeddl.ddl.QueryGenerator;
import dev.sequelizeddl.ddl.SequelizeError;
import dev.sequelizeddl.ddl.types.DataTypes;
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
 * lib/dialects/mssql/query-generator.js: {@code attributesToSQL} (which mutates the attributes:
 * ON UPDATE blanked, ON DELETE blanked for repeated targets and self references, {@code field}
 * filled in), {@code attributeToSQL} with the ENUM short-circuit, {@code createTableQuery} and
 * {@code changeColumnQuery} with their comment and FOREIGN KEY regexes.
 */
public class MsSqlQueryGenerator extends QueryGenerator {
    // /^(.+) (COMMENT.*)$/ and /^(.+) (REFERENCES.*)$/: greedy, no dotAll, $ = end of input (\z)
    private static final Pattern COMMENT_SPLIT = Pattern.compile("^(.+) (COMMENT.*)\\z");
    private static final Pattern REFERENCES_SPLIT = Pattern.compile("^(.+) (REFERENCES.*)\\z");

    @Override
    public Dialect dialect() {
        return Dialect.MSSQL;
    }

    @Override
    public String quoteIdentifier(String identifier) {
        if (identifier.equals("*")) return identifier; // _initQuoteIdentifier keeps * bare
        return "[" + identifier.replaceAll("[\\[\\]']+", "") + "]";
    }

    @Override
    public DataTypes types() {
        return MsSqlDataTypes.TYPES;
    }

    /** {@code booleanValue(value)}: 1/0 in sequelize.where comparisons. */
    @Override
    protected String booleanValue(boolean value) {
        return value ? "1" : "0";
    }

    /** {@code references.model.toString()}: the quoted form for a schema object. */
    private String modelString(JsValue refModel) {
        if (refModel instanceof JsObject) return quoteTableParam(refModel);
        if (refModel.isNullish()) throw new SequelizeError("Cannot read properties of " + refModel.jsString() + " (reading 'toString')");
        return refModel.jsString();
    }

    private static JsValue refModel(JsValue references) {
        return references instanceof JsObject r ? r.get("model") : JsValue.UNDEFINED;
    }

    @Override
    public LinkedHashMap<String, String> attributesToSQL(Model model, List<Attribute> attributes, JsObject options,
            boolean withoutForeignKeyConstraints) {
        LinkedHashMap<String, String> result = new LinkedHashMap<>();
        List<String> existingConstraints = new ArrayList<>();
        for (Attribute attribute : attributes) {
            JsValue references = attribute.get("references");
            if (references.truthy()) {
                String target = modelString(refModel(references));
                if (existingConstraints.contains(target)) {
                    attribute.props().put("onDelete", new JsString(""));
                    attribute.props().put("onUpdate", new JsString(""));
                } else {
                    existingConstraints.add(target);
                    attribute.props().put("onUpdate", new JsString(""));
                }
            }
            if (!attribute.name().isEmpty() && !attribute.get("field").truthy()) {
                attribute.props().put("field", new JsString(attribute.name()));
            }
            result.put(attribute.get("field").truthy() ? attribute.get("field").jsString() : attribute.name(),
                    attributeToSQL(model, attribute, withoutForeignKeyConstraints));
        }
        return jsObjectOrder(result);
    }

    public String attributeToSQL(Model model, Attribute attribute, boolean withoutForeignKeyConstraints) {
        JsValue references = attribute.get("references");
        if (references.truthy()) {
            if (refModel(references) instanceof JsString s && s.value().equals(model.tableName())) {
                // Sequelize logs this with console.log (stdout); we send it to the log sink.
                logLine("MSSQL does not support self referencial constraints, we will remove it but we recommend restructuring your query");
                attribute.props().put("onDelete", new JsString(""));
                attribute.props().put("onUpdate", new JsString(""));
            }
        }
        JsValue type = attribute.type();
        if (type instanceof JsType t && t.key().equals("ENUM")) {
            if (t.get("values").truthy() && !attribute.get("values").truthy()) attribute.props().put("values", t.get("values"));
            if (!(attribute.get("values") instanceof JsArray values)) {
                throw new SequelizeError("Cannot read properties of " + attribute.get("values").jsString() + " (reading 'map')");
            }
            List<String> escaped = new ArrayList<>();
            for (JsValue v : values.items()) escaped.add(escape(v));
            return types().toSql(t, null) + " CHECK (" + quoteIdentifier(attribute.get("field").jsString()) + " IN("
                    + String.join(", ", escaped) + "))";
        }
        if (type.isNullish()) throw new SequelizeError("Cannot read properties of " + type.jsString() + " (reading 'toString')");
        StringBuilder template = new StringBuilder(types().toSql(type, null));
        JsValue defaultValue = attribute.get("defaultValue");
        boolean schemable = isDefaultValueSchemable(defaultValue);
        if (attribute.get("allowNull") instanceof JsBoolean b && !b.value()) {
            template.append(" NOT NULL");
        } else if (!attribute.isTrue("primaryKey") && !schemable) {
            template.append(" NULL");
        }
        if (attribute.isTrue("autoIncrement")) template.append(" IDENTITY(1,1)");
        boolean rawText = type instanceof JsString s && s.value().equals("TEXT");
        boolean binary = type instanceof JsType t && t.get("_binary") instanceof JsBoolean b && b.value();
        if (!rawText && !binary && schemable) template.append(" DEFAULT ").append(escape(defaultValue));
        if (attribute.get("unique") instanceof JsBoolean b && b.value()) template.append(" UNIQUE");
        if (attribute.isTrue("primaryKey")) template.append(" PRIMARY KEY");
        if (!withoutForeignKeyConstraints && references.truthy()) {
            template.append(" REFERENCES ").append(quoteTableParam(refModel(references)));
            JsValue key = references instanceof JsObject r ? r.get("key") : JsValue.UNDEFINED;
            template.append(" (").append(quoteIdentifier(key.truthy() ? key.jsString() : "id")).append(")");
            if (attribute.get("onDelete").truthy()) template.append(" ON DELETE ").append(upperAction(attribute.get("onDelete")));
            if (attribute.get("onUpdate").truthy()) template.append(" ON UPDATE ").append(upperAction(attribute.get("onUpdate")));
        }
        if (attribute.get("comment") instanceof JsString c && !c.value().isEmpty()) {
            template.append(" COMMENT ").append(c.value());
        }
        return template.toString();
    }

    /** commentTemplate(comment, table, column): quoteIdentifier(table) fails on a schema object. */
    String commentTemplate(String comment, TableRef table, String column) {
        if (table.hasSchema()) throw new SequelizeError("identifier.replace is not a function");
        return " EXEC sp_addextendedproperty @name = N'MS_Description', @value = " + escape(new JsString(comment))
                + ", @level0type = N'Schema', @level0name = 'dbo', @level1type = N'Table', @level1name = "
                + quoteIdentifier(table.tableName()) + ", @level2type = N'Column', @level2name = " + quoteIdentifier(column) + ";";
    }

    /** {@code match[2].replace("COMMENT", "").trim()}. */
    private static String commentText(String tail) {
        return JsText.trim(replaceFirst(tail, "COMMENT", ""));
    }

    @Override
    protected String createTableStatement(TableRef tableName, LinkedHashMap<String, String> attributes, JsObject options) {
        List<String> primaryKeys = new ArrayList<>();
        LinkedHashMap<String, String> foreignKeys = new LinkedHashMap<>();
        List<String> attributesClauseParts = new ArrayList<>();
        StringBuilder commentStr = new StringBuilder();
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            String attr = e.getKey();
            String dataType = e.getValue();
            if (dataType.contains("COMMENT ")) {
                Matcher commentMatch = match(COMMENT_SPLIT, dataType, 2);
                commentStr.append(commentTemplate(commentText(commentMatch.group(2)), tableName, attr));
                dataType = commentMatch.group(1);
            }
            if (dataType.contains("PRIMARY KEY")) {
                primaryKeys.add(attr);
                if (dataType.contains("REFERENCES")) {
                    Matcher m = match(REFERENCES_SPLIT, dataType, 1);
                    attributesClauseParts.add(quoteIdentifier(attr) + " " + replaceFirst(m.group(1), "PRIMARY KEY", ""));
                    foreignKeys.put(attr, m.group(2));
                } else {
                    attributesClauseParts.add(quoteIdentifier(attr) + " " + replaceFirst(dataType, "PRIMARY KEY", ""));
                }
            } else if (dataType.contains("REFERENCES")) {
                Matcher m = match(REFERENCES_SPLIT, dataType, 1);
                attributesClauseParts.add(quoteIdentifier(attr) + " " + m.group(1));
                foreignKeys.put(attr, m.group(2));
            } else {
                attributesClauseParts.add(quoteIdentifier(attr) + " " + dataType);
            }
        }
        List<String> pks = new ArrayList<>();
        for (String pk : primaryKeys) pks.add(quoteIdentifier(pk));
        String pkString = String.join(", ", pks);
        JsValue uniqueKeys = options.get("uniqueKeys");
        if (uniqueKeys.truthy()) {
            List<Map.Entry<String, JsValue>> entries = new ArrayList<>();
            if (uniqueKeys instanceof JsObject o) entries.addAll(o.members().entrySet());
            else if (uniqueKeys instanceof JsArray a) {
                for (int i = 0; i < a.size(); i++) entries.add(Map.entry("\0" + i, a.get(i)));
            }
            for (Map.Entry<String, JsValue> e : entries) {
                if (!(e.getValue() instanceof JsObject columns) || !columns.get("customIndex").truthy()) continue;
                List<String> fields = fieldNames(columns.get("fields"));
                String indexName = e.getKey();
                if (indexName.startsWith("\0")) {
                    // typeof indexName !== 'string' (array index): uniq_<tableName>_<fields>
                    indexName = "uniq_" + tableNameString(tableName) + "_" + String.join("_", fields);
                }
                List<String> quoted = new ArrayList<>();
                for (String f : fields) quoted.add(quoteIdentifier(f));
                attributesClauseParts.add("CONSTRAINT " + quoteIdentifier(indexName) + " UNIQUE (" + String.join(", ", quoted) + ")");
            }
        }
        if (!pkString.isEmpty()) attributesClauseParts.add("PRIMARY KEY (" + pkString + ")");
        for (Map.Entry<String, String> fk : foreignKeys.entrySet()) {
            attributesClauseParts.add("FOREIGN KEY (" + quoteIdentifier(fk.getKey()) + ") " + fk.getValue());
        }
        String quotedTableName = quoteTable(tableName);
        return JsText.joinSqlFragments("IF OBJECT_ID('" + quotedTableName + "', 'U') IS NULL",
                "CREATE TABLE " + quotedTableName + " (" + String.join(", ", attributesClauseParts) + ")",
                ";", commentStr.toString());
    }

    private static List<String> fieldNames(JsValue fields) {
        if (!(fields instanceof JsArray a)) throw new SequelizeError("Cannot read properties of undefined (reading 'map')");
        List<String> out = new ArrayList<>();
        for (JsValue f : a.items()) out.add(f.jsString());
        return out;
    }

    private static Matcher match(Pattern p, String s, int group) {
        Matcher m = p.matcher(s);
        if (!m.find()) throw new SequelizeError("Cannot read properties of null (reading '" + group + "')");
        return m;
    }

    @Override
    public String changeColumnQuery(Model model, Attribute attribute) {
        // attributesToSQL({[key]: normalizeAttribute(attribute)}, {context: 'changeColumn', table})
        LinkedHashMap<String, String> attributes = attributesToSQL(model, List.of(attribute), new JsObject(), false);
        return changeColumnQuery(model.table(), attributes);
    }

    String changeColumnQuery(TableRef tableName, LinkedHashMap<String, String> attributes) {
        List<String> attrString = new ArrayList<>();
        List<String> constraintString = new ArrayList<>();
        StringBuilder commentString = new StringBuilder();
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            String quotedAttrName = quoteIdentifier(e.getKey());
            String definition = e.getValue();
            if (definition.contains("COMMENT ")) {
                Matcher commentMatch = match(COMMENT_SPLIT, definition, 2);
                commentString.append(commentTemplate(commentText(commentMatch.group(2)), tableName, e.getKey()));
                definition = commentMatch.group(1);
            }
            if (definition.contains("REFERENCES")) {
                constraintString.add("FOREIGN KEY (" + quotedAttrName + ") " + definition.replaceFirst(".+?(?=REFERENCES)", ""));
            } else {
                attrString.add(quotedAttrName + " " + definition);
            }
        }
        return JsText.joinSqlFragments("ALTER TABLE", quoteTable(tableName),
                attrString.isEmpty() ? null : "ALTER COLUMN " + String.join(", ", attrString),
                constraintString.isEmpty() ? null : "ADD " + String.join(", ", constraintString),
                ";", commentString.toString());
    }

    static String replaceFirst(String s, String target, String replacement) {
        int i = s.indexOf(target);
        return i < 0 ? s : s.substring(0, i) + replacement + s.substring(i + target.length());
    }
}
