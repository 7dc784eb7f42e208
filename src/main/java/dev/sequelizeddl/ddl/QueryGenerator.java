package dev.sequelizeddl.ddl;

import dev.sequelizeddl.schema.Attribute;
import dev.sequelizeddl.schema.JsValue;
import dev.sequelizeddl.schema.JsValue.JsObject;
import dev.sequelizeddl.schema.Model;
import dev.sequelizeddl.schema.TableRef;
import java.util.LinkedHashMap;

/**
 * Java twin of Sequelize 6's query generators (lib/dialects/&lt;dialect&gt;/query-generator.js):
 * the methods the reference provider calls, with the same names and the same two string stages
 * (one fragment per column, then text surgery in the table statement). One subclass per dialect;
 * MariaDB extends MySQL. Shared pieces (escaping, sequelize.fn/col/literal/cast, where clauses of
 * partial indexes, addIndexQuery) live here as in Sequelize's abstract generator.
 */
public abstract class QueryGenerator {

    public abstract Dialect dialect();

    /** {@code quoteIdentifier(name)}. */
    public abstract String quoteIdentifier(String identifier);

    /** {@code quoteTable(table)} for what getTableName() returned. */
    public abstract String quoteTable(TableRef table);

    /**
     * {@code String(model.getTableName())}: the bare name, or for a schema-qualified table the
     * object's toString(), which is its quoted form (the PG enum-name quirk depends on it).
     */
    public String tableNameString(TableRef table) {
        return table.hasSchema() ? quoteTable(table) : table.tableName();
    }

    /**
     * {@code attributesToSQL(model.getAttributes(), {...model.options, withoutForeignKeyConstraints})}:
     * column key (field) → stage-A fragment, in attribute order. May mutate the given attributes
     * where Sequelize does (MSSQL's onDelete/onUpdate rewrite), so callers pass copies.
     */
    public abstract LinkedHashMap<String, String> attributesToSQL(Model model, java.util.List<Attribute> attributes,
            JsObject options, boolean withoutForeignKeyConstraints);

    /** {@code createTableQuery(tableName, attributes, options)}: stage B, one statement. */
    public abstract String createTableQuery(TableRef table, LinkedHashMap<String, String> attributes, JsObject options);

    /** {@code addIndexQuery(tableName, index)} (the provider appends ";\n"). */
    public abstract String addIndexQuery(TableRef table, JsObject index);

    /**
     * The provider's cyclic second pass: {@code attributesToSQL({[key]: normalizeAttribute(attr)},
     * {context:'changeColumn', table})} then {@code changeColumnQuery(table, thatMap)}.
     */
    public abstract String changeColumnQuery(Model model, Attribute attribute);

    /** {@code escape(value)} as the dialect's generator does for defaults without a column type. */
    public abstract String escape(JsValue value);
}
