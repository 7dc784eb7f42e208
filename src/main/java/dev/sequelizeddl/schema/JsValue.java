package dev.sequelizeddl.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value as the shim (or real Sequelize) held it, decoded from the schema JSON
 * (docs/schema-json.md). Sequelize's generators test JavaScript truthiness and
 * stringify values; these types keep enough of JavaScript's semantics to port them faithfully.
 */
public sealed interface JsValue {

    /** JavaScript truthiness. */
    boolean truthy();

    /** {@code String(v)} in JavaScript. */
    String jsString();

    default boolean isUndefined() {
        return this instanceof JsUndefined;
    }

    default boolean isNullish() {
        return this instanceof JsUndefined || this instanceof JsNull;
    }

    JsUndefined UNDEFINED = new JsUndefined();
    JsNull NULL = new JsNull();

    record JsUndefined() implements JsValue {
        public boolean truthy() { return false; }
        public String jsString() { return "undefined"; }
    }

    record JsNull() implements JsValue {
        public boolean truthy() { return false; }
        public String jsString() { return "null"; }
    }

    record JsBoolean(boolean value) implements JsValue {
        public boolean truthy() { return value; }
        public String jsString() { return Boolean.toString(value); }
    }

    /** A JavaScript number (a double); {@link #jsString()} formats it as JavaScript does. */
    record JsNumber(double value) implements JsValue {
        public boolean truthy() { return value != 0 && !Double.isNaN(value); }
        public String jsString() { return JsNumbers.toJsString(value); }
    }

    record JsString(String value) implements JsValue {
        public boolean truthy() { return !value.isEmpty(); }
        public String jsString() { return value; }
    }

    record JsBigInt(String digits) implements JsValue {
        public boolean truthy() { return !new BigDecimal(digits).equals(BigDecimal.ZERO); }
        public String jsString() { return digits; }
    }

    /** A Date; {@code epochMillis} is null for an invalid date. */
    record JsDate(Long epochMillis) implements JsValue {
        public boolean truthy() { return true; }
        public String jsString() { return epochMillis == null ? "Invalid Date" : "Date(" + epochMillis + ")"; }
    }

    record JsBuffer(String hex) implements JsValue {
        public boolean truthy() { return true; }
        public String jsString() { return hex; }
    }

    record JsFunction(String name) implements JsValue {
        public boolean truthy() { return true; }
        public String jsString() { return "function " + name + "() {}"; }
    }

    record JsSymbol(String description) implements JsValue {
        public boolean truthy() { return true; }
        public String jsString() { return "Symbol(" + description + ")"; }
    }

    /** A Model class used as a value (e.g. {@code references.model} before Sequelize resolved it). */
    record JsModelRef(String name) implements JsValue {
        public boolean truthy() { return true; }
        public String jsString() { return name; }
    }

    /** {@code Sequelize.Deferrable.X}; {@code name} is the class name, e.g. INITIALLY_DEFERRED. */
    record JsDeferrable(String name) implements JsValue {
        public boolean truthy() { return true; }
        public String jsString() { return name; }
    }

    /** A DataType instance: its key and its own fields (options, _length, _binary, values, type …). */
    record JsType(String key, JsObject fields) implements JsValue {
        public boolean truthy() { return true; }
        public String jsString() { return key; }
        public JsValue get(String field) { return fields.get(field); }
    }

    /** sequelize.fn/col/literal/cast/json/where: {@code kind} is Fn, Col, Literal, Cast, Json or Where. */
    record JsMethod(String kind, JsObject fields) implements JsValue {
        public boolean truthy() { return true; }
        public String jsString() { return "[object Object]"; }
        public JsValue get(String field) { return fields.get(field); }
    }

    record JsArray(List<JsValue> items) implements JsValue {
        public JsArray { items = new ArrayList<>(items); }
        public boolean truthy() { return true; }
        /** Array.prototype.toString: elements joined by ",", nullish as empty. */
        public String jsString() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) sb.append(',');
                JsValue v = items.get(i);
                if (!v.isNullish()) sb.append(v.jsString());
            }
            return sb.toString();
        }
        public int size() { return items.size(); }
        public JsValue get(int i) { return i < items.size() ? items.get(i) : UNDEFINED; }
    }

    /** A plain object; members keep their order. Missing members read as undefined. */
    record JsObject(Map<String, JsValue> members) implements JsValue {
        public JsObject { members = new LinkedHashMap<>(members); }
        public JsObject() { this(new LinkedHashMap<>()); }
        public boolean truthy() { return true; }
        public String jsString() { return "[object Object]"; }
        public JsValue get(String key) { return members.getOrDefault(key, UNDEFINED); }
        public boolean has(String key) { return members.containsKey(key); }
        public JsObject copy() { return new JsObject(members); }
        public void put(String key, JsValue v) { members.put(key, v); }
        /** The member as a string when it is one, else null. */
        public String string(String key) { return get(key) instanceof JsString s ? s.value() : null; }
    }

    static JsValue of(String s) { return s == null ? NULL : new JsString(s); }
    static JsValue of(boolean b) { return new JsBoolean(b); }
}
