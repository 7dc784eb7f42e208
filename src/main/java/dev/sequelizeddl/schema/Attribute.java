package dev.sequelizeddl.schema;

import dev.sequelizeddl.schema.JsValue.JsObject;
import dev.sequelizeddl.schema.JsValue.JsString;

/**
 * One entry of {@code model.rawAttributes}: its key and every property Sequelize holds
 * (type, field, allowNull, primaryKey, autoIncrement, defaultValue, unique, comment,
 * references, onDelete, onUpdate, values, first, after, …) with JavaScript semantics.
 */
public record Attribute(String name, JsObject props) {

    public JsValue get(String key) {
        return props.get(key);
    }

    public boolean has(String key) {
        return props.has(key);
    }

    /** The column name: {@code field}, falling back to the attribute name. */
    public String field() {
        return get("field") instanceof JsString s ? s.value() : name;
    }

    public JsValue type() {
        return get("type");
    }

    public boolean isTrue(String key) {
        return get(key).truthy();
    }

    /** A copy whose properties can be changed (Sequelize's MSSQL generator mutates attributes). */
    public Attribute copy() {
        return new Attribute(name, props.copy());
    }
}
