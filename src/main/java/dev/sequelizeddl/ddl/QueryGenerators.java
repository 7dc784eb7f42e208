package dev.sequelizeddl.ddl;

import dev.sequelizeddl.ddl.mariadb.MariaDbQueryGenerator;
import dev.sequelizeddl.ddl.mssql.MsSqlQueryGenerator;
import dev.sequelizeddl.ddl.mysql.MySqlQueryGenerator;
import dev.sequelizeddl.ddl.postgres.PostgresQueryGenerator;
import dev.sequelizeddl.ddl.sqlite.SqliteQueryGenerator;

/** The query generator of each dialect (Sequelize: {@code sequelize.getQueryInterface().queryGenerator}). */
public final class QueryGenerators {
    private QueryGenerators() {}

    public static QueryGenerator forDialect(Dialect dialect) {
        return switch (dialect) {
            case MYSQL -> new MySqlQueryGenerator();
            case MARIADB -> new MariaDbQueryGenerator();
            case SQLITE -> new SqliteQueryGenerator();
            case POSTGRES -> new PostgresQueryGenerator();
            case MSSQL -> new MsSqlQueryGenerator();
            default -> throw new UnsupportedOperationException("no query generator for " + dialect + " yet");
        };
    }
}
