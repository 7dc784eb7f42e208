package dev.sequelizeddl.ddl.types;

import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.JsObject;
import dev.sequelizeddl.schema.JsValue.JsType;
import dev.sequelizeddl.schema.TableRef;
import java.util.function.Function;

/**
 * Twin of one DataType class of Sequelize (lib/data-types.js {@code ABSTRACT} and its subclasses,
 * or a dialect's subclass in lib/dialects/&lt;d&gt;/data-types.js), applied to a recorded instance
 * ({@link JsType}: its key and own fields). Subclasses override what the JavaScript class
 * overrides, so inheritance reads as in Sequelize.
 */
public class DataType {

    /**
     * What {@code toSql(options)} receives: the generator's escape (null when Sequelize calls
     * {@code toSql()} without options, e.g. for ARRAY elements) and the dialect's type table.
     *
     * @param elementsNormalized whether nested types (ARRAY elements) are instances of the
     *        dialect's classes: true for an attribute's own type, since normalizeDataType
     *        re-creates ARRAY elements one level deep only
     */
    public record ToSqlContext(Function<JsValue, String> escape, DataTypes types, boolean elementsNormalized) {}

    /**
     * What {@code stringify(value, options)} receives: the plain SqlString escape, the timezone
     * option, and {@code options.field} — the attribute being escaped (null without one) and the
     * table of its model ({@code field.Model.getTableName()}, null when unknown).
     */
    public record StringifyContext(Function<JsValue, String> escape, String timezone, DataTypes types,
            JsObject field, TableRef table) {
        public StringifyContext(Function<JsValue, String> escape, String timezone, DataTypes types) {
            this(escape, timezone, types, null, null);
        }
    }

    /** {@code ABSTRACT.prototype.toSql}: the key. */
    public String toSql(JsType t, ToSqlContext ctx) {
        return t.key();
    }

    /**
     * {@code stringify(value, options)}: {@code _stringify} when the class has one, else the value.
     * {@code t} is null when Sequelize calls it on the prototype (SqlString's Date and Buffer path).
     */
    public JsValue stringify(JsType t, JsValue value, StringifyContext ctx) {
        return value;
    }

    /** {@code prototype.escape !== false}: whether a stringified value is escaped again as a string. */
    public boolean escapes() {
        return true;
    }

    /** A recorded field, or undefined (also for the prototype). */
    protected static JsValue field(JsType t, String name) {
        return t == null ? JsValue.UNDEFINED : t.get(name);
    }
}
