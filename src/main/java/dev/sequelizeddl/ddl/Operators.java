package dev.sequelizeddl.ddl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sequelize's {@code Op} symbols (lib/operators.js) by description, and the abstract generator's
 * {@code OperatorMap} (query-generator/operators.js). Symbol-keyed members reach Java as
 * {@code "$op:<description>"} object members.
 */
public final class Operators {
    private Operators() {}

    public static final String PREFIX = "$op:";

    /** {@code operatorsSet}: only these symbols count as operators (getOperators). */
    public static final Set<String> OPS = Set.copyOf(List.of("eq", "ne", "gte", "gt", "lte", "lt", "not", "is",
            "in", "notIn", "like", "notLike", "iLike", "notILike", "startsWith", "endsWith", "substring",
            "regexp", "notRegexp", "iRegexp", "notIRegexp", "between", "notBetween", "overlap", "contains",
            "contained", "adjacent", "strictLeft", "strictRight", "noExtendRight", "noExtendLeft", "and", "or",
            "any", "all", "values", "col", "placeholder", "join", "match"));

    /** The abstract {@code OperatorMap}. */
    public static final Map<String, String> BASE_MAP = base();

    private static Map<String, String> base() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("eq", "=");
        m.put("ne", "!=");
        m.put("gte", ">=");
        m.put("gt", ">");
        m.put("lte", "<=");
        m.put("lt", "<");
        m.put("not", "IS NOT");
        m.put("is", "IS");
        m.put("in", "IN");
        m.put("notIn", "NOT IN");
        m.put("like", "LIKE");
        m.put("notLike", "NOT LIKE");
        m.put("iLike", "ILIKE");
        m.put("notILike", "NOT ILIKE");
        m.put("startsWith", "LIKE");
        m.put("endsWith", "LIKE");
        m.put("substring", "LIKE");
        m.put("regexp", "~");
        m.put("notRegexp", "!~");
        m.put("iRegexp", "~*");
        m.put("notIRegexp", "!~*");
        m.put("between", "BETWEEN");
        m.put("notBetween", "NOT BETWEEN");
        m.put("overlap", "&&");
        m.put("contains", "@>");
        m.put("contained", "<@");
        m.put("adjacent", "-|-");
        m.put("strictLeft", "<<");
        m.put("strictRight", ">>");
        m.put("noExtendRight", "&<");
        m.put("noExtendLeft", "&>");
        m.put("any", "ANY");
        m.put("all", "ALL");
        m.put("and", " AND ");
        m.put("or", " OR ");
        m.put("col", "COL");
        m.put("placeholder", "$$PLACEHOLDER$$");
        m.put("match", "@@");
        return Map.copyOf(m);
    }

    /** A copy of {@code base} with some entries replaced (a dialect constructor's spread). */
    public static Map<String, String> with(Map<String, String> base, Map<String, String> overrides) {
        Map<String, String> m = new LinkedHashMap<>(base);
        m.putAll(overrides);
        return Map.copyOf(m);
    }
}
