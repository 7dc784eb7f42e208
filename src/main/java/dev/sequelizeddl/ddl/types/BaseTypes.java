package dev.sequelizeddl.ddl.types;

import dev.sequelizeddl.ddl.JsText;
import dev.sequelizeddl.ddl.SequelizeError;
import dev.sequelizeddl.ddl.UnsupportedFeatureException;
import dev.sequelizeddl.schema.JsNumbers;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.*;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** The classes of lib/data-types.js, one nested class per JavaScript class that defines behaviour. */
public final class BaseTypes {
    private BaseTypes() {}

    public static final DataType ABSTRACT = new DataType();

    static Map<String, DataType> table() {
        Map<String, DataType> m = new LinkedHashMap<>();
        m.put("ABSTRACT", ABSTRACT);
        m.put("STRING", new StringType());
        m.put("CHAR", new CharType());
        m.put("TEXT", new TextType());
        m.put("CITEXT", new CitextType());
        m.put("NUMBER", new NumberType());
        for (String k : new String[] {"TINYINT", "SMALLINT", "MEDIUMINT", "INTEGER", "BIGINT"}) {
            m.put(k, new IntegerType());
        }
        m.put("FLOAT", new FloatType());
        m.put("REAL", new FloatType());
        m.put("DOUBLE PRECISION", new FloatType());
        m.put("DECIMAL", new DecimalType());
        m.put("BOOLEAN", new BooleanType());
        m.put("TIME", new FixedType("TIME"));
        m.put("DATE", new DateType());
        m.put("DATEONLY", new DateOnlyType());
        m.put("HSTORE", new DataType());
        m.put("JSON", new JsonType());
        m.put("JSONB", new JsonbType());
        m.put("NOW", new NowType());
        m.put("BLOB", new BlobType());
        m.put("RANGE", new DataType());
        m.put("UUID", new DataType());
        m.put("UUIDV1", new UuidV1Type());
        m.put("UUIDV4", new UuidV4Type());
        m.put("VIRTUAL", new DataType());
        m.put("ENUM", new EnumType());
        m.put("ARRAY", new ArrayType());
        m.put("GEOMETRY", new GeometryType());
        m.put("GEOGRAPHY", new GeographyType());
        for (String k : new String[] {"CIDR", "INET", "MACADDR", "TSVECTOR"}) {
            m.put(k, new DataType());
        }
        return m;
    }

    /** A class whose toSql returns a constant. */
    public static class FixedType extends DataType {
        private final String sql;

        public FixedType(String sql) {
            this.sql = sql;
        }

        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            return sql;
        }
    }

    public static class StringType extends DataType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            return JsText.joinSqlFragments(name() + "(" + field(t, "_length").jsString() + ")",
                    field(t, "_binary").truthy() ? "BINARY" : null);
        }

        protected String name() {
            return "VARCHAR";
        }
    }

    public static class CharType extends StringType {
        @Override
        protected String name() {
            return "CHAR";
        }
    }

    /** TEXT and BLOB: the size names, else the key. */
    static String sized(JsType t, String tiny, String medium, String lng) {
        JsValue len = DataType.field(t, "_length");
        if (!(len instanceof JsString s)) {
            throw new SequelizeError("this._length.toLowerCase is not a function");
        }
        return switch (s.value().toLowerCase(java.util.Locale.ROOT)) {
            case "tiny" -> tiny;
            case "medium" -> medium;
            case "long" -> lng;
            default -> t.key();
        };
    }

    public static class TextType extends DataType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            return sized(t, "TINYTEXT", "MEDIUMTEXT", "LONGTEXT");
        }
    }

    public static class CitextType extends FixedType {
        public CitextType() {
            super("CITEXT");
        }
    }

    public static class NumberType extends DataType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            String result = t.key();
            if (field(t, "_length").truthy()) result += length(t);
            if (field(t, "_unsigned").truthy()) result += " UNSIGNED";
            if (field(t, "_zerofill").truthy()) result += " ZEROFILL";
            return result;
        }

        /** {@code (length[,decimals])}, decimals only when a number. */
        protected static String length(JsType t) {
            String r = "(" + field(t, "_length").jsString();
            if (field(t, "_decimals") instanceof JsNumber d) r += "," + d.jsString();
            return r + ")";
        }

        @Override
        public JsValue stringify(JsType t, JsValue number, StringifyContext ctx) {
            return switch (number) {
                case JsNumber n -> n;
                case JsBigInt b -> b;
                case JsBoolean b -> b;
                case JsNull n -> n;
                case JsUndefined u -> u;
                case JsString s -> s;
                case JsArray a -> new JsString(a.jsString());
                case JsObject o -> new JsString("[object Object]");
                case JsBuffer b -> new JsString(new String(JsText.hexBytes(b.hex()), StandardCharsets.UTF_8));
                case JsDate d -> new JsString(JsText.dateString(d.epochMillis()));
                default -> throw new UnsupportedFeatureException(
                        "String(" + JsText.inspect(number) + ") of a number default is not ported");
            };
        }
    }

    public static class IntegerType extends NumberType {}

    /** FLOAT, REAL, DOUBLE: {@code escape = false}, value quoted as is (protoExtensions). */
    public static class FloatType extends NumberType {
        @Override
        public boolean escapes() {
            return false;
        }

        @Override
        public JsValue stringify(JsType t, JsValue value, StringifyContext ctx) {
            return new JsString("'" + floatValue(value) + "'");
        }

        static String floatValue(JsValue value) {
            double n = JsText.toNumber(value);
            if (Double.isNaN(n)) return "NaN";
            if (Double.isInfinite(n)) return (n < 0 ? "-" : "") + "Infinity";
            return value instanceof JsNumber num ? JsNumbers.toJsString(num.value()) : JsText.string(value);
        }
    }

    public static class DecimalType extends NumberType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            JsValue p = field(t, "_precision"), s = field(t, "_scale");
            if (p.truthy() || s.truthy()) {
                StringBuilder sb = new StringBuilder("DECIMAL(");
                if (p.truthy()) sb.append(p.jsString());
                if (s.truthy()) sb.append(p.truthy() ? "," : "").append(s.jsString());
                return sb.append(')').toString();
            }
            return "DECIMAL";
        }
    }

    public static class BooleanType extends FixedType {
        public BooleanType() {
            super("TINYINT(1)");
        }
    }

    public static class DateType extends DataType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            return "DATETIME";
        }

        /** {@code _applyTimezone(date, options)}: moment(date).utcOffset(timezone). */
        protected static Long applyTimezone(JsValue date) {
            return Moment.parse(date);
        }

        @Override
        public JsValue stringify(JsType t, JsValue date, StringifyContext ctx) {
            return new JsString(Moment.format(applyTimezone(date), Moment.offset(ctx.timezone()), "YYYY-MM-DD HH:mm:ss.SSS Z"));
        }
    }

    public static class DateOnlyType extends DataType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            return "DATE";
        }

        @Override
        public JsValue stringify(JsType t, JsValue date, StringifyContext ctx) {
            return new JsString(Moment.format(Moment.parse(date), null, "YYYY-MM-DD"));
        }
    }

    public static class JsonType extends DataType {
        @Override
        public JsValue stringify(JsType t, JsValue value, StringifyContext ctx) {
            String s = JsText.jsonStringify(value);
            return s == null ? JsValue.UNDEFINED : new JsString(s);
        }
    }

    public static class JsonbType extends JsonType {}

    public static class NowType extends DataType {}

    public static class UuidV1Type extends DataType {}

    public static class UuidV4Type extends DataType {}

    public static class EnumType extends DataType {}

    public static class BlobType extends DataType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            return sized(t, "TINYBLOB", "MEDIUMBLOB", "LONGBLOB");
        }

        @Override
        public boolean escapes() {
            return false;
        }

        @Override
        public JsValue stringify(JsType t, JsValue value, StringifyContext ctx) {
            byte[] bytes;
            if (value instanceof JsBuffer b) {
                bytes = JsText.hexBytes(b.hex());
            } else if (value instanceof JsArray a) {
                bytes = new byte[a.size()];
                for (int i = 0; i < a.size(); i++) {
                    double d = JsText.toNumber(a.get(i));
                    bytes[i] = (byte) (Double.isFinite(d) ? (long) d : 0);
                }
            } else {
                bytes = value.jsString().getBytes(StandardCharsets.UTF_8);
            }
            return new JsString(hexify(HexFormat.of().formatHex(bytes)));
        }

        /** {@code _hexify}: postgres and mssql override it. */
        protected String hexify(String hex) {
            return "X'" + hex + "'";
        }
    }

    /**
     * ARRAY. Loading postgres' data-types.js patches the base ARRAY prototype ({@code escape = false},
     * {@code _value}, {@code _stringify}) for every dialect, so a value escaped through an ARRAY
     * column becomes {@code ARRAY[...]::<type>[]} even in SQLite.
     */
    public static class ArrayType extends DataType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            JsType e = element(t);
            DataType cls = ctx.elementsNormalized() ? ctx.types().classOf(e.key()) : ctx.types().baseClassOf(e.key());
            // ARRAY.prototype.toSql calls this.type.toSql() without options
            return cls.toSql(e, new ToSqlContext(null, ctx.types(), false)) + "[]";
        }

        private static JsType element(JsType t) {
            if (!(t.get("type") instanceof JsType e)) throw new SequelizeError("this.type.toSql is not a function");
            return e;
        }

        @Override
        public boolean escapes() {
            return false;
        }

        @Override
        public JsValue stringify(JsType t, JsValue values, StringifyContext ctx) {
            return stringify(t, values, ctx, true);
        }

        private JsValue stringify(JsType t, JsValue values, StringifyContext ctx, boolean normalized) {
            if (!(values instanceof JsArray a)) throw new SequelizeError("values.map is not a function");
            if (t == null) {
                // on the prototype (SqlString's postgres branch) there is no this.type: values
                // are escaped plainly and no cast is appended
                java.util.List<String> parts = new java.util.ArrayList<>();
                for (JsValue v : a.items()) parts.add(ctx.escape().apply(v));
                return new JsString("ARRAY[" + String.join(",", parts) + "]");
            }
            JsType e = element(t);
            DataType cls = normalized ? ctx.types().classOf(e.key()) : ctx.types().baseClassOf(e.key());
            java.util.List<String> parts = new java.util.ArrayList<>();
            for (JsValue v : a.items()) {
                JsValue s = cls instanceof ArrayType inner ? inner.stringify(e, v, ctx, false) : cls.stringify(e, v, ctx);
                parts.add(cls.escapes() ? ctx.escape().apply(s) : s.jsString());
            }
            String str = "ARRAY[" + String.join(",", parts) + "]";
            if (cls instanceof EnumType) {
                if (ctx.field() == null || ctx.table() == null) {
                    throw new SequelizeError("Cannot read properties of undefined (reading 'Model')");
                }
                var table = ctx.table();
                String schemaWithDelimiter = table.hasSchema()
                        ? "\"" + table.schema().replace("\"", "") + "\"" + (table.delimiter() == null ? "." : table.delimiter()) : "";
                String column = ctx.field().get("field").jsString();
                str += "::" + schemaWithDelimiter + "\"" + ("enum_" + table.tableName() + "_" + column).replace("\"", "") + "\"[]";
            } else {
                str += "::" + toSql(t, new ToSqlContext(null, ctx.types(), normalized));
            }
            return new JsString(str);
        }
    }

    /** GEOMETRY and GEOGRAPHY: escape false, values become ST_GeomFromText(wkt). */
    public static class GeometryType extends DataType {
        @Override
        public boolean escapes() {
            return false;
        }

        @Override
        public JsValue stringify(JsType t, JsValue value, StringifyContext ctx) {
            return new JsString("ST_GeomFromText(" + ctx.escape().apply(new JsString(Wkt.fromGeoJson(value))) + ")");
        }
    }

    public static class GeographyType extends GeometryType {}
}
