package dev.sequelizeddl.ddl.mariadb;

import dev.sequelizeddl.ddl.Dialect;
import dev.sequelizeddl.ddl.mysql.MySqlQueryGenerator;
import dev.sequelizeddl.ddl.types.DataTypes;

/**
 * lib/dialects/mariadb/query-generator.js: MySQL's generator; what differs is data — the dialect
 * supports schemas (so tables quote as {@code `app`.`Orders`}) and its DataType table.
 */
public class MariaDbQueryGenerator extends MySqlQueryGenerator {
    @Override
    public Dialect dialect() {
        return Dialect.MARIADB;
    }

    @Override
    public DataTypes types() {
        return MariaDbDataTypes.TYPES;
    }
}
