package dev.sequelizeddl.ddl.mssql;

import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.JsNumber;
import dev.sequelizeddl.schema.JsValue.JsType;
import java.util.Locale;

/**
 * {@code toSql()} of Sequelize's data types as the mssql dialect renders them (lib/data-types.js +
 * lib/dialects/mssql/data-types.js). Instances are recorded after the MSSQL constructors removed
 * lengths/UNSIGNED/ZEROFILL. Only the top level and an ARRAY's direct element are MSSQL's classes
 * ({@code normalizeDataType}); deeper types render with the base classes.
 */
final class MsSqlDataTypes {
    private MsSqlDataTypes() {}

    static String toSql(JsValue type) {
        return toSql(type, 0);
    }

    static String toSql(JsValue type, int depth) {
        if (!(type instanceof JsType t)) return type.jsString();
        if (depth <= 1) {
            String ms = msToSql(t);
            if (ms != null) return ms;
        }
        return baseToSql(t, depth);
    }

    private static String msToSql(JsType t) {
        return switch (t.key()) {
            case "BLOB" -> lengthOf(t).isEmpty() ? "VARBINARY(MAX)"
                    : lengthOf(t).toLowerCase(Locale.ROOT).equals("tiny") ? "VARBINARY(256)" : "VARBINARY(MAX)";
            case "STRING" -> t.get("_binary").truthy() ? "BINARY(" + t.get("_length").jsString() + ")"
                    : "NVARCHAR(" + t.get("_length").jsString() + ")";
            case "TEXT" -> lengthOf(t).isEmpty() ? "NVARCHAR(MAX)"
                    : lengthOf(t).toLowerCase(Locale.ROOT).equals("tiny") ? "NVARCHAR(256)" : "NVARCHAR(MAX)";
            case "BOOLEAN" -> "BIT";
            case "UUID" -> "CHAR(36)";
            case "NOW" -> "GETDATE()";
            case "DATE" -> "DATETIMEOFFSET";
            case "ENUM" -> "VARCHAR(255)";
            default -> null;
        };
    }

    /** {@code this._length} where only its truthiness and text matter. */
    private static String lengthOf(JsType t) {
        JsValue len = t.get("_length");
        return len.truthy() ? len.jsString() : "";
    }

    static String baseToSql(JsType t, int depth) {
        return switch (t.key()) {
            case "STRING" -> binary("VARCHAR(" + t.get("_length").jsString() + ")", t);
            case "CHAR" -> binary("CHAR(" + t.get("_length").jsString() + ")", t);
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

    private static String binary(String head, JsType t) {
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
        if (!p.truthy() && !s.truthy()) return "DECIMAL";
        StringBuilder sb = new StringBuilder("DECIMAL(");
        if (p.truthy()) sb.append(p.jsString());
        if (s.truthy()) sb.append(p.truthy() ? "," : "").append(s.jsString());
        return sb.append(')').toString();
    }
}
