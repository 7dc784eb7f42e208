package dev.sequelizeddl.ddl.postgres;

import dev.sequelizeddl.ddl.SequelizeError;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.*;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** JavaScript's {@code JSON.stringify} and {@code util.inspect} for the values a default can hold. */
public final class JsJson {
    private JsJson() {}

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** {@code JSON.stringify(v)}; null when JavaScript returns undefined. */
    public static String stringify(JsValue v) {
        StringBuilder sb = new StringBuilder();
        return write(v, sb) ? sb.toString() : null;
    }

    private static boolean write(JsValue v, StringBuilder sb) {
        switch (v) {
            case JsUndefined u -> { return false; }
            case JsFunction f -> { return false; }
            case JsSymbol s -> { return false; }
            case JsNull n -> sb.append("null");
            case JsBoolean b -> sb.append(b.value());
            case JsNumber n -> sb.append(Double.isFinite(n.value()) ? n.jsString() : "null");
            case JsBigInt b -> throw new SequelizeError("Do not know how to serialize a BigInt");
            case JsString s -> quote(s.value(), sb);
            case JsDate d -> {
                if (d.epochMillis() == null) sb.append("null");
                else quote(ISO.format(Instant.ofEpochMilli(d.epochMillis())), sb);
            }
            case JsBuffer b -> {
                sb.append("{\"type\":\"Buffer\",\"data\":[");
                String hex = b.hex();
                for (int i = 0; i + 1 < hex.length(); i += 2) {
                    if (i > 0) sb.append(',');
                    sb.append(Integer.parseInt(hex.substring(i, i + 2), 16));
                }
                sb.append("]}");
            }
            case JsArray a -> {
                sb.append('[');
                for (int i = 0; i < a.size(); i++) {
                    if (i > 0) sb.append(',');
                    if (!write(a.get(i), sb)) sb.append("null");
                }
                sb.append(']');
            }
            case JsObject o -> writeObject(o.members(), sb);
            case JsType t -> writeObject(t.fields().members(), sb);
            case JsMethod m -> writeObject(m.fields().members(), sb);
            case JsModelRef m -> { return false; }
            case JsDeferrable d -> sb.append("{}");
        }
        return true;
    }

    private static void writeObject(Map<String, JsValue> members, StringBuilder sb) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, JsValue> e : members.entrySet()) {
            int mark = sb.length();
            if (!first) sb.append(',');
            quote(e.getKey(), sb);
            sb.append(':');
            if (write(e.getValue(), sb)) first = false;
            else sb.setLength(mark);
        }
        sb.append('}');
    }

    static void quote(String s, StringBuilder sb) {
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
                    boolean loneSurrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
                            && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)));
                    if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) loneSurrogate = false;
                    if (c < 0x20 || loneSurrogate) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }

    /** {@code util.inspect(v)} for the small values that end up in "Invalid value …" messages. */
    public static String inspect(JsValue v) {
        return switch (v) {
            case JsString s -> "'" + s.value().replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
            case JsArray a -> {
                if (a.size() == 0) yield "[]";
                StringBuilder sb = new StringBuilder("[ ");
                for (int i = 0; i < a.size(); i++) {
                    if (i > 0) sb.append(", ");
                    sb.append(inspect(a.get(i)));
                }
                yield sb.append(" ]").toString();
            }
            case JsObject o -> inspectObject(o.members());
            case JsBigInt b -> b.digits() + "n";
            default -> v.jsString();
        };
    }

    private static String inspectObject(Map<String, JsValue> members) {
        if (members.isEmpty()) return "{}";
        StringBuilder sb = new StringBuilder("{ ");
        boolean first = true;
        for (Map.Entry<String, JsValue> e : members.entrySet()) {
            if (!first) sb.append(", ");
            first = false;
            String k = e.getKey();
            sb.append(k.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? k : "'" + k + "'").append(": ").append(inspect(e.getValue()));
        }
        return sb.append(" }").toString();
    }
}
