package dev.sequelizeddl.ddl;

import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.*;
import java.util.ArrayList;
import java.util.List;

/**
 * The abstract generator's where-clause methods (whereItemsQuery, whereItemQuery,
 * _whereGroupBind, _whereBind, _whereParseSingleValueObject, _joinKeyValue, _getSafeKey) as
 * partial-index {@code where} objects and fn/cast arguments need them: no model, no bind
 * parameters, no prefix. Keys are JsString (attribute names), JsSymbol (operators, recorded as
 * {@code $op:<name>} members), JsNull/JsUndefined, or a sequelize method.
 */
final class WhereQuery {
    private final QueryGenerator qg;

    WhereQuery(QueryGenerator qg) {
        this.qg = qg;
    }

    private String op(String name) {
        return qg.operatorMap().get(name);
    }

    private static boolean isOp(JsValue key, String name) {
        return key instanceof JsSymbol s && s.description().equals(name);
    }

    // ---------------------------------------------------------------- object helpers

    /** Utils.getComplexKeys: operator symbols first, then string keys. */
    static List<JsValue> complexKeys(JsObject o) {
        List<JsValue> keys = new ArrayList<>();
        for (String k : o.members().keySet()) {
            if (k.startsWith(Operators.PREFIX) && Operators.OPS.contains(k.substring(Operators.PREFIX.length()))) {
                keys.add(new JsSymbol(k.substring(Operators.PREFIX.length())));
            }
        }
        for (String k : o.members().keySet()) {
            if (!k.startsWith(Operators.PREFIX)) keys.add(new JsString(k));
        }
        return keys;
    }

    /** Utils.getComplexSize. */
    static int complexSize(JsValue v) {
        return switch (v) {
            case JsArray a -> a.size();
            case JsObject o -> complexKeys(o).size();
            case JsString s -> s.value().length();
            case JsMethod m -> complexKeys(m.fields()).size();
            case JsType t -> complexKeys(t.fields()).size();
            case JsBuffer b -> b.hex().length() / 2;
            default -> 0;
        };
    }

    /** {@code obj[key]} for a string or symbol key. */
    static JsValue member(JsValue obj, JsValue key) {
        if (!(obj instanceof JsObject o)) return JsValue.UNDEFINED;
        if (key instanceof JsSymbol s) return o.get(Operators.PREFIX + s.description());
        if (key instanceof JsString s) return o.get(s.value());
        return JsValue.UNDEFINED;
    }

    static JsObject single(JsValue key, JsValue value) {
        JsObject o = new JsObject();
        o.put(key instanceof JsSymbol s ? Operators.PREFIX + s.description() : key.jsString(), value);
        return o;
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    // ---------------------------------------------------------------- whereItemsQuery

    String whereItemsQuery(JsValue where, String binding) {
        if (where.isNullish() || complexSize(where) == 0) return "";
        if (where instanceof JsString) throw new SequelizeError("Support for `{where: 'raw query'}` has been removed.");
        if (binding.charAt(0) != ' ') binding = " " + binding + " ";
        List<String> items = new ArrayList<>();
        if (where instanceof JsObject o) {
            for (JsValue prop : complexKeys(o)) items.add(whereItemQuery(prop, member(o, prop)));
        } else {
            items.add(whereItemQuery(JsValue.UNDEFINED, where));
        }
        List<String> kept = new ArrayList<>();
        for (String i : items) if (nonEmpty(i)) kept.add(i);
        return String.join(binding, kept);
    }

    String whereItemQuery(JsValue key, JsValue value) {
        if (value.isUndefined()) {
            throw new SequelizeError("WHERE parameter \"" + key.jsString() + "\" has invalid \"undefined\" value");
        }
        boolean isPlainObject = value instanceof JsObject;
        boolean isArray = value instanceof JsArray;
        List<JsValue> valueKeys = isPlainObject ? complexKeys((JsObject) value) : List.of();
        if (key.isUndefined()) {
            if (value instanceof JsString s) return s.value();
            if (isPlainObject && valueKeys.size() == 1) {
                return whereItemQuery(valueKeys.get(0), member(value, valueKeys.get(0)));
            }
        }
        if (value instanceof JsNull) return joinKeyValue(key, qg.escape(value), op("is"));
        if (!value.truthy()) return joinKeyValue(key, qg.escape(value), op("eq"));
        if (value instanceof JsMethod m && !(!key.isUndefined() && m.kind().equals("Fn"))) {
            return qg.handleSequelizeMethod(value);
        }
        if (key.isUndefined() && isArray) {
            if (canTreatArrayAsAnd((JsArray) value)) key = new JsSymbol("and");
            else throw new SequelizeError("Support for literal replacements in the `where` object has been removed.");
        }
        if (isOp(key, "or") || isOp(key, "and") || isOp(key, "not")) return whereGroupBind(key, value);
        JsValue or = member(value, new JsSymbol("or"));
        if (or.truthy()) return whereBind(op("or"), key, or);
        JsValue and = member(value, new JsSymbol("and"));
        if (and.truthy()) return whereBind(op("and"), key, and);
        if (isPlainObject && valueKeys.size() > 1) return whereBind(op("and"), key, value);
        if (isArray) return whereParseSingleValueObject(key, new JsSymbol("in"), value);
        if (isPlainObject) {
            JsValue first = valueKeys.get(0);
            if (first instanceof JsSymbol s && op(s.description()) != null) {
                return whereParseSingleValueObject(key, first, member(value, first));
            }
            return whereParseSingleValueObject(key, new JsString(op("eq")), value);
        }
        if (isOp(key, "placeholder")) {
            return joinKeyValue(new JsString(op("placeholder")), qg.escape(value), op("eq"));
        }
        return joinKeyValue(key, qg.escape(value), op("eq"));
    }

    private static boolean canTreatArrayAsAnd(JsArray arr) {
        for (JsValue v : arr.items()) {
            if (v instanceof JsObject || (v instanceof JsMethod m && m.kind().equals("Where"))) return true;
        }
        return false;
    }

    private String whereGroupBind(JsValue key, JsValue value) {
        String binding = isOp(key, "or") ? op("or") : op("and");
        String outerBinding = isOp(key, "not") ? "NOT " : "";
        String joined;
        if (value instanceof JsArray a) {
            List<String> parts = new ArrayList<>();
            for (JsValue item : a.items()) {
                String itemQuery = whereItemsQuery(item, op("and"));
                if (nonEmpty(itemQuery) && (item instanceof JsArray || item instanceof JsObject) && complexSize(item) > 1) {
                    itemQuery = "(" + itemQuery + ")";
                }
                if (nonEmpty(itemQuery)) parts.add(itemQuery);
            }
            joined = parts.isEmpty() ? null : String.join(binding, parts);
        } else {
            joined = whereItemsQuery(value, binding);
        }
        if ((isOp(key, "or") || isOp(key, "not")) && !nonEmpty(joined)) return "0 = 1";
        return nonEmpty(joined) ? outerBinding + "(" + joined + ")" : null;
    }

    private String whereBind(String binding, JsValue key, JsValue value) {
        List<String> parts = new ArrayList<>();
        if (value instanceof JsObject o) {
            for (JsValue prop : complexKeys(o)) parts.add(whereItemQuery(key, single(prop, member(o, prop))));
        } else if (value instanceof JsArray a) {
            for (JsValue item : a.items()) parts.add(whereItemQuery(key, item));
        } else {
            throw new SequelizeError("value.map is not a function");
        }
        parts.removeIf(p -> !nonEmpty(p));
        return parts.isEmpty() ? null : "(" + String.join(binding, parts) + ")";
    }

    private static JsValue index(JsValue v, int i) {
        if (v instanceof JsArray a) return a.get(i);
        if (v instanceof JsString s) return i < s.value().length() ? new JsString(s.value().substring(i, i + 1)) : JsValue.UNDEFINED;
        return JsValue.UNDEFINED;
    }

    private String whereParseSingleValueObject(JsValue key, JsValue prop, JsValue value) {
        if (isOp(prop, "not")) {
            if (value instanceof JsArray) prop = new JsSymbol("notIn");
            else if (!(value instanceof JsNull) && !(value instanceof JsBoolean)) prop = new JsSymbol("ne");
        }
        String comparator = prop instanceof JsSymbol s && op(s.description()) != null ? op(s.description()) : op("eq");
        String name = prop instanceof JsSymbol s ? s.description() : "";
        switch (name) {
            case "in", "notIn" -> {
                if (value instanceof JsMethod m && m.kind().equals("Literal")) {
                    return joinKeyValue(key, m.get("val").jsString(), comparator);
                }
                if (!(value instanceof JsArray a)) {
                    throw new SequelizeError("value.map is not a function");
                }
                if (a.size() > 0) {
                    List<String> items = new ArrayList<>();
                    for (JsValue item : a.items()) items.add(qg.escape(item));
                    return joinKeyValue(key, "(" + String.join(", ", items) + ")", comparator);
                }
                if (comparator.equals(op("in"))) return joinKeyValue(key, "(NULL)", comparator);
                return "";
            }
            case "any", "all" -> {
                comparator = op("eq") + " " + comparator;
                JsValue values = member(value, new JsSymbol("values"));
                if (values.truthy()) {
                    if (!(values instanceof JsArray va)) throw new SequelizeError("value[Op.values].map is not a function");
                    List<String> items = new ArrayList<>();
                    for (JsValue item : va.items()) items.add("(" + qg.escape(item) + ")");
                    return joinKeyValue(key, "(VALUES " + String.join(", ", items) + ")", comparator);
                }
                return joinKeyValue(key, "(" + qg.escape(value) + ")", comparator);
            }
            case "between", "notBetween" -> {
                return joinKeyValue(key, qg.escape(index(value, 0)) + " AND " + qg.escape(index(value, 1)), comparator);
            }
            case "raw" -> throw new SequelizeError("The `$raw` where property is no longer supported.  Use `sequelize.literal` instead.");
            case "col" -> {
                if (!(value instanceof JsString s)) throw new SequelizeError("value.split is not a function");
                String[] parts = s.value().split("\\.", -1);
                List<String> ids = new ArrayList<>();
                if (parts.length > 2) {
                    ids.add(String.join("->", java.util.Arrays.copyOf(parts, parts.length - 1)));
                    ids.add(parts[parts.length - 1]);
                } else {
                    ids.addAll(List.of(parts));
                }
                List<String> quoted = new ArrayList<>();
                for (String id : ids) quoted.add(qg.quoteIdentifier(id));
                return joinKeyValue(key, String.join(".", quoted), op("eq"));
            }
            case "startsWith", "endsWith", "substring" -> {
                JsValue v = value instanceof JsMethod m && m.kind().equals("Literal") ? m.get("val") : value;
                String pattern = switch (name) {
                    case "endsWith" -> "%" + v.jsString();
                    case "substring" -> "%" + v.jsString() + "%";
                    default -> v.jsString() + "%";
                };
                return joinKeyValue(key, qg.escape(new JsString(pattern)), op("like"));
            }
            default -> { }
        }
        if (value instanceof JsObject o) {
            if (member(o, new JsSymbol("col")).truthy()) {
                return joinKeyValue(key, whereItemQuery(JsValue.NULL, value), comparator);
            }
            JsValue any = member(o, new JsSymbol("any"));
            if (any.truthy()) return joinKeyValue(key, "(" + qg.escape(any) + ")", comparator + " " + op("any"));
            JsValue all = member(o, new JsSymbol("all"));
            if (all.truthy()) return joinKeyValue(key, "(" + qg.escape(all) + ")", comparator + " " + op("all"));
        }
        if (value instanceof JsNull && comparator.equals(op("eq"))) return joinKeyValue(key, qg.escape(value), op("is"));
        if (value instanceof JsNull && comparator.equals(op("ne"))) return joinKeyValue(key, qg.escape(value), op("not"));
        return joinKeyValue(key, qg.escape(value), comparator);
    }

    private String joinKeyValue(JsValue key, String value, String comparator) {
        if (!key.truthy()) return value;
        if (comparator == null) throw new SequelizeError(key.jsString() + " and " + value + " has no comparator");
        return getSafeKey(key) + " " + comparator + " " + (value == null ? "" : value);
    }

    private String getSafeKey(JsValue key) {
        if (key instanceof JsMethod) return qg.handleSequelizeMethod(key);
        if (!(key instanceof JsString s)) throw new SequelizeError("s.replace is not a function");
        String k = s.value();
        if (k.length() >= 2 && k.startsWith("$") && k.endsWith("$")) { // Utils.isColString
            String[] parts = k.substring(1, k.length() - 1).split("\\.", -1);
            List<String> ids = new ArrayList<>();
            if (parts.length > 2) {
                ids.add(String.join("->", java.util.Arrays.copyOf(parts, parts.length - 1)));
                ids.add(parts[parts.length - 1]);
            } else {
                ids.addAll(List.of(parts));
            }
            List<String> quoted = new ArrayList<>();
            for (String id : ids) quoted.add(qg.quoteIdentifier(id));
            return String.join(".", quoted);
        }
        return qg.quoteIdentifier(k);
    }

    // ---------------------------------------------------------------- sequelize.where(...)

    /** The {@code Utils.Where} branch of handleSequelizeMethod. */
    String whereMethod(JsMethod smth) {
        JsValue comparatorValue = smth.get("comparator");
        String comparator;
        if (comparatorValue instanceof JsSymbol s) {
            comparator = op(s.description());
            if (comparator == null) throw new SequelizeError("Cannot convert a Symbol value to a string");
        } else {
            comparator = comparatorValue.jsString();
        }
        JsValue attribute = smth.get("attribute");
        JsValue value = smth.get("logic");
        String key;
        if (attribute instanceof JsMethod) {
            key = qg.handleSequelizeMethod(attribute);
        } else if (attribute instanceof JsObject a && a.get("Model") instanceof JsModelRef m) {
            JsValue f = a.get("field").truthy() ? a.get("field") : a.get("fieldName");
            key = qg.quoteTableParam(new JsString(m.name())) + "." + qg.quoteIdentifier(f.jsString());
        } else {
            throw new SequelizeError("Cannot read properties of undefined (reading 'name')");
        }
        if (value instanceof JsMethod) {
            String v = qg.handleSequelizeMethod(value);
            if (v.equals("NULL")) {
                if (comparator.equals("=")) comparator = "IS";
                if (comparator.equals("!=")) comparator = "IS NOT";
            }
            return key + " " + comparator + " " + v;
        }
        if (value instanceof JsObject) return whereItemQuery(attribute, value);
        String v;
        if (comparator.equals(op("between")) || comparator.equals(op("notBetween"))) {
            v = qg.escape(index(value, 0)) + " AND " + qg.escape(index(value, 1));
        } else if (value instanceof JsBoolean b) {
            v = qg.booleanValue(b.value());
        } else {
            v = qg.escape(value);
        }
        if (v.equals("NULL")) {
            if (comparator.equals("=")) comparator = "IS";
            if (comparator.equals("!=")) comparator = "IS NOT";
        }
        return key + " " + comparator + " " + v;
    }
}
