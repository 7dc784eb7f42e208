package dev.sequelizeddl.ddl;

import dev.sequelizeddl.ddl.types.BaseTypes;
import dev.sequelizeddl.ddl.types.DataType;
import dev.sequelizeddl.ddl.types.DataTypes;
import dev.sequelizeddl.schema.Attribute;
import dev.sequelizeddl.schema.JsNumbers;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.*;
import dev.sequelizeddl.schema.Model;
import dev.sequelizeddl.schema.TableRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Java twin of Sequelize 6's query generators (lib/dialects/&lt;dialect&gt;/query-generator.js):
 * the methods the reference provider calls, with the same names and the same two string stages
 * (one fragment per column, then text surgery in the table statement). One subclass per dialect;
 * MariaDB extends MySQL. Shared pieces (escaping, sequelize.fn/col/literal/cast, where clauses of
 * partial indexes, addIndexQuery, table quoting) live here as in Sequelize's abstract generator;
 * dialect differences are data ({@link Supports}, the {@link DataTypes} table, the operator map).
 */
public abstract class QueryGenerator {

    /** Sequelize's default {@code options.timezone}; the provider never changes it. */
    public static final String TIMEZONE = "+00:00";

    private final WhereQuery where = new WhereQuery(this);
    /** Where the lines Sequelize logs with console.log while generating go (stderr in the CLI). */
    private java.util.function.Consumer<String> log = line -> {};

    public final QueryGenerator log(java.util.function.Consumer<String> sink) {
        this.log = sink;
        return this;
    }

    /** A line Sequelize would print on stdout while generating; we never mix it into the DDL. */
    protected final void logLine(String line) {
        log.accept(line);
    }
    private SqlString sqlString;

    /** The dialect, by the name the provider's --dialect flag takes. */
    public abstract Dialect dialect();

    /** The dialect's {@code supports} table. */
    public Supports supports() {
        return Supports.of(dialect());
    }

    /** The dialect's DataType table ({@code sequelize.dialect.DataTypes} over the base types). */
    public DataTypes types() {
        return DataTypes.BASE;
    }

    /** lib/sql-string.js bound to this dialect, its DataType table and the timezone option. */
    public SqlString sqlString() {
        if (sqlString == null) sqlString = new SqlString(dialect(), types(), TIMEZONE);
        return sqlString;
    }

    /** {@code this.OperatorMap}, by Op description. */
    public Map<String, String> operatorMap() {
        return Operators.BASE_MAP;
    }

    // ---------------------------------------------------------------- stages the provider calls

    /**
     * {@code attributesToSQL(model.getAttributes(), {...model.options, withoutForeignKeyConstraints})}:
     * column key (field) → stage-A fragment, in attribute order. May mutate the given attributes
     * where Sequelize does (MSSQL's onDelete/onUpdate rewrite), so callers pass copies.
     */
    public abstract LinkedHashMap<String, String> attributesToSQL(Model model, List<Attribute> attributes,
            JsObject options, boolean withoutForeignKeyConstraints);

    /**
     * {@code createTableQuery(tableName, attributes, options)}: stage B, one statement. The
     * provider passes {@code {...model.options}}; we pass {@link Corrections#uniqueKeyOptions(Model)}. Sequelize's
     * text surgery ({@link #createTableStatement}) runs with the fragments' quoted text kept out of its
     * reach, a deliberate difference ({@link QuotedText}, oracle note (n)). The map may be changed (PostgreSQL
     * cuts the comments out of it, as Sequelize does): callers pass maps they do not reuse.
     */
    public final String createTableQuery(TableRef table, LinkedHashMap<String, String> attributes, JsObject options) {
        QuotedText quoted = QuotedText.mask(dialect(), attributes);
        if (quoted == null) return createTableStatement(table, attributes, options);
        return quoted.restore(createTableStatement(table, quoted.fragments(), options));
    }

    /** Sequelize's {@code createTableQuery(tableName, attributes, options)} of the dialect, surgery and all. */
    protected abstract String createTableStatement(TableRef table, LinkedHashMap<String, String> attributes, JsObject options);

    /**
     * The provider's cyclic second pass: {@code attributesToSQL({[key]: normalizeAttribute(attr)},
     * {context:'changeColumn', table})} then {@code changeColumnQuery(table, thatMap)}.
     */
    public abstract String changeColumnQuery(Model model, Attribute attribute);

    /**
     * The options {@code sequelize.sync()} hands to createTableQuery (query-interface.js
     * createTable): {@code {...model.options}} where every {@code options.uniqueKeys} entry has
     * {@code customIndex} defaulted to true, or, without that option, {@code model.uniqueKeys}
     * (named {@code unique:} attributes). A deliberate difference from the provider, which passes
     * the options untouched and so drops named unique keys.
     */
    public static JsObject syncUniqueKeys(Model model) {
        JsObject options = model.options().copy();
        JsValue uniqueKeys = options.get("uniqueKeys");
        if (uniqueKeys.truthy()) {
            if (uniqueKeys instanceof JsObject keys) {
                JsObject copy = new JsObject();
                for (Map.Entry<String, JsValue> e : keys.members().entrySet()) {
                    JsValue v = e.getValue();
                    if (v instanceof JsObject entry && entry.get("customIndex").isUndefined()) {
                        JsObject withFlag = entry.copy();
                        withFlag.put("customIndex", new JsBoolean(true));
                        v = withFlag;
                    }
                    copy.put(e.getKey(), v);
                }
                options.put("uniqueKeys", copy);
            } else if (uniqueKeys instanceof JsArray arr) {
                List<JsValue> items = new ArrayList<>();
                for (JsValue v : arr.items()) {
                    if (v instanceof JsObject entry && entry.get("customIndex").isUndefined()) {
                        JsObject withFlag = entry.copy();
                        withFlag.put("customIndex", new JsBoolean(true));
                        v = withFlag;
                    }
                    items.add(v);
                }
                options.put("uniqueKeys", new JsArray(items));
            }
        } else {
            options.put("uniqueKeys", model.uniqueKeys());
        }
        return options;
    }

    // ---------------------------------------------------------------- quoting

    /**
     * The dialect's {@code quoteIdentifier(identifier)}. Sequelize wraps it ({@code _initQuoteIdentifier})
     * so that {@code *} stays bare; implementations do that too.
     */
    public abstract String quoteIdentifier(String identifier);

    /** {@code quoteIdentifiers}: {@code a.b.c} → quoted {@code a->b} . quoted {@code c}. */
    public String quoteIdentifiers(String identifiers) {
        if (identifiers.contains(".")) {
            String[] parts = identifiers.split("\\.", -1);
            String head = String.join("->", java.util.Arrays.asList(parts).subList(0, parts.length - 1));
            return quoteIdentifier(head) + "." + quoteIdentifier(parts[parts.length - 1]);
        }
        return quoteIdentifier(identifiers);
    }

    /** {@code quoteTable(table)} for what getTableName() returned. */
    public String quoteTable(TableRef table) {
        return quoteTable(table.tableName(), table.schema(), table.delimiter());
    }

    /**
     * {@code quoteTable(param)} for a recorded value: a table name string or a
     * {@code {tableName, schema, delimiter}} object (e.g. {@code references.model}).
     */
    public String quoteTableParam(JsValue param) {
        if (param instanceof JsString s) return quoteIdentifier(s.value());
        if (param instanceof JsObject o) {
            JsValue schema = o.get("schema");
            JsValue delimiter = o.get("delimiter");
            return quoteTable(o.get("tableName").jsString(), schema.truthy() ? schema.jsString() : null,
                    delimiter.truthy() ? delimiter.jsString() : null);
        }
        if (param instanceof JsModelRef m) {
            throw new UnsupportedFeatureException("a Model class as a table reference (" + m.name() + ")");
        }
        return quoteIdentifier(param.jsString());
    }

    /** The abstract quoteTable: with schema support {@code "schema"."table"}, else one identifier {@code schema<delimiter>table}. */
    protected String quoteTable(String tableName, String schema, String delimiter) {
        boolean hasSchema = schema != null && !schema.isEmpty();
        if (supports().schemas()) {
            return (hasSchema ? quoteIdentifier(schema) + "." : "") + quoteIdentifier(tableName);
        }
        String t = (hasSchema ? schema + (delimiter == null || delimiter.isEmpty() ? "." : delimiter) : "") + tableName;
        return quoteIdentifier(t);
    }

    /**
     * {@code String(model.getTableName())}: the bare name, or for a schema-qualified table the
     * object's toString(), which is its quoted form (the PG enum-name quirk depends on it).
     */
    public String tableNameString(TableRef table) {
        return table.hasSchema() ? quoteTable(table) : table.tableName();
    }

    // ---------------------------------------------------------------- escaping

    /** {@code escape(value)} as the dialect's generator does for defaults without a column type. */
    public String escape(JsValue value) {
        return escape(value, null);
    }

    /**
     * The abstract {@code escape(value, field)}: SequelizeMethods are rendered; with a field its
     * type's {@code stringify} runs first (and a type with {@code escape === false} returns that).
     */
    public String escape(JsValue value, JsObject field) {
        return escape(value, field, null);
    }

    /** {@code escape(value, field)} where {@code table} is {@code field.Model.getTableName()}. */
    public String escape(JsValue value, JsObject field, TableRef table) {
        if (!value.isNullish()) {
            if (value instanceof JsMethod m) return handleSequelizeMethod(m);
            JsValue type = field == null ? JsValue.UNDEFINED : field.get("type");
            if (type.truthy()) {
                if (types().isA(type, BaseTypes.StringType.class) && STRING_NUMBER_COERCION.contains(dialect().id())
                        && (value instanceof JsNumber || value instanceof JsBoolean)) {
                    value = new JsString(JsNumbers.toJsString(JsText.toNumber(value)));
                }
                if (type instanceof JsType t) {
                    DataType cls = types().classOf(t.key());
                    value = cls.stringify(t, value, new DataType.StringifyContext(sqlString()::escape, TIMEZONE, types(), field, table));
                    if (!cls.escapes()) return value.jsString();
                }
            }
        }
        return sqlString().escape(value);
    }

    /** Dialects whose escape turns numbers and booleans for STRING columns into strings. */
    static final Set<String> STRING_NUMBER_COERCION = Set.of("mysql", "mariadb");

    /** Utils.defaultValueSchemable: not undefined, not NOW/UUIDV1/UUIDV4, not a function. */
    public static boolean isDefaultValueSchemable(JsValue value) {
        if (value.isUndefined()) return false;
        if (value instanceof JsType t) {
            // NOW/UUIDV1/UUIDV4 instances are not schemable; any other recorded DataType was most
            // likely a class (typeof 'function'), which is not either.
            return false;
        }
        return !(value instanceof JsFunction || value instanceof JsModelRef);
    }

    // ---------------------------------------------------------------- sequelize.fn/col/literal/cast/where

    /** {@code handleSequelizeMethod(smth)}; a non-method value is stringified ({@code smth.toString()}). */
    public String handleSequelizeMethod(JsValue smth) {
        if (!(smth instanceof JsMethod m)) return smth.jsString();
        switch (m.kind()) {
            case "Where":
                return where.whereMethod(m);
            case "Literal":
                return m.get("val").jsString();
            case "Cast": {
                JsValue val = m.get("val");
                String result;
                if (val instanceof JsMethod) result = handleSequelizeMethod(val);
                else if (val instanceof JsObject) result = whereItemsQuery(val);
                else result = escape(val);
                String type = castType(m.get("type").jsString(), m.get("json").truthy());
                return "CAST(" + result + " AS " + JsText.upper(type) + ")";
            }
            case "Fn": {
                StringBuilder sb = new StringBuilder(m.get("fn").jsString()).append('(');
                JsValue args = m.get("args");
                List<JsValue> list = args instanceof JsArray a ? a.items() : List.of();
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) sb.append(", ");
                    JsValue arg = list.get(i);
                    if (arg instanceof JsMethod) sb.append(handleSequelizeMethod(arg));
                    else if (arg instanceof JsObject) sb.append(whereItemsQuery(arg));
                    else if (arg instanceof JsString s) sb.append(escape(new JsString(s.value().replace("$", "$$"))));
                    else sb.append(escape(arg));
                }
                return sb.append(')').toString();
            }
            case "Col": {
                JsValue col = m.get("col");
                if (col instanceof JsArray) {
                    throw new SequelizeError("Cannot call Sequelize.col() with array outside of order / group clause");
                }
                if (!(col instanceof JsString s)) throw new SequelizeError("smth.col.startsWith is not a function");
                if (s.value().startsWith("*")) return "*";
                return quoteIdentifiers(s.value());
            }
            case "Json":
                return handleJson(m);
            default:
                return "[object Object]";
        }
    }

    /** The dialect's Cast type rewrite in handleSequelizeMethod (MySQL: integer → decimal, …). */
    protected String castType(String type, boolean json) {
        return type;
    }

    /** {@code sequelize.json(...)}: the abstract generator only stringifies it. */
    protected String handleJson(JsMethod json) {
        return "[object Object]";
    }

    /** {@code booleanValue(value)} in sequelize.where comparisons (SQLite: 1/0). */
    protected String booleanValue(boolean value) {
        return Boolean.toString(value);
    }

    // ---------------------------------------------------------------- where clauses

    /** {@code whereQuery(where)}: {@code WHERE <items>} or "". */
    public String whereQuery(JsValue where) {
        String query = whereItemsQuery(where);
        return query.isEmpty() ? "" : "WHERE " + query;
    }

    /** {@code whereItemsQuery(where)} joined with AND. */
    public String whereItemsQuery(JsValue where) {
        return this.where.whereItemsQuery(where, "AND");
    }

    // ---------------------------------------------------------------- indexes

    /**
     * {@code addIndexQuery(tableName, index)} as the provider calls it (the index object as
     * options). Works on a copy: Sequelize mutates the index (prefix, where), harmless here.
     */
    public String addIndexQuery(TableRef table, JsObject index) {
        return addIndexQuery(table, index, false);
    }

    /**
     * As {@link #addIndexQuery(TableRef, JsObject)}; with {@code asCreated} the table is quoted as
     * createTableQuery quotes it and the index name as one identifier. Sequelize (the provider and
     * {@code sync()} alike) quotes both with quoteIdentifiers, which splits at dots: for
     * {@code tableName: 'a.b'} it writes {@code CREATE INDEX "a"."b_code" ON "a"."b"}, an index on a table
     * that does not exist (and invalid SQL); the table created is {@code "a.b"}.
     */
    public String addIndexQuery(TableRef table, JsObject index, boolean asCreated) {
        JsObject options = index.copy();
        Supports.Index sup = supports().index();
        JsValue fields = options.get("fields");
        if (!(fields instanceof JsArray fieldList)) {
            throw new SequelizeError(fields.isUndefined() ? "Missing \"fields\" property for index definition"
                    : "options.fields.map is not a function");
        }
        List<String> fieldsSql = new ArrayList<>();
        for (JsValue f : fieldList.items()) {
            if (f instanceof JsMethod) {
                fieldsSql.add(handleSequelizeMethod(f));
                continue;
            }
            JsObject field;
            if (f instanceof JsString s) {
                field = new JsObject();
                field.put("name", s);
            } else if (f instanceof JsObject o) {
                field = o.copy();
            } else {
                throw new SequelizeError("The following index field has no name: " + JsText.inspect(f));
            }
            if (field.get("attribute").truthy()) field.put("name", field.get("attribute"));
            if (!field.get("name").truthy()) {
                throw new SequelizeError("The following index field has no name: " + JsText.inspect(f));
            }
            StringBuilder result = new StringBuilder(quoteIdentifier(field.get("name").jsString()));
            if (sup.collate() && field.get("collate").truthy()) {
                result.append(" COLLATE ").append(quoteIdentifier(field.get("collate").jsString()));
            }
            if (sup.operator()) {
                JsValue operator = field.get("operator").truthy() ? field.get("operator") : options.get("operator");
                if (operator.truthy()) result.append(' ').append(operator.jsString());
            }
            if (sup.length() && field.get("length").truthy()) {
                result.append('(').append(field.get("length").jsString()).append(')');
            }
            if (field.get("order").truthy()) result.append(' ').append(field.get("order").jsString());
            fieldsSql.add(result.toString());
        }
        if (!options.get("name").truthy() && !options.has("name")) {
            options.put("name", new JsString(nameIndex(fieldList, indexPrefix(options.get("prefix"), table))));
        }
        // Model._conformIndex
        if (options.get("type").isUndefined()) options.put("type", new JsString(""));
        if (options.get("parser").isUndefined()) options.put("parser", JsValue.NULL);
        if (options.get("type").truthy() && options.get("type") instanceof JsString t
                && t.value().toLowerCase(Locale.ROOT).equals("unique")) {
            options.put("unique", new JsBoolean(true));
            options.members().remove("type");
        }
        if (!sup.type()) options.members().remove("type");
        String whereSql = null;
        if (options.get("where").truthy()) whereSql = whereQuery(options.get("where"));

        String tableName = table.hasSchema() || asCreated ? quoteTable(table) : quoteIdentifiers(table.tableName());
        String concurrently = sup.concurrently() && options.get("concurrently").truthy() ? "CONCURRENTLY" : null;
        List<Object> ind = new ArrayList<>();
        if (supports().indexViaAlter()) {
            ind.add("ALTER TABLE");
            ind.add(tableName);
            ind.add(concurrently);
            ind.add("ADD");
        } else {
            ind.add("CREATE");
        }
        JsValue using = options.get("using");
        ind.add(options.get("unique").truthy() ? "UNIQUE" : "");
        ind.add(options.get("type").truthy() ? options.get("type").jsString() : null);
        ind.add("INDEX");
        ind.add(!supports().indexViaAlter() ? concurrently : null);
        ind.add(asCreated ? quoteIdentifier(options.get("name").jsString()) : quoteIdentifiers(options.get("name").jsString()));
        ind.add(sup.using() == 1 && using.truthy() ? "USING " + using.jsString() : "");
        ind.add(!supports().indexViaAlter() ? "ON " + tableName : null);
        ind.add(sup.using() == 2 && using.truthy() ? "USING " + using.jsString() : "");
        ind.add("(" + String.join(", ", fieldsSql) + ")");
        ind.add(sup.parser() && options.get("parser").truthy() ? "WITH PARSER " + options.get("parser").jsString() : null);
        ind.add(sup.where() && whereSql != null && !whereSql.isEmpty() ? whereSql : null);
        // _.compact(ind).join(" ")
        StringBuilder sb = new StringBuilder();
        for (Object o : ind) {
            if (o == null || o.toString().isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(o);
        }
        return sb.toString();
    }

    /**
     * What Utils.nameIndex uses as table name: {@code options.prefix || tableName}, a string with
     * dots turned into {@code _} and quotes removed, or the schema object's {@code tableName}.
     */
    private static String indexPrefix(JsValue prefix, TableRef table) {
        if (prefix.truthy() && !(prefix instanceof JsString)) {
            return prefix instanceof JsObject o ? o.get("tableName").jsString() : prefix.jsString();
        }
        if (!prefix.truthy() && table.hasSchema()) return table.tableName();
        String p = prefix.truthy() ? prefix.jsString() : table.tableName();
        return p.replace(".", "_").replaceAll("[\"']", "");
    }

    /** Utils.nameIndex for an index without own {@code name} (normally named at definition time). */
    private static String nameIndex(JsArray fields, String tableName) {
        List<String> names = new ArrayList<>();
        for (JsValue f : fields.items()) {
            if (f instanceof JsString s) {
                names.add(s.value());
            } else if (f instanceof JsObject o) {
                JsValue n = o.get("name").truthy() ? o.get("name") : o.get("attribute");
                names.add(n.isNullish() ? "" : n.jsString());
            } else {
                names.add("");
            }
        }
        return underscore(tableName + "_" + String.join("_", names));
    }

    /** inflection.underscore: {@code _} before capitals, one leading {@code _} dropped, lower-cased; {@code ::} → {@code /}. */
    public static String underscore(String s) {
        String[] path = s.split("::", -1);
        for (int i = 0; i < path.length; i++) {
            path[i] = path[i].replaceAll("([A-Z])", "_$1").replaceFirst("^_", "");
        }
        return String.join("/", path).toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- helpers for subclasses

    /**
     * Orders result keys as a JavaScript object does: integer-like keys first, ascending, then
     * the others in insertion order ({@code result[field] = …} in attributesToSQL).
     */
    protected static LinkedHashMap<String, String> jsObjectOrder(LinkedHashMap<String, String> map) {
        List<String> ints = new ArrayList<>();
        for (String k : map.keySet()) {
            if (isArrayIndex(k)) ints.add(k);
        }
        if (ints.isEmpty()) return map;
        ints.sort((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
        LinkedHashMap<String, String> out = new LinkedHashMap<>();
        for (String k : ints) out.put(k, map.get(k));
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (!isArrayIndex(e.getKey())) out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    private static boolean isArrayIndex(String k) {
        if (k.isEmpty() || k.length() > 10 || !k.chars().allMatch(Character::isDigit)) return false;
        if (k.length() > 1 && k.charAt(0) == '0') return false;
        return Long.parseLong(k) < 4294967295L;
    }

    /** {@code s.toUpperCase()} of an onDelete/onUpdate value, which Sequelize requires to be a string. */
    protected static String upperAction(JsValue v) {
        if (!(v instanceof JsString s)) throw new SequelizeError("attribute.onDelete.toUpperCase is not a function");
        return JsText.upper(s.value());
    }
}
