package dev.sequelizeddl.ddl;

import dev.sequelizeddl.schema.JsNumbers;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.*;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** JavaScript string built-ins the generators rely on, with JavaScript's exact semantics. */
public final class JsText {
    private JsText() {}

    /** {@code String.prototype.trim}: JS white space and line terminators (not Java's isWhitespace). */
    public static String trim(String s) {
        int b = 0, e = s.length();
        while (b < e && isJsSpace(s.charAt(b))) b++;
        while (e > b && isJsSpace(s.charAt(e - 1))) e--;
        return s.substring(b, e);
    }

    static boolean isJsSpace(char c) {
        return c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == ' ' || c == 0xA0
                || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
                || c == 0x205F || c == 0x3000 || c == 0xFEFF;
    }

    /** {@code String.prototype.toUpperCase} (locale-independent). */
    public static String upper(String s) {
        return s.toUpperCase(java.util.Locale.ROOT);
    }

    /** Sequelize's {@code Utils.joinSQLFragments}: drop falsy parts, trim, join with single spaces. */
    public static String joinSqlFragments(Object... parts) {
        StringBuilder sb = new StringBuilder();
        boolean skipNextLeadingSpace = true;
        for (Object p : parts) {
            if (p == null || p instanceof Boolean) continue;
            String part = trim(p.toString());
            if (part.isEmpty()) continue;
            if (skipNextLeadingSpace || part.startsWith(";") || part.startsWith(",") || part.startsWith(")")) {
                sb.append(part);
            } else {
                sb.append(' ').append(part);
            }
            skipNextLeadingSpace = part.endsWith("(");
        }
        return sb.toString();
    }

    /** {@code JSON.stringify(v)}; null where JavaScript returns undefined. */
    public static String jsonStringify(JsValue v) {
        StringBuilder sb = new StringBuilder();
        return json(v, sb) ? sb.toString() : null;
    }

    private static boolean json(JsValue v, StringBuilder sb) {
        switch (v) {
            case JsUndefined u -> { return false; }
            case JsFunction f -> { return false; }
            case JsModelRef m -> { return false; }
            case JsSymbol s -> { return false; }
            case JsNull n -> sb.append("null");
            case JsBoolean b -> sb.append(b.value());
            case JsNumber n -> sb.append(Double.isFinite(n.value()) ? JsNumbers.toJsString(n.value()) : "null");
            case JsBigInt b -> throw new SequelizeError("Do not know how to serialize a BigInt");
            case JsString s -> quoteJson(s.value(), sb);
            case JsDate d -> {
                if (d.epochMillis() == null) sb.append("null");
                else quoteJson(isoString(d.epochMillis()), sb);
            }
            case JsBuffer b -> {
                sb.append("{\"type\":\"Buffer\",\"data\":[");
                byte[] bytes = hexBytes(b.hex());
                for (int i = 0; i < bytes.length; i++) {
                    if (i > 0) sb.append(',');
                    sb.append(bytes[i] & 0xFF);
                }
                sb.append("]}");
            }
            case JsArray a -> {
                sb.append('[');
                for (int i = 0; i < a.size(); i++) {
                    if (i > 0) sb.append(',');
                    if (!json(a.get(i), sb)) sb.append("null");
                }
                sb.append(']');
            }
            case JsObject o -> jsonObject(o, sb);
            case JsType t -> jsonObject(t.fields(), sb);
            case JsMethod m -> jsonObject(m.fields(), sb);
            case JsDeferrable d -> sb.append("{}");
        }
        return true;
    }

    private static void jsonObject(JsObject o, StringBuilder sb) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, JsValue> e : o.members().entrySet()) {
            if (e.getKey().startsWith("$op:")) continue; // symbol keys are skipped
            int mark = sb.length();
            if (!first) sb.append(',');
            quoteJson(e.getKey(), sb);
            sb.append(':');
            if (json(e.getValue(), sb)) first = false;
            else sb.setLength(mark);
        }
        sb.append('}');
    }

    static void quoteJson(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1)));
                    if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) lone = false;
                    if (c < 0x20 || lone) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }

    /** {@code Date.prototype.toISOString}. */
    public static String isoString(long epochMillis) {
        Instant i = Instant.ofEpochMilli(epochMillis);
        int year = i.atOffset(ZoneOffset.UTC).getYear();
        String rest = DateTimeFormatter.ofPattern("-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC).format(i);
        String y = year >= 0 && year <= 9999 ? String.format("%04d", year)
                : (year < 0 ? "-" : "+") + String.format("%06d", Math.abs(year));
        return y + rest;
    }

    public static byte[] hexBytes(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    /**
     * {@code util.inspect(value, {depth: 1})} as Sequelize's logger.inspect calls it, for error
     * messages ({@code Invalid value …}): Node's quoting, {@code [Object]} below depth 1, and the
     * 80-column single-line rule (long arrays are not grouped into columns as Node does).
     */
    public static String inspect(JsValue v) {
        return inspect(v, 0, 0);
    }

    private static String inspect(JsValue v, int depth, int indent) {
        return switch (v) {
            case JsString s -> inspectString(s.value());
            case JsNumber n -> n.value() == 0 && 1 / n.value() < 0 ? "-0" : n.jsString();
            case JsBigInt b -> b.digits() + "n";
            case JsDate d -> d.epochMillis() == null ? "Invalid Date" : isoString(d.epochMillis());
            case JsBuffer b -> {
                StringBuilder sb = new StringBuilder("<Buffer");
                int n = b.hex().length() / 2;
                for (int i = 0; i < Math.min(n, 50); i++) sb.append(' ').append(b.hex(), 2 * i, 2 * i + 2);
                if (n > 50) sb.append(" ... ").append(n - 50).append(" more byte").append(n - 50 > 1 ? "s" : "");
                yield sb.append('>').toString();
            }
            case JsFunction f -> f.name().isEmpty() ? "[Function (anonymous)]" : "[Function: " + f.name() + "]";
            case JsModelRef m -> "[class " + m.name() + " extends Model]";
            case JsSymbol s -> "Symbol(" + s.description() + ")";
            case JsArray a -> {
                if (depth > 1) yield "[Array]";
                java.util.List<String> entries = new java.util.ArrayList<>();
                for (JsValue item : a.items()) entries.add(inspect(item, depth + 1, indent + 2));
                yield reduceToSingleString(entries, "", "[", "]", indent);
            }
            case JsObject o -> depth > 1 ? "[Object]" : inspectObject("", o, depth, indent);
            case JsMethod m -> depth > 1 ? "[" + m.kind() + "]" : inspectObject(m.kind(), m.fields(), depth, indent);
            case JsType t -> depth > 1 ? "[" + t.key() + "]" : inspectObject(t.key(), t.fields(), depth, indent);
            default -> v.jsString();
        };
    }

    private static String inspectObject(String base, JsObject o, int depth, int indent) {
        java.util.List<String> entries = new java.util.ArrayList<>();
        java.util.List<String> symbols = new java.util.ArrayList<>();
        for (Map.Entry<String, JsValue> e : o.members().entrySet()) {
            String k = e.getKey();
            String value = inspect(e.getValue(), depth + 1, indent + 2);
            if (k.startsWith("$op:")) {
                symbols.add("[Symbol(" + k.substring(4) + ")]: " + value);
            } else {
                entries.add((k.matches("[A-Za-z_][A-Za-z_0-9]*") ? k : inspectString(k)) + ": " + value);
            }
        }
        entries.addAll(symbols);
        if (entries.isEmpty()) return base.isEmpty() ? "{}" : base + " {}";
        return reduceToSingleString(entries, base, "{", "}", indent);
    }

    /** Node's reduceToSingleString with breakLength 80 (isBelowBreakLength). */
    private static String reduceToSingleString(java.util.List<String> output, String base, String open, String close, int indent) {
        if (output.isEmpty()) return (base.isEmpty() ? "" : base + " ") + open + close;
        int start = output.size() + indent + open.length() + base.length() + 10;
        int total = output.size() + start;
        boolean single = total + output.size() <= 80;
        for (String e : output) {
            total += e.length();
            if (e.contains("\n")) single = false;
        }
        String prefix = base.isEmpty() ? "" : base + " ";
        if (single && total <= 80) return prefix + open + " " + String.join(", ", output) + " " + close;
        String ind = "\n" + " ".repeat(indent);
        return prefix + open + ind + "  " + String.join("," + ind + "  ", output) + ind + close;
    }

    /** Node's strEscape: single quotes unless the string has some (then " or `). */
    private static String inspectString(String s) {
        char q = '\'';
        if (s.indexOf('\'') >= 0) {
            if (s.indexOf('"') < 0) q = '"';
            else if (s.indexOf('`') < 0 && !s.contains("${")) q = '`';
        }
        StringBuilder sb = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') sb.append('\\').append(c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\t') sb.append("\\t");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\b') sb.append("\\b");
            else if (c == '\f') sb.append("\\f");
            else if (c == 0x0B) sb.append("\\v");
            else if (c < 0x20 || c == 0x7F) sb.append(String.format("\\x%02X", (int) c));
            else sb.append(c);
        }
        return sb.append(q).toString();
    }

    /** {@code Number(v)} (ToNumber); throws like JavaScript for a BigInt. */
    public static double toNumber(JsValue v) {
        return switch (v) {
            case JsUndefined u -> Double.NaN;
            case JsNull n -> 0;
            case JsBoolean b -> b.value() ? 1 : 0;
            case JsNumber n -> n.value();
            case JsString s -> stringToNumber(s.value());
            case JsBigInt b -> throw new SequelizeError("Cannot convert a BigInt value to a number");
            case JsDate d -> d.epochMillis() == null ? Double.NaN : d.epochMillis();
            case JsArray a -> stringToNumber(a.jsString());
            case JsSymbol s -> throw new SequelizeError("Cannot convert a Symbol value to a number");
            default -> Double.NaN;
        };
    }

    /** StringToNumber of ECMAScript. */
    public static double stringToNumber(String raw) {
        String s = trim(raw);
        if (s.isEmpty()) return 0;
        switch (s) {
            case "Infinity", "+Infinity": return Double.POSITIVE_INFINITY;
            case "-Infinity": return Double.NEGATIVE_INFINITY;
            default: break;
        }
        if (s.length() > 2 && s.charAt(0) == '0') {
            int radix = switch (s.charAt(1)) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 0;
            };
            if (radix != 0) {
                try {
                    return new java.math.BigInteger(s.substring(2), radix).doubleValue();
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
            }
        }
        if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) return Double.NaN;
        return Double.parseDouble(s);
    }

    /** {@code Date.prototype.toString} in the process's time zone (Node/ICU long zone names). */
    public static String dateString(Long epochMillis) {
        if (epochMillis == null) return "Invalid Date";
        java.time.ZonedDateTime t = Instant.ofEpochMilli(epochMillis).atZone(java.time.ZoneId.systemDefault());
        java.util.TimeZone tz = java.util.TimeZone.getTimeZone(t.getZone());
        boolean dst = t.getZone().getRules().isDaylightSavings(t.toInstant());
        int y = t.getYear();
        String year = y < 0 ? "-" + String.format("%06d", -y) : String.format("%04d", y);
        return DateTimeFormatter.ofPattern("EEE MMM dd ", java.util.Locale.US).format(t) + year
                + DateTimeFormatter.ofPattern(" HH:mm:ss 'GMT'xx", java.util.Locale.US).format(t)
                + " (" + tz.getDisplayName(dst, java.util.TimeZone.LONG, java.util.Locale.US) + ")";
    }

    /** {@code String(v)} where JavaScript's differs from {@link JsValue#jsString()} (Dates). */
    public static String string(JsValue v) {
        return v instanceof JsDate d ? dateString(d.epochMillis()) : v.jsString();
    }
}
