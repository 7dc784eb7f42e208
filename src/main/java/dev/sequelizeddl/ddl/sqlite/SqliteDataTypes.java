package dev.sequelizeddl.ddl.sqlite;

import dev.sequelizeddl.ddl.types.BaseTypes;
import dev.sequelizeddl.ddl.types.DataType;
import dev.sequelizeddl.ddl.types.DataTypes;
import dev.sequelizeddl.schema.JsValue.JsType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * lib/dialects/sqlite/data-types.js. The integer sanitizer (UNSIGNED/ZEROFILL removed) already
 * ran at definition time, so the recorded fields reflect it; what remains is rendering.
 */
public final class SqliteDataTypes {
    private SqliteDataTypes() {}

    public static final DataTypes TYPES = DataTypes.dialect(table());

    private static Map<String, DataType> table() {
        Map<String, DataType> m = new LinkedHashMap<>();
        m.put("DATE", new BaseTypes.DateType());
        m.put("DATEONLY", new BaseTypes.DateOnlyType());
        m.put("STRING", new StringType());
        m.put("CHAR", new CharType());
        m.put("NUMBER", new NumberType());
        // NUMBER.prototype.toSql is copied onto these classes
        m.put("FLOAT", new FloatType());
        m.put("REAL", new FloatType());
        m.put("DOUBLE PRECISION", new FloatType());
        for (String k : new String[] {"TINYINT", "SMALLINT", "MEDIUMINT", "INTEGER", "BIGINT"}) {
            m.put(k, new IntegerType());
        }
        m.put("TEXT", new TextType());
        m.put("ENUM", new EnumType());
        m.put("JSON", new BaseTypes.JsonType());
        m.put("CITEXT", new CitextType());
        return m;
    }

    /** KEY · UNSIGNED · ZEROFILL · (length[,decimals]): the order differs from the base NUMBER. */
    static String numberToSql(JsType t) {
        String result = t.key();
        if (t.get("_unsigned").truthy()) result += " UNSIGNED";
        if (t.get("_zerofill").truthy()) result += " ZEROFILL";
        if (t.get("_length").truthy()) {
            result += "(" + t.get("_length").jsString();
            if (t.get("_decimals") instanceof dev.sequelizeddl.schema.JsValue.JsNumber d) result += "," + d.jsString();
            result += ")";
        }
        return result;
    }

    public static class NumberType extends BaseTypes.NumberType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            return numberToSql(t);
        }
    }

    public static class IntegerType extends BaseTypes.IntegerType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            return numberToSql(t);
        }
    }

    public static class FloatType extends BaseTypes.FloatType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            return numberToSql(t);
        }
    }

    /** {@code VARCHAR BINARY(n)} when binary. */
    public static class StringType extends BaseTypes.StringType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            if (t.get("_binary").truthy()) return "VARCHAR BINARY(" + t.get("_length").jsString() + ")";
            return super.toSql(t, ctx);
        }
    }

    public static class CharType extends BaseTypes.CharType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            if (t.get("_binary").truthy()) return "CHAR BINARY(" + t.get("_length").jsString() + ")";
            return super.toSql(t, ctx);
        }
    }

    /** Always plain TEXT (the length is dropped with a warning). */
    public static class TextType extends BaseTypes.TextType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            return "TEXT";
        }
    }

    public static class EnumType extends BaseTypes.EnumType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            return "TEXT";
        }
    }

    public static class CitextType extends BaseTypes.CitextType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            return "TEXT COLLATE NOCASE";
        }
    }
}
