package dev.sequelizeddl.schema;

/**
 * What {@code Model.getTableName()} returns: a plain name, or (with a schema) an object
 * {tableName, schema, delimiter} that stringifies to its dialect-quoted form.
 */
public record TableRef(String tableName, String schema, String delimiter) {
    public static TableRef plain(String name) {
        return new TableRef(name, null, null);
    }

    public boolean hasSchema() {
        return schema != null;
    }

    /** The node name Sequelize's topological sort uses: {@code schema.table} or the table name. */
    public String sortKey() {
        return hasSchema() ? schema + "." + tableName : tableName;
    }
}
