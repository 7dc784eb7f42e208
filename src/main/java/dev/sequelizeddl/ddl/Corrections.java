package dev.sequelizeddl.ddl;

import dev.sequelizeddl.schema.Attribute;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.JsArray;
import dev.sequelizeddl.schema.JsValue.JsBoolean;
import dev.sequelizeddl.schema.JsValue.JsNumber;
import dev.sequelizeddl.schema.JsValue.JsObject;
import dev.sequelizeddl.schema.JsValue.JsString;
import dev.sequelizeddl.schema.JsValue.JsType;
import dev.sequelizeddl.schema.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deliberate differences from the Node provider that are decided on the models' attributes and options
 * before any SQL is written (test-fixtures/oracle/generate.js notes (k), (l) and (m)): values Sequelize writes
 * as given although the database refuses them or reads them otherwise, where the model means something
 * clear. The DDL ({@link SchemaWriter}) and the JSON view read the same corrected models.
 */
public final class Corrections {
    private Corrections() {}

    /**
     * A copy of the model whose attributes can be changed (Sequelize's MSSQL generator mutates them), with
     * the attribute corrections for {@code dialect} applied (generate.js {@code correctedAttributes}):
     * <ul>
     *   <li>A BOOLEAN default that {@code DataTypes.BOOLEAN} reads as a boolean on insert (its
     *       {@code _sanitize}: {@code 'true'}/{@code 'false'}, {@code 1}/{@code 0}) but the engine refuses
     *       as written: MySQL/MariaDB {@code TINYINT(1) DEFAULT 'true'} ("Invalid default value"),
     *       PostgreSQL {@code BOOLEAN DEFAULT 1} ("default expression is of type integer"). It becomes the
     *       boolean. Other dialects accept the value as given and keep it.</li>
     *   <li>{@code allowNull: undefined} is nullable (Sequelize validates {@code allowNull === false}); the
     *       PostgreSQL and SQLite generators test {@code hasOwnProperty('allowNull') && !allowNull} and write
     *       NOT NULL. The member is dropped; the other generators test {@code === false}, so their bytes do
     *       not change (the oracle drops it only where they would).</li>
     * </ul>
     */
    public static Model correctedCopy(Model model, Dialect dialect) {
        List<Attribute> attributes = new ArrayList<>();
        for (Attribute original : model.attributes()) {
            Attribute a = original.copy();
            Class<? extends JsValue> refused = BOOLEAN_DEFAULTS_REFUSED.get(dialect);
            JsValue value = a.get("defaultValue");
            if (refused != null && refused.isInstance(value) && a.type() instanceof JsType t && t.key().equals("BOOLEAN")) {
                Boolean meant = booleanMeant(value);
                if (meant != null) a.props().put("defaultValue", new JsBoolean(meant));
            }
            if (a.has("allowNull") && a.get("allowNull").isUndefined()) a.props().members().remove("allowNull");
            attributes.add(a);
        }
        return new Model(model.name(), model.tableName(), model.table(), model.primaryKeyAttributes(), attributes,
                model.options(), model.uniqueKeys(), model.source());
    }

    private static final Map<Dialect, Class<? extends JsValue>> BOOLEAN_DEFAULTS_REFUSED =
            Map.of(Dialect.MYSQL, JsString.class, Dialect.MARIADB, JsString.class, Dialect.POSTGRES, JsNumber.class);

    /** DataTypes.BOOLEAN#_sanitize for a string or number: the boolean it reads, or null when it keeps the value. */
    private static Boolean booleanMeant(JsValue value) {
        if (value instanceof JsString s) return s.value().equals("true") ? Boolean.TRUE : s.value().equals("false") ? Boolean.FALSE : null;
        if (value instanceof JsNumber n) return n.value() == 1 ? Boolean.TRUE : n.value() == 0 ? Boolean.FALSE : null;
        return null;
    }

    /**
     * Whether the attribute is not a column: its type is a {@code DataTypes.VIRTUAL} (Model.init's
     * {@code _virtualAttributes}; {@code sync()} creates the others, {@code model.tableAttributes}). The
     * provider instead drops every fragment that starts with {@code VIRTUAL}, a raw type
     * {@code 'VIRTUAL_THING'} included (oracle note (m)).
     */
    public static boolean isVirtual(Attribute attribute) {
        return attribute.type() instanceof JsType t && t.key().equals("VIRTUAL");
    }

    /**
     * The options createTableQuery gets (generate.js {@code uniqueKeyOptions}): those {@code sync()} passes
     * ({@link QueryGenerator#syncUniqueKeys}), then every {@code model.uniqueKeys} entry with customIndex
     * that {@code options.uniqueKeys} neither names nor already has the fields of (appended to an array of
     * keys). Model.init collects attributes' named unique keys ({@code unique: 'name'}) in
     * {@code model.uniqueKeys}, and createTable uses {@code options.uniqueKeys || model.uniqueKeys}, so
     * a model with both loses them, the provider and {@code sync()} alike.
     */
    public static JsObject uniqueKeyOptions(Model model) {
        JsObject options = QueryGenerator.syncUniqueKeys(model);
        JsValue given = options.get("uniqueKeys");
        if (given == model.uniqueKeys() || model.uniqueKeys() == null) return options;
        List<Map.Entry<String, JsValue>> entries = new ArrayList<>();
        if (given instanceof JsObject o) entries.addAll(o.members().entrySet());
        else if (given instanceof JsArray arr) {
            for (int i = 0; i < arr.size(); i++) entries.add(Map.entry(String.valueOf(i), arr.get(i)));
        } else {
            return options;
        }
        JsValue merged = given;
        for (Map.Entry<String, JsValue> e : model.uniqueKeys().members().entrySet()) {
            if (!(e.getValue() instanceof JsObject key) || !key.get("customIndex").truthy()) continue;
            boolean present = false;
            for (Map.Entry<String, JsValue> g : entries) {
                JsValue fields = g.getValue() instanceof JsObject k ? k.get("fields") : JsValue.UNDEFINED;
                present |= g.getKey().equals(e.getKey()) || sameFields(fields, key.get("fields"));
            }
            if (present) continue;
            if (merged == given) merged = given instanceof JsObject o ? o.copy() : new JsArray(((JsArray) given).items());
            if (merged instanceof JsObject o) o.put(e.getKey(), key.copy());
            else ((JsArray) merged).items().add(key.copy());
        }
        options.put("uniqueKeys", merged);
        return options;
    }

    private static boolean sameFields(JsValue a, JsValue b) {
        List<JsValue> x = a instanceof JsArray arr ? arr.items() : List.of();
        List<JsValue> y = b instanceof JsArray arr ? arr.items() : List.of();
        if (x.size() != y.size()) return false;
        for (int i = 0; i < x.size(); i++) {
            if (!(x.get(i) instanceof JsString s) || !s.equals(y.get(i))) return false;
        }
        return true;
    }
}
