package dev.sequelizeddl.ddl;

import dev.sequelizeddl.ddl.types.DataType.StringifyContext;
import dev.sequelizeddl.ddl.types.DataTypes;
import dev.sequelizeddl.schema.JsNumbers;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.*;
import java.util.Set;

/**
 * Twin of lib/sql-string.js ({@code escape}, {@code arrayToList}) for one dialect: how a plain
 * value becomes a SQL literal. Dialect differences are the name sets Sequelize tests.
 */
public final class SqlString {

    /** Dialects that write booleans as 1/0. */
    static final Set<String> NUMERIC_BOOLEANS = Set.of("sqlite", "mssql", "oracle");
    /** Dialects that double single quotes (the others backslash-escape like MySQL). */
    static final Set<String> QUOTE_DOUBLING = Set.of("postgres", "sqlite", "mssql", "snowflake", "db2");

    private final String dialect;
    private final DataTypes types;
    private final String timeZone;

    public SqlString(Dialect dialect, DataTypes types, String timeZone) {
        this.dialect = dialect.id();
        this.types = types;
        this.timeZone = timeZone;
    }

    public String escape(JsValue val) {
        return escape(val, false);
    }

    /** {@code escape(val, timeZone, dialect, format)}. */
    public String escape(JsValue val, boolean format) {
        boolean prependN = false;
        switch (val) {
            case JsUndefined u -> { return "NULL"; }
            case JsNull n -> { return "NULL"; }
            case JsBoolean b -> {
                if (NUMERIC_BOOLEANS.contains(dialect)) return b.value() ? "1" : "0";
                return Boolean.toString(b.value());
            }
            case JsNumber n -> { return JsNumbers.toJsString(n.value()); }
            case JsBigInt b -> { return b.digits(); }
            case JsString s -> prependN = dialect.equals("mssql");
            default -> { }
        }
        StringifyContext ctx = new StringifyContext(v -> escape(v, false), timeZone, types);
        if (val instanceof JsDate) {
            val = types.classOf("DATE").stringify(null, val, ctx);
        }
        if (val instanceof JsBuffer) {
            return types.classOf("BLOB").stringify(null, val, ctx).jsString();
        }
        if (val instanceof JsArray a) {
            if (dialect.equals("postgres") && !format) {
                // ARRAY.prototype.stringify(val, { escape: partialEscape }) (postgres' ARRAY)
                return types.classOf("ARRAY").stringify(null, a,
                        new StringifyContext(v -> escape(v, format), timeZone, types)).jsString();
            }
            return arrayToList(a, format);
        }
        if (!(val instanceof JsString str)) {
            throw new SequelizeError("Invalid value " + JsText.inspect(val));
        }
        String s = str.value();
        if (QUOTE_DOUBLING.contains(dialect)) {
            s = s.replace("'", "''");
            if (dialect.equals("postgres")) s = s.replace("\0", "\\0");
        } else if (dialect.equals("oracle")) {
            throw new UnsupportedFeatureException("oracle escaping");
        } else {
            s = backslashEscape(s);
        }
        return (prependN ? "N'" : "'") + s + "'";
    }

    /** {@code arrayToList}: elements escaped and joined by ", ", nested arrays in parentheses. */
    public String arrayToList(JsArray array, boolean format) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < array.size(); i++) {
            if (i != 0) sql.append(", ");
            JsValue v = array.get(i);
            if (v instanceof JsArray inner) sql.append('(').append(arrayToList(inner, format)).append(')');
            else sql.append(escape(v, format));
        }
        return sql.toString();
    }

    static String backslashEscape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\0' -> sb.append("\\0");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\u001a' -> sb.append("\\Z");
                case '\\', '\'', '"' -> sb.append('\\').append(c);
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
