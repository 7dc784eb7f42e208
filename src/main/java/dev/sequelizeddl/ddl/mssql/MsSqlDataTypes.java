package dev.sequelizeddl.ddl.mssql;

import dev.sequelizeddl.ddl.types.BaseTypes;
import dev.sequelizeddl.ddl.types.DataType;
import dev.sequelizeddl.ddl.types.DataTypes;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.JsString;
import dev.sequelizeddl.schema.JsValue.JsType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * lib/dialects/mssql/data-types.js: the classes normalizeDataType swaps in for mssql. The
 * sanitizers (lengths/UNSIGNED/ZEROFILL removed from INTEGER, TINYINT, SMALLINT, BIGINT, REAL,
 * FLOAT) already ran at definition time; what remains is rendering.
 */
public final class MsSqlDataTypes {
    private MsSqlDataTypes() {}

    public static final DataTypes TYPES = DataTypes.dialect(table());

    private static Map<String, DataType> table() {
        Map<String, DataType> m = new LinkedHashMap<>();
        m.put("BLOB", new BlobType());
        m.put("BOOLEAN", new BaseTypes.FixedType("BIT"));
        m.put("ENUM", new EnumType());
        m.put("STRING", new StringType());
        m.put("UUID", new BaseTypes.FixedType("CHAR(36)"));
        m.put("DATE", new DateType());
        m.put("DATEONLY", new BaseTypes.DateOnlyType());
        m.put("NOW", new NowType());
        for (String k : new String[] {"TINYINT", "SMALLINT", "INTEGER", "BIGINT"}) m.put(k, new BaseTypes.IntegerType());
        m.put("REAL", new BaseTypes.FloatType());
        m.put("FLOAT", new BaseTypes.FloatType());
        m.put("TEXT", new TextType());
        return m;
    }

    /** {@code this._length} when truthy (a size name), else "". */
    private static String sizeName(JsType t) {
        JsValue len = t.get("_length");
        return len.truthy() ? len.jsString().toLowerCase(Locale.ROOT) : "";
    }

    /** VARBINARY(256) for tiny, else VARBINARY(MAX); Buffers as 0x…. */
    public static class BlobType extends BaseTypes.BlobType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            return sizeName(t).equals("tiny") ? "VARBINARY(256)" : "VARBINARY(MAX)";
        }

        @Override
        protected String hexify(String hex) {
            return "0x" + hex;
        }
    }

    /** NVARCHAR(n), or BINARY(n) when binary; {@code escape = false}. */
    public static class StringType extends BaseTypes.StringType {
        private static final BlobType BLOB = new BlobType();

        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            String length = t.get("_length").jsString();
            return t.get("_binary").truthy() ? "BINARY(" + length + ")" : "NVARCHAR(" + length + ")";
        }

        @Override
        public boolean escapes() {
            return false;
        }

        @Override
        public JsValue stringify(JsType t, JsValue value, StringifyContext ctx) {
            if (t != null && t.get("_binary").truthy()) return BLOB.stringify(null, value, ctx);
            return new JsString(ctx.escape().apply(value));
        }
    }

    public static class TextType extends BaseTypes.TextType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            return sizeName(t).equals("tiny") ? "NVARCHAR(256)" : "NVARCHAR(MAX)";
        }
    }

    public static class DateType extends BaseTypes.DateType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            return "DATETIMEOFFSET";
        }
    }

    public static class EnumType extends BaseTypes.EnumType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            return "VARCHAR(255)";
        }
    }

    public static class NowType extends BaseTypes.NowType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            return "GETDATE()";
        }
    }
}
