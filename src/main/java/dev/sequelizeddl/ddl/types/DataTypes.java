package dev.sequelizeddl.ddl.types;

import dev.sequelizeddl.ddl.SequelizeError;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.JsString;
import dev.sequelizeddl.schema.JsValue.JsType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A table of DataType classes by key: {@link #BASE} is lib/data-types.js, a dialect's table holds
 * exactly the keys its data-types.js returns (the classes normalizeDataType swaps in) and falls
 * back to the base table for the others.
 */
public final class DataTypes {

    public static final DataTypes BASE = new DataTypes(null, BaseTypes.table());

    private final DataTypes base;
    private final Map<String, DataType> table;

    private DataTypes(DataTypes base, Map<String, DataType> table) {
        this.base = base;
        this.table = Map.copyOf(table);
    }

    /** A dialect table: the keys the dialect overrides, over the base table. */
    public static DataTypes dialect(Map<String, DataType> overrides) {
        return new DataTypes(BASE, new LinkedHashMap<>(overrides));
    }

    /** The class an instance with this key has after normalizeDataType (unknown keys act as ABSTRACT). */
    public DataType classOf(String key) {
        DataType t = table.get(key);
        if (t != null) return t;
        if (base != null) return base.classOf(key);
        return BaseTypes.ABSTRACT;
    }

    /** The base (not dialect) class of a key, for instances normalizeDataType did not reach. */
    public DataType baseClassOf(String key) {
        return (base == null ? this : base).classOf(key);
    }

    /** Whether the key's class here is, or extends, {@code type} ({@code instanceof} in Sequelize). */
    public boolean isA(JsValue type, Class<? extends DataType> cls) {
        return type instanceof JsType t && cls.isInstance(classOf(t.key()));
    }

    /**
     * {@code attribute.type.toString(options)} for an attribute's type: a raw string type is
     * itself; {@code escape} is null for {@code toString()} without options.
     */
    public String toSql(JsValue type, Function<JsValue, String> escape) {
        if (type instanceof JsString s) return s.value();
        if (type instanceof JsType t) return classOf(t.key()).toSql(t, new DataType.ToSqlContext(escape, this, true));
        throw new SequelizeError("attribute.type.toString is not a function (type " + type.jsString() + ")");
    }
}
