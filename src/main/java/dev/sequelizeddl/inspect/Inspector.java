package dev.sequelizeddl.inspect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sequelizeddl.ddl.Corrections;
import dev.sequelizeddl.ddl.Dialect;
import dev.sequelizeddl.ddl.QueryGenerator;
import dev.sequelizeddl.ddl.QueryGenerators;
import dev.sequelizeddl.schema.Attribute;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.JsArray;
import dev.sequelizeddl.schema.JsValue.JsBoolean;
import dev.sequelizeddl.schema.JsValue.JsDeferrable;
import dev.sequelizeddl.schema.JsValue.JsModelRef;
import dev.sequelizeddl.schema.JsValue.JsObject;
import dev.sequelizeddl.schema.JsValue.JsString;
import dev.sequelizeddl.schema.JsValue.JsType;
import dev.sequelizeddl.schema.Model;
import dev.sequelizeddl.schema.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON view of a schema for one dialect (docs/inspect-json.md). Every SQL text in it comes
 * from the dialect's {@link QueryGenerator} (the column fragments of attributesToSQL, the type
 * table, escape, addIndexQuery), so it says what {@code load} would render.
 */
public final class Inspector {
    /** Format version; bump when a member changes meaning or goes away (new members do not bump it). */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Inspector() {}

    public static ObjectNode inspect(Schema schema, Dialect dialect) {
        QueryGenerator qg = QueryGenerators.forDialect(dialect).log(line -> { });
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        root.put("dialect", dialect.id());
        ArrayNode tables = root.putArray("tables");
        for (Model model : schema.models()) tables.add(table(qg, dialect, model));
        return root;
    }

    static ObjectNode table(QueryGenerator qg, Dialect dialect, Model original) {
        Model model = Corrections.correctedCopy(original, dialect); // the MSSQL generator mutates attributes
        ObjectNode t = JSON.createObjectNode();
        t.put("name", model.table().tableName());
        if (model.table().schema() == null) t.putNull("schema"); else t.put("schema", model.table().schema());
        t.put("model", model.name());
        JsValue tableComment = model.options().get("comment");
        if (tableComment.isNullish()) t.putNull("comment"); else t.put("comment", tableComment.jsString());
        if (model.source() == null) {
            t.putNull("source");
        } else {
            ObjectNode s = t.putObject("source");
            s.put("file", model.source().file());
            s.put("line", model.source().line());
            s.put("endLine", model.source().endLine());
        }
        ArrayNode pk = t.putArray("primaryKey");
        for (String name : model.primaryKeyAttributes()) {
            Attribute a = model.attribute(name);
            pk.add(a == null ? name : a.field());
        }

        Map<String, String> fragments = qg.attributesToSQL(model, model.attributes(), model.options().copy(), false);
        ArrayNode columns = t.putArray("columns");
        ArrayNode foreignKeys = JSON.createArrayNode();
        ArrayNode enums = JSON.createArrayNode();
        for (Attribute a : Corrections.correctedCopy(original, dialect).attributes()) {
            String field = a.field();
            String definition = fragments.containsKey(field) ? fragments.get(field) : fragments.get(a.name());
            if (Corrections.isVirtual(a)) continue; // not a column
            columns.add(column(qg, dialect, model, a, definition, enums));
            JsValue references = a.get("references");
            if (references.truthy()) foreignKeys.add(foreignKey(a, references));
        }
        ArrayNode indexes = t.putArray("indexes");
        for (JsValue index : model.indexes().items()) {
            indexes.add(index(qg, model, index instanceof JsObject o ? o : new JsObject()));
        }
        ArrayNode uniqueKeys = t.putArray("uniqueKeys");
        JsValue keys = Corrections.uniqueKeyOptions(model).get("uniqueKeys");
        if (keys instanceof JsObject o) {
            for (Map.Entry<String, JsValue> e : o.members().entrySet()) uniqueKeys.add(uniqueKey(e.getKey(), e.getValue()));
        } else if (keys instanceof JsArray arr) {
            for (JsValue v : arr.items()) uniqueKeys.add(uniqueKey(null, v));
        }
        t.set("foreignKeys", foreignKeys);
        t.set("enums", enums);
        return t;
    }

    static ObjectNode column(QueryGenerator qg, Dialect dialect, Model model, Attribute a, String definition, ArrayNode enums) {
        ObjectNode c = JSON.createObjectNode();
        String field = a.field();
        c.put("name", field);
        c.put("attribute", a.name());
        ObjectNode type = c.putObject("type");
        JsValue t = a.type();
        type.put("sequelize", sequelizeName(t));
        String sqlType = typeSql(qg, t);
        boolean isEnum = t instanceof JsType jt && (jt.key().equals("ENUM")
                || jt.key().equals("ARRAY") && jt.get("type") instanceof JsType et && et.key().equals("ENUM"));
        String enumName = null;
        if (isEnum && dialect == Dialect.POSTGRES) {
            enumName = "enum_" + qg.tableNameString(model.table()) + "_" + field;
            sqlType = "\"" + enumName + "\"" + (((JsType) t).key().equals("ARRAY") ? "[]" : "");
        }
        if (sqlType == null) type.putNull("sql"); else type.put("sql", sqlType);
        JsValue allowNull = a.get("allowNull");
        c.put("nullable", !(a.has("allowNull") && !allowNull.truthy()) && !a.isTrue("primaryKey"));
        JsValue dv = a.get("defaultValue");
        if (dv.isUndefined()) {
            c.putNull("default");
        } else {
            ObjectNode d = c.putObject("default");
            if (QueryGenerator.isDefaultValueSchemable(dv)) {
                d.put("sql", safe(() -> qg.escape(dv, a.props(), model.table())));
                d.putNull("generated");
            } else {
                d.putNull("sql");
                d.put("generated", dv instanceof JsType dt ? dt.key() : dv.jsString());
            }
        }
        c.put("primaryKey", a.isTrue("primaryKey"));
        c.put("autoIncrement", a.isTrue("autoIncrement"));
        JsValue unique = a.get("unique");
        if (unique instanceof JsString s) c.put("unique", s.value());
        else if (unique instanceof JsObject o && o.string("name") != null) c.put("unique", o.string("name"));
        else c.put("unique", unique instanceof JsBoolean b ? b.value() : unique.truthy());
        JsValue comment = a.get("comment");
        if (comment.isNullish()) c.putNull("comment"); else c.put("comment", comment.jsString());
        if (definition == null) c.putNull("definition"); else c.put("definition", definition);
        if (isEnum) {
            ObjectNode e = enums.addObject();
            e.put("column", field);
            if (enumName == null) e.putNull("name"); else e.put("name", enumName);
            ArrayNode values = e.putArray("values");
            JsType enumType = ((JsType) t).key().equals("ARRAY") ? (JsType) ((JsType) t).get("type") : (JsType) t;
            JsValue vs = a.get("values").truthy() ? a.get("values") : enumType.get("values");
            if (vs instanceof JsArray arr) for (JsValue v : arr.items()) values.add(v.jsString());
        }
        return c;
    }

    /** The DataType's key, with the element type of ARRAY/RANGE: {@code ARRAY(ENUM)}; a raw string type as is. */
    static String sequelizeName(JsValue t) {
        if (t instanceof JsString s) return s.value();
        if (!(t instanceof JsType jt)) return null;
        return jt.get("type") instanceof JsType inner ? jt.key() + "(" + sequelizeName(inner) + ")" : jt.key();
    }

    static String typeSql(QueryGenerator qg, JsValue type) {
        return safe(() -> qg.types().toSql(type, v -> qg.escape(v)));
    }

    static ObjectNode foreignKey(Attribute a, JsValue references) {
        ObjectNode fk = JSON.createObjectNode();
        fk.put("column", a.field());
        JsObject r = references instanceof JsObject o ? o : new JsObject();
        JsValue model = r.get("model");
        String table = model instanceof JsString s ? s.value()
                : model instanceof JsObject o && o.string("tableName") != null ? o.string("tableName")
                : model instanceof JsModelRef m ? m.name() : model.isNullish() ? null : model.jsString();
        String schema = model instanceof JsObject o ? o.string("schema") : null;
        ObjectNode ref = fk.putObject("references");
        if (table == null) ref.putNull("table"); else ref.put("table", table);
        if (schema == null) ref.putNull("schema"); else ref.put("schema", schema);
        ref.put("column", r.get("key").truthy() ? r.get("key").jsString() : "id");
        putAction(fk, "onDelete", a.get("onDelete"));
        putAction(fk, "onUpdate", a.get("onUpdate"));
        JsValue deferrable = r.get("deferrable");
        if (deferrable instanceof JsDeferrable d) fk.put("deferrable", d.name()); else fk.putNull("deferrable");
        return fk;
    }

    private static void putAction(ObjectNode fk, String key, JsValue v) {
        if (v.truthy()) fk.put(key, v.jsString().toUpperCase(Locale.ROOT)); else fk.putNull(key);
    }

    static ObjectNode index(QueryGenerator qg, Model model, JsObject index) {
        ObjectNode i = JSON.createObjectNode();
        String name = index.string("name");
        if (name == null) i.putNull("name"); else i.put("name", name);
        ArrayNode fields = i.putArray("fields");
        if (index.get("fields") instanceof JsArray arr) {
            for (JsValue f : arr.items()) {
                if (f instanceof JsObject o) {
                    String n = o.string("name") != null ? o.string("name") : o.string("attribute");
                    if (n == null) fields.addNull(); else fields.add(n);
                } else if (f instanceof JsString s) {
                    fields.add(s.value());
                } else {
                    fields.add(f.jsString());
                }
            }
        }
        i.put("unique", index.get("unique").truthy());
        String type = index.string("type");
        if (type == null || type.isEmpty()) i.putNull("type"); else i.put("type", type);
        String using = index.string("using") != null ? index.string("using") : index.string("method");
        if (using == null) i.putNull("using"); else i.put("using", using);
        JsValue where = index.get("where");
        if (where.truthy()) i.put("where", safe(() -> qg.whereQuery(where))); else i.putNull("where");
        i.put("sql", safe(() -> qg.addIndexQuery(model.table(), index.copy())));
        return i;
    }

    static ObjectNode uniqueKey(String key, JsValue entry) {
        ObjectNode u = JSON.createObjectNode();
        JsObject o = entry instanceof JsObject obj ? obj : new JsObject();
        String name = o.string("name") != null ? o.string("name") : key;
        if (name == null) u.putNull("name"); else u.put("name", name);
        ArrayNode fields = u.putArray("fields");
        if (o.get("fields") instanceof JsArray arr) for (JsValue f : arr.items()) fields.add(f.jsString());
        return u;
    }

    /** A generator call that Sequelize would only make while writing DDL may throw here: null then. */
    private static String safe(java.util.function.Supplier<String> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
