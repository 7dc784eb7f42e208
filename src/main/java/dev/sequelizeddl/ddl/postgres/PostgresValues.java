package dev.sequelizeddl.ddl.postgres;

import dev.sequelizeddl.ddl.SequelizeError;
import dev.sequelizeddl.schema.JsNumbers;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.*;
import dev.sequelizeddl.schema.TableRef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Default values in postgres: {@code escape(value, field)} of the abstract query generator, i.e. the
 * column type's {@code stringify} (lib/data-types.js + lib/dialects/postgres/data-types.js) and then
 * {@code SqlString.escape(value, '+00:00', 'postgres')} (lib/sql-string.js).
 */
final class PostgresValues {
    private PostgresValues() {}

    /** Types whose prototype has {@code escape = false}: stringify's result is the SQL. */
    private static final Set<String> NO_ESCAPE = Set.of(
            "FLOAT", "DOUBLE PRECISION", "REAL", "BLOB", "GEOMETRY", "GEOGRAPHY", "HSTORE", "RANGE", "ARRAY");
    private static final Set<String> NUMBER = Set.of(
            "NUMBER", "TINYINT", "SMALLINT", "MEDIUMINT", "INTEGER", "BIGINT", "DECIMAL");

    /** What a stringify produced: a JS value to escape further, or final SQL text. */
    private record Stringified(JsValue value) {}

    /**
     * {@code escape(value, field)}: {@code methods} renders sequelize.fn/col/literal/cast;
     * {@code owner} is the table of the attribute's model (ARRAY(ENUM) casts name it).
     */
    static String escape(JsValue value, JsValue fieldType, String fieldColumn, TableRef owner,
            Function<JsMethod, String> methods) {
        if (!value.isNullish()) {
            if (value instanceof JsMethod m) return methods.apply(m);
            if (fieldType instanceof JsType t) {
                JsValue v = stringify(t, value, fieldColumn, owner);
                if (NO_ESCAPE.contains(t.key())) return v.jsString();
                value = v;
            }
        }
        return sqlString(value);
    }

    /** {@code type.stringify(value, {escape: SqlString.escape, field, timezone: '+00:00'})}. */
    static JsValue stringify(JsType t, JsValue value, String fieldColumn, TableRef owner) {
        String key = t.key();
        if (NUMBER.contains(key)) {
            // NUMBER#_stringify: numbers, bigints, booleans and nullish pass; else toString()
            if (value instanceof JsNumber || value instanceof JsBigInt || value instanceof JsBoolean || value.isNullish()) return value;
            if (value instanceof JsDate) throw new SequelizeError("Date default on " + key + " column is not supported");
            return new JsString(value.jsString());
        }
        return switch (key) {
            case "FLOAT", "DOUBLE PRECISION", "REAL" -> new JsString("'" + floatValue(value) + "'");
            case "DATE" -> {
                if (value instanceof JsNumber n && Double.isInfinite(n.value())) yield new JsString(n.value() > 0 ? "Infinity" : "-Infinity");
                yield new JsString(Moment.formatUtc(value));
            }
            case "DATEONLY" -> {
                if (value instanceof JsNumber n && Double.isInfinite(n.value())) yield new JsString(n.value() > 0 ? "Infinity" : "-Infinity");
                yield new JsString(Moment.formatDateOnly(value));
            }
            case "JSON", "JSONB" -> {
                String json = JsJson.stringify(value);
                yield json == null ? JsValue.UNDEFINED : new JsString(json);
            }
            case "HSTORE" -> new JsString("'" + hstore(value) + "'");
            case "BLOB" -> new JsString("E'\\\\x" + hex(value) + "'");
            case "GEOMETRY", "GEOGRAPHY" -> {
                String json = JsJson.stringify(value);
                yield new JsString("ST_GeomFromGeoJSON(" + sqlString(json == null ? JsValue.UNDEFINED : new JsString(json)) + ")");
            }
            case "RANGE" -> new JsString(range(t, value));
            case "ARRAY" -> new JsString(array(t, value, fieldColumn, owner));
            default -> value; // no _stringify
        };
    }

    /** The float types' {@code _value}: NaN / ±Infinity by JS coercion, else String(value). */
    private static String floatValue(JsValue value) {
        double d = toNumber(value);
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d < 0 ? "-Infinity" : "Infinity";
        return value.jsString();
    }

    /** JavaScript's Number(v) for the values a default can hold. */
    static double toNumber(JsValue v) {
        return switch (v) {
            case JsNumber n -> n.value();
            case JsBoolean b -> b.value() ? 1 : 0;
            case JsNull n -> 0;
            case JsBigInt b -> Double.parseDouble(b.digits());
            case JsDate d -> d.epochMillis() == null ? Double.NaN : d.epochMillis();
            case JsString s -> stringToNumber(s.value());
            case JsArray a -> a.size() == 0 ? 0 : a.size() == 1 ? toNumber(new JsString(a.jsString())) : Double.NaN;
            default -> Double.NaN;
        };
    }

    private static double stringToNumber(String s) {
        String t = s.strip();
        if (t.isEmpty()) return 0;
        try {
            if (t.matches("0[xX][0-9a-fA-F]+")) return Long.parseLong(t.substring(2), 16);
            if (t.matches("0[bB][01]+")) return Long.parseLong(t.substring(2), 2);
            if (t.matches("0[oO][0-7]+")) return Long.parseLong(t.substring(2), 8);
            if (t.equals("Infinity") || t.equals("+Infinity")) return Double.POSITIVE_INFINITY;
            if (t.equals("-Infinity")) return Double.NEGATIVE_INFINITY;
            if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) return Double.NaN;
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** pg-hstore stringify with sanitize (lib/dialects/postgres/hstore.js). */
    private static String hstore(JsValue value) {
        if (value instanceof JsNull) return "null";
        if (!(value instanceof JsObject o)) throw new SequelizeError("HSTORE default must be an object");
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsValue> e : o.members().entrySet()) {
            String k = '"' + sanitizeHstore(e.getKey()) + '"';
            JsValue v = e.getValue();
            if (v instanceof JsNull) parts.add(k + "=>NULL");
            else {
                String s = v instanceof JsString str ? sanitizeHstore(str.value())
                        : (v instanceof JsBoolean || v instanceof JsNumber || v instanceof JsObject || v instanceof JsArray) ? v.jsString() : "";
                parts.add(k + "=>\"" + s + '"');
            }
        }
        return String.join(",", parts);
    }

    private static String sanitizeHstore(String s) {
        return s.replace("'", "''").replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** BLOB#_stringify: Buffer, array of bytes, or Buffer.from(String(value)) as hex. */
    static String hex(JsValue value) {
        if (value instanceof JsBuffer b) return b.hex();
        if (value instanceof JsArray a) {
            StringBuilder sb = new StringBuilder();
            for (JsValue x : a.items()) sb.append(String.format("%02x", ((int) toNumber(x)) & 0xff));
            return sb.toString();
        }
        return HexFormat.of().formatHex(value.jsString().getBytes(StandardCharsets.UTF_8));
    }

    /** PG RANGE#_stringify (lib/dialects/postgres/range.js). */
    private static String range(JsType t, JsValue value) {
        JsValue subtype = t.get("options") instanceof JsObject o ? o.get("subtype") : JsValue.UNDEFINED;
        if (!(value instanceof JsArray values)) {
            JsValue v = subtype instanceof JsType st ? stringify(st, value, null, null) : value;
            String cast = PostgresDataTypes.RANGE_CAST_TYPES.get(t.get("_subtype").jsString().toLowerCase(Locale.ROOT));
            return "'" + v.jsString() + "'::" + cast;
        }
        if (values.size() == 0) return "'empty'";
        if (values.size() != 2) throw new SequelizeError("range array length must be 0 (empty) or 2 (lower and upper bounds)");
        boolean[] inclusive = {true, false};
        String[] bounds = new String[2];
        for (int i = 0; i < 2; i++) {
            JsValue v = values.get(i);
            if (v instanceof JsObject o && o.has("value")) {
                if (o.has("inclusive")) inclusive[i] = o.get("inclusive").truthy();
                v = o.get("value");
            }
            if (v instanceof JsNull) {
                bounds[i] = "";
            } else if (v instanceof JsNumber n && Double.isInfinite(n.value())) {
                bounds[i] = n.value() > 0 ? "infinity" : "-infinity";
            } else {
                JsValue s = subtype instanceof JsType st ? stringify(st, v, null, null) : new JsString(sqlString(v));
                String json = JsJson.stringify(s);
                bounds[i] = json == null ? "undefined" : json;
            }
        }
        return "'" + (inclusive[0] ? "[" : "(") + bounds[0] + "," + bounds[1] + (inclusive[1] ? "]" : ")") + "'";
    }

    /** PG's ARRAY.prototype._stringify: {@code ARRAY[…]::<type>[]}. */
    private static String array(JsType t, JsValue value, String fieldColumn, TableRef owner) {
        if (!(value instanceof JsArray values)) {
            throw new SequelizeError("values.map is not a function");
        }
        JsValue element = t.get("type");
        List<String> items = new ArrayList<>();
        for (JsValue v : values.items()) {
            if (element instanceof JsType et) {
                JsValue s = stringify(et, v, fieldColumn, owner);
                items.add(NO_ESCAPE.contains(et.key()) ? s.jsString() : sqlString(s));
            } else {
                items.add(sqlString(v));
            }
        }
        String str = "ARRAY[" + String.join(",", items) + "]";
        if (element.truthy()) {
            if (element instanceof JsType et && et.key().equals("ENUM")) {
                String schemaWithDelimiter = owner != null && owner.hasSchema()
                        ? '"' + owner.schema().replace("\"", "") + '"' + (owner.delimiter() == null ? "." : owner.delimiter()) : "";
                String table = owner == null ? "undefined" : owner.tableName();
                str += "::" + schemaWithDelimiter + '"' + ("enum_" + table + "_" + fieldColumn).replace("\"", "") + "\"[]";
            } else {
                str += "::" + PostgresDataTypes.toSql(t);
            }
        }
        return str;
    }

    /** {@code SqlString.escape(val, '+00:00', 'postgres')}. */
    static String sqlString(JsValue val) {
        return switch (val) {
            case JsUndefined u -> "NULL";
            case JsNull n -> "NULL";
            case JsBoolean b -> Boolean.toString(b.value());
            case JsNumber n -> JsNumbers.toJsString(n.value());
            case JsBigInt b -> b.digits();
            case JsString s -> "'" + s.value().replace("'", "''").replace("\0", "\\0") + "'";
            case JsDate d -> sqlString(new JsString(Moment.formatUtc(d)));
            case JsBuffer b -> "E'\\\\x" + b.hex() + "'";
            case JsArray a -> {
                // ARRAY.prototype.stringify without an element type: no cast
                List<String> items = new ArrayList<>();
                for (JsValue x : a.items()) items.add(sqlString(x));
                yield "ARRAY[" + String.join(",", items) + "]";
            }
            default -> throw new SequelizeError("Invalid value " + JsJson.inspect(val));
        };
    }
}
