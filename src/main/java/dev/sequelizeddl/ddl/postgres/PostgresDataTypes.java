package dev.sequelizeddl.ddl.postgres;

import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.JsNumber;
import dev.sequelizeddl.schema.JsValue.JsString;
import dev.sequelizeddl.schema.JsValue.JsType;
import java.util.Locale;
import java.util.Map;

/**
 * {@code toSql()} of Sequelize's data types as the postgres dialect renders them
 * (lib/data-types.js + lib/dialects/postgres/data-types.js). The schema JSON holds the instances
 * after sanitizing (lengths/UNSIGNED already removed where PG's constructors remove them).
 *
 * <p>Sequelize re-creates a type with the dialect's class only at the top level and for the direct
 * element of an ARRAY ({@code normalizeDataType}); deeper types keep the base class, so their
 * rendering is the base one ({@code ARRAY(ARRAY(BOOLEAN))} → {@code TINYINT(1)[][]}).
 */
final class PostgresDataTypes {
    private PostgresDataTypes() {}

    static final Map<String, String> RANGE_SUBTYPES = Map.of(
            "integer", "int4range", "decimal", "numrange", "date", "tstzrange",
            "dateonly", "daterange", "bigint", "int8range");
    static final Map<String, String> RANGE_CAST_TYPES = Map.of(
            "integer", "int4", "decimal", "numeric", "date", "timestamptz",
            "dateonly", "date", "bigint", "int8");

    /** {@code String(attribute.type)}: a DataType's toSql(), or a raw string type verbatim. */
    static String toSql(JsValue type) {
        return toSql(type, 0);
    }

    /** {@code toSql()} at ARRAY nesting {@code depth}: depth 0 and 1 are PG's subclasses. */
    static String toSql(JsValue type, int depth) {
        if (!(type instanceof JsType t)) return type.jsString();
        if (depth <= 1) {
            String pg = pgToSql(t);
            if (pg != null) return pg;
        }
        return baseToSql(t, depth);
    }

    private static String pgToSql(JsType t) {
        return switch (t.key()) {
            case "STRING", "CHAR" -> t.get("_binary").truthy() ? "BYTEA" : null;
            case "TEXT" -> "TEXT";
            case "BOOLEAN" -> "BOOLEAN";
            case "DATE" -> "TIMESTAMP WITH TIME ZONE";
            case "BLOB" -> "BYTEA";
            case "GEOMETRY", "GEOGRAPHY" -> {
                String result = t.key();
                if (t.get("type").truthy()) {
                    result += "(" + t.get("type").jsString();
                    if (t.get("srid").truthy()) result += "," + t.get("srid").jsString();
                    result += ")";
                }
                yield result;
            }
            case "RANGE" -> {
                String sub = RANGE_SUBTYPES.get(t.get("_subtype").jsString().toLowerCase(Locale.ROOT));
                yield sub == null ? "undefined" : sub; // String(undefined)
            }
            default -> null;
        };
    }

    /** lib/data-types.js toSql() of the base classes. */
    static String baseToSql(JsType t, int depth) {
        return switch (t.key()) {
            case "STRING" -> joinBinary("VARCHAR(" + t.get("_length").jsString() + ")", t);
            case "CHAR" -> joinBinary("CHAR(" + t.get("_length").jsString() + ")", t);
            case "TEXT" -> sized(t, "TINYTEXT", "MEDIUMTEXT", "LONGTEXT");
            case "BLOB" -> sized(t, "TINYBLOB", "MEDIUMBLOB", "LONGBLOB");
            case "CITEXT" -> "CITEXT";
            case "NUMBER", "TINYINT", "SMALLINT", "MEDIUMINT", "INTEGER", "BIGINT", "FLOAT", "REAL", "DOUBLE PRECISION" -> number(t);
            case "DECIMAL" -> decimal(t);
            case "BOOLEAN" -> "TINYINT(1)";
            case "TIME" -> "TIME";
            case "DATE" -> "DATETIME";
            case "DATEONLY" -> "DATE";
            case "ARRAY" -> toSql(t.get("type"), depth + 1) + "[]";
            default -> t.key();
        };
    }

    private static String joinBinary(String head, JsType t) {
        return t.get("_binary").truthy() ? head + " BINARY" : head;
    }

    private static String sized(JsType t, String tiny, String medium, String lng) {
        String len = t.get("_length").isNullish() ? "" : t.get("_length").jsString();
        return switch (len.toLowerCase(Locale.ROOT)) {
            case "tiny" -> tiny;
            case "medium" -> medium;
            case "long" -> lng;
            default -> t.key();
        };
    }

    static String number(JsType t) {
        StringBuilder result = new StringBuilder(t.key());
        if (t.get("_length").truthy()) {
            result.append('(').append(t.get("_length").jsString());
            if (t.get("_decimals") instanceof JsNumber d) result.append(',').append(d.jsString());
            result.append(')');
        }
        if (t.get("_unsigned").truthy()) result.append(" UNSIGNED");
        if (t.get("_zerofill").truthy()) result.append(" ZEROFILL");
        return result.toString();
    }

    static String decimal(JsType t) {
        JsValue p = t.get("_precision");
        JsValue s = t.get("_scale");
        if (p.truthy() || s.truthy()) {
            StringBuilder sb = new StringBuilder("DECIMAL(");
            boolean first = true;
            for (JsValue v : new JsValue[] {p, s}) {
                if (!v.truthy()) continue;
                if (!first) sb.append(',');
                sb.append(v.jsString());
                first = false;
            }
            return sb.append(')').toString();
        }
        return "DECIMAL";
    }

    static boolean isType(JsValue v, String key) {
        return v instanceof JsType t && t.key().equals(key);
    }

    static String stringOrNull(JsValue v) {
        return v instanceof JsString s ? s.value() : null;
    }
}
