package dev.sequelizeddl.ddl.postgres;

import dev.sequelizeddl.ddl.JsText;
import dev.sequelizeddl.ddl.SequelizeError;
import dev.sequelizeddl.ddl.types.BaseTypes;
import dev.sequelizeddl.ddl.types.DataType;
import dev.sequelizeddl.ddl.types.DataTypes;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * lib/dialects/postgres/data-types.js: the classes normalizeDataType swaps in for postgres. The
 * integer/float sanitizers already ran at definition time (the recorded fields reflect them); what
 * remains is rendering and stringify. The ARRAY patches of this file live in {@link BaseTypes.ArrayType}.
 */
public final class PostgresDataTypes {
    private PostgresDataTypes() {}

    public static final DataTypes TYPES = DataTypes.dialect(table());

    static final Map<String, String> RANGE_SUBTYPES = Map.of(
            "integer", "int4range", "decimal", "numrange", "date", "tstzrange", "dateonly", "daterange", "bigint", "int8range");
    static final Map<String, String> RANGE_CAST_TYPES = Map.of(
            "integer", "int4", "decimal", "numeric", "date", "timestamptz", "dateonly", "date", "bigint", "int8");

    private static Map<String, DataType> table() {
        Map<String, DataType> m = new LinkedHashMap<>();
        m.put("DECIMAL", new BaseTypes.DecimalType());
        m.put("BLOB", new BlobType());
        m.put("STRING", new StringType());
        m.put("CHAR", new CharType());
        m.put("TEXT", new BaseTypes.FixedType("TEXT"));
        m.put("CITEXT", new BaseTypes.CitextType());
        for (String k : new String[] {"TINYINT", "SMALLINT", "INTEGER", "BIGINT"}) m.put(k, new BaseTypes.IntegerType());
        m.put("BOOLEAN", new BaseTypes.FixedType("BOOLEAN"));
        m.put("DATE", new DateType());
        m.put("DATEONLY", new DateOnlyType());
        m.put("REAL", new BaseTypes.FloatType());
        m.put("DOUBLE PRECISION", new BaseTypes.FloatType());
        m.put("FLOAT", new BaseTypes.FloatType());
        m.put("GEOMETRY", new GeometryType());
        m.put("GEOGRAPHY", new GeographyType());
        m.put("HSTORE", new HstoreType());
        m.put("RANGE", new RangeType());
        m.put("ENUM", new BaseTypes.EnumType());
        return m;
    }

    /** {@code BYTEA} when binary. */
    public static class StringType extends BaseTypes.StringType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            return t.get("_binary").truthy() ? "BYTEA" : super.toSql(t, ctx);
        }
    }

    public static class CharType extends BaseTypes.CharType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            return t.get("_binary").truthy() ? "BYTEA" : super.toSql(t, ctx);
        }
    }

    public static class BlobType extends BaseTypes.BlobType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            return "BYTEA";
        }

        @Override
        protected String hexify(String hex) {
            return "E'\\\\x" + hex + "'";
        }
    }

    private static JsValue infinity(JsValue value) {
        if (value instanceof JsNumber n && Double.isInfinite(n.value())) return new JsString(n.value() > 0 ? "Infinity" : "-Infinity");
        return null;
    }

    public static class DateType extends BaseTypes.DateType {
        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            return "TIMESTAMP WITH TIME ZONE";
        }

        @Override
        public JsValue stringify(JsType t, JsValue value, StringifyContext ctx) {
            JsValue inf = infinity(value);
            return inf != null ? inf : super.stringify(t, value, ctx);
        }
    }

    public static class DateOnlyType extends BaseTypes.DateOnlyType {
        @Override
        public JsValue stringify(JsType t, JsValue value, StringifyContext ctx) {
            JsValue inf = infinity(value);
            return inf != null ? inf : super.stringify(t, value, ctx);
        }
    }

    /** {@code KEY(type[,srid])}; values become ST_GeomFromGeoJSON('<json>'). */
    public static class GeometryType extends BaseTypes.GeometryType {
        protected String name(JsType t) {
            return t.key();
        }

        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            String result = name(t);
            if (t.get("type").truthy()) {
                result += "(" + t.get("type").jsString();
                if (t.get("srid").truthy()) result += "," + t.get("srid").jsString();
                result += ")";
            }
            return result;
        }

        @Override
        public JsValue stringify(JsType t, JsValue value, StringifyContext ctx) {
            String json = JsText.jsonStringify(value);
            return new JsString("ST_GeomFromGeoJSON(" + ctx.escape().apply(json == null ? JsValue.UNDEFINED : new JsString(json)) + ")");
        }
    }

    public static class GeographyType extends GeometryType {
        @Override
        protected String name(JsType t) {
            return "GEOGRAPHY";
        }
    }

    /** pg-hstore's stringify with sanitize, quoted; {@code escape = false}. */
    public static class HstoreType extends DataType {
        @Override
        public boolean escapes() {
            return false;
        }

        @Override
        public JsValue stringify(JsType t, JsValue value, StringifyContext ctx) {
            if (value instanceof JsNull) return new JsString("'null'");
            if (!(value instanceof JsObject o)) throw new SequelizeError("HSTORE default must be a plain object");
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, JsValue> e : o.members().entrySet()) {
                String k = '"' + sanitize(e.getKey()) + '"';
                JsValue v = e.getValue();
                if (v instanceof JsNull) {
                    parts.add(k + "=>NULL");
                } else {
                    String s = switch (v) {
                        case JsString str -> sanitize(str.value());
                        case JsBoolean b -> v.jsString();
                        case JsNumber n -> v.jsString();
                        case JsObject obj -> v.jsString();
                        case JsArray a -> v.jsString();
                        default -> "";
                    };
                    parts.add(k + "=>\"" + s + '"');
                }
            }
            return new JsString("'" + String.join(",", parts) + "'");
        }

        private static String sanitize(String s) {
            return s.replace("'", "''").replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }

    /** RANGE: {@code int4range} … by subtype; values through lib/dialects/postgres/range.js. */
    public static class RangeType extends DataType {
        private static String subtypeKey(JsType t) {
            return t.get("_subtype").jsString().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toSql(JsType t, ToSqlContext ctx) {
            String sql = RANGE_SUBTYPES.get(subtypeKey(t));
            return sql == null ? "undefined" : sql; // String(undefined) in the fragment
        }

        @Override
        public boolean escapes() {
            return false;
        }

        @Override
        public JsValue stringify(JsType t, JsValue values, StringifyContext ctx) {
            JsValue subtype = t.get("options") instanceof JsObject o ? o.get("subtype") : JsValue.UNDEFINED;
            if (!(values instanceof JsArray a)) {
                String cast = RANGE_CAST_TYPES.get(subtypeKey(t));
                return new JsString("'" + subtypeStringify(subtype, values, ctx).jsString() + "'::" + cast);
            }
            if (a.size() == 0) return new JsString("'empty'");
            if (a.size() != 2) throw new SequelizeError("range array length must be 0 (empty) or 2 (lower and upper bounds)");
            boolean[] inclusive = {true, false};
            String[] bounds = new String[2];
            for (int i = 0; i < 2; i++) {
                JsValue v = a.get(i);
                if (v instanceof JsObject o && o.has("value")) {
                    if (o.has("inclusive")) inclusive[i] = o.get("inclusive").truthy();
                    v = o.get("value");
                }
                if (v instanceof JsNull) {
                    bounds[i] = "";
                } else if (v instanceof JsNumber n && Double.isInfinite(n.value())) {
                    bounds[i] = n.value() > 0 ? "infinity" : "-infinity";
                } else {
                    String json = JsText.jsonStringify(subtypeStringify(subtype, v, ctx));
                    bounds[i] = json == null ? "undefined" : json;
                }
            }
            return new JsString("'" + (inclusive[0] ? "[" : "(") + bounds[0] + "," + bounds[1] + (inclusive[1] ? "]" : ")") + "'");
        }

        /** {@code this.options.subtype.stringify(value, options)}: the subtype is a base-class instance. */
        private static JsValue subtypeStringify(JsValue subtype, JsValue value, StringifyContext ctx) {
            if (subtype instanceof JsType st) return ctx.types().baseClassOf(st.key()).stringify(st, value, ctx);
            return new JsString(ctx.escape().apply(value));
        }
    }
}
