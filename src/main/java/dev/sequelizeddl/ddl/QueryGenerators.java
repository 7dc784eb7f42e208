package dev.sequelizeddl.ddl;

import dev.sequelizeddl.ddl.mssql.MsSqlQueryGenerator;
import dev.sequelizeddl.ddl.postgres.PostgresQueryGenerator;

/** The query generator of each dialect (Sequelize: {@code sequelize.getQueryInterface().queryGenerator}). */
public final class QueryGenerators {
    private QueryGenerators() {}

    public static QueryGenerator forDialect(Dialect dialect) {
        return switch (dialect) {
            case POSTGRES -> new PostgresQueryGenerator();
            case MSSQL -> new MsSqlQueryGenerator();
            default -> throw new UnsupportedOperationException("no query generator for " + dialect + " yet");
        };
    }
}
