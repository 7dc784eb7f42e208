-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
-- sequelize-ddl note: allowNull: undefined is nullable, as Sequelize validates it and as MySQL/MSSQL render it; the Node provider and sequelize.sync() write NOT NULL on PostgreSQL and SQLite
CREATE TABLE IF NOT EXISTS "Probes" ("id"   SERIAL , "a" VARCHAR(255), "b" INTEGER, "c" VARCHAR(255), UNIQUE ("b", "c"), PRIMARY KEY ("id"));

