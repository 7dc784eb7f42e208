package dev.sequelizeddl.ddl;

/**
 * The parts of a Sequelize dialect's {@code supports} table (lib/dialects/&lt;d&gt;/index.js merged
 * over the abstract one) that DDL generation reads.
 */
public record Supports(boolean schemas, boolean indexViaAlter, Index index) {

    /**
     * {@code supports.index}; {@code using} is 0 (dropped), 1 (before the column list, MySQL) or 2
     * (after the table, postgres).
     */
    public record Index(boolean collate, boolean length, boolean parser, boolean concurrently,
            boolean type, int using, boolean where, boolean operator) {}

    public static final Supports MYSQL = new Supports(false, true,
            new Index(false, true, true, false, true, 1, false, false));
    public static final Supports MARIADB = new Supports(true, true,
            new Index(false, true, true, false, true, 1, false, false));
    public static final Supports SQLITE = new Supports(false, false,
            new Index(true, false, false, false, false, 0, true, false));
    public static final Supports POSTGRES = new Supports(true, false,
            new Index(true, false, false, true, false, 2, true, true));
    public static final Supports MSSQL = new Supports(true, false,
            new Index(false, false, false, false, true, 0, true, false));

    public static Supports of(Dialect dialect) {
        return switch (dialect) {
            case MYSQL -> MYSQL;
            case MARIADB -> MARIADB;
            case SQLITE -> SQLITE;
            case POSTGRES -> POSTGRES;
            case MSSQL -> MSSQL;
        };
    }
}
