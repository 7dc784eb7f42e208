package dev.sequelizeddl.inspect;

import dev.sequelizeddl.cli.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sequelizeddl.ddl.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InspectCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode inspect(Path models, String... extra) throws IOException {
        String[] args = new String[3 + extra.length];
        args[0] = "inspect";
        args[1] = "--path";
        args[2] = models.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        CliRun run = CliRun.of(args);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().endsWith("}\n"));
        return JSON.readTree(run.out());
    }

    static JsonNode table(JsonNode root, String name) {
        for (JsonNode t : root.get("tables")) if (t.get("name").asText().equals(name)) return t;
        throw new AssertionError("no table " + name + " in " + root);
    }

    static JsonNode column(JsonNode table, String name) {
        for (JsonNode c : table.get("columns")) if (c.get("name").asText().equals(name)) return c;
        throw new AssertionError("no column " + name + " in " + table);
    }

    static Path shop(Path tmp) throws IOException {
        Path models = tmp.resolve("models");
        Files.createDirectories(models);
        Files.writeString(models.resolve("shop.js"), """
                'use strict';
                module.exports = (sequelize, DataTypes) => {
                  const Customer = sequelize.define('Customer', {
                    email: { type: DataTypes.STRING(120), allowNull: false, unique: true, comment: 'login' },
                    status: { type: DataTypes.ENUM('new', 'vip'), defaultValue: 'new' },
                    token: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4 },
                    full: { type: DataTypes.VIRTUAL },
                  }, { underscored: true, comment: 'buyers', indexes: [{ fields: ['status'], where: { status: 'vip' } }] });
                  const Order = sequelize.define('Order', {
                    total: { type: DataTypes.DECIMAL(10, 2), field: 'order_total' },
                  }, { timestamps: false });
                  Order.belongsTo(Customer, { onDelete: 'CASCADE', foreignKey: { allowNull: false } });
                  return Customer;
                };
                """);
        return models;
    }

    @Test
    void postgresByDefault(@TempDir Path tmp) throws IOException {
        JsonNode root = inspect(shop(tmp));
        assertEquals(1, root.get("version").asInt());
        assertEquals("postgres", root.get("dialect").asText());
        JsonNode customers = table(root, "customers");
        assertEquals("Customer", customers.get("model").asText());
        assertEquals("shop.js", customers.get("source").get("file").asText());
        assertEquals("buyers", customers.get("comment").asText());
        assertEquals("[\"id\"]", customers.get("primaryKey").toString());
        JsonNode email = column(customers, "email");
        assertEquals("STRING", email.get("type").get("sequelize").asText());
        assertEquals("VARCHAR(120)", email.get("type").get("sql").asText());
        assertEquals(false, email.get("nullable").asBoolean());
        assertEquals(true, email.get("unique").asBoolean());
        assertEquals("login", email.get("comment").asText());
        JsonNode status = column(customers, "status");
        assertEquals("\"enum_customers_status\"", status.get("type").get("sql").asText());
        assertEquals("'new'", status.get("default").get("sql").asText());
        assertTrue(status.get("nullable").asBoolean());
        assertEquals("UUIDV4", column(customers, "token").get("default").get("generated").asText());
        assertTrue(column(customers, "created_at").get("attribute").asText().equals("createdAt"));
        assertTrue(customers.get("columns").findValues("name").stream().noneMatch(n -> n.asText().equals("full")), "VIRTUAL is no column");
        JsonNode id = column(customers, "id");
        assertTrue(id.get("primaryKey").asBoolean() && id.get("autoIncrement").asBoolean() && !id.get("nullable").asBoolean());
        assertEquals("INTEGER NOT NULL SERIAL PRIMARY KEY", id.get("definition").asText());
        JsonNode enums = customers.get("enums");
        assertEquals("[{\"column\":\"status\",\"name\":\"enum_customers_status\",\"values\":[\"new\",\"vip\"]}]", enums.toString());
        JsonNode index = customers.get("indexes").get(0);
        assertEquals("customers_status", index.get("name").asText());
        assertEquals("[\"status\"]", index.get("fields").toString());
        assertEquals("WHERE \"status\" = 'vip'", index.get("where").asText());
        assertTrue(index.get("sql").asText().startsWith("CREATE INDEX \"customers_status\" ON \"customers\""), index.toString());

        JsonNode orders = table(root, "Orders");
        JsonNode total = column(orders, "order_total");
        assertEquals("total", total.get("attribute").asText());
        assertEquals("DECIMAL(10,2)", total.get("type").get("sql").asText());
        JsonNode fk = orders.get("foreignKeys").get(0);
        assertEquals("CustomerId", fk.get("column").asText());
        assertEquals("customers", fk.get("references").get("table").asText());
        assertEquals("id", fk.get("references").get("column").asText());
        assertEquals("CASCADE", fk.get("onDelete").asText());
        assertEquals("CASCADE", fk.get("onUpdate").asText());
    }

    @Test
    void mysqlRendersItsOwnTypes(@TempDir Path tmp) throws IOException {
        JsonNode root = inspect(shop(tmp), "--dialect", "mysql", "--format", "json");
        assertEquals("mysql", root.get("dialect").asText());
        JsonNode status = column(table(root, "customers"), "status");
        assertEquals("ENUM('new', 'vip')", status.get("type").get("sql").asText());
        assertEquals("null", table(root, "customers").get("enums").get(0).get("name").toString());
        assertEquals("INTEGER NOT NULL auto_increment PRIMARY KEY",
                column(table(root, "customers"), "id").get("definition").asText());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyDialectInspectsTheProviderSample(Dialect dialect) throws IOException {
        JsonNode root = inspect(Path.of("test-fixtures/cases/c01-provider-sample/models"), "--dialect", dialect.id());
        assertEquals(4, root.get("tables").size());
        JsonNode ri = table(root, "RecipeIngredients");
        assertEquals(2, ri.get("foreignKeys").size());
        assertEquals("RecipeIngredients_recipeId_ingredientId_unique", ri.get("uniqueKeys").get(0).get("name").asText());
        for (JsonNode t : root.get("tables")) {
            for (JsonNode c : t.get("columns")) {
                assertTrue(c.get("type").get("sql").isTextual() && c.get("definition").isTextual(), c.toString());
            }
        }
    }

    @Test
    void usageAndModelErrors(@TempDir Path tmp) throws IOException {
        assertEquals(2, CliRun.of("inspect", "--path", shop(tmp).toString(), "--format", "yaml").code());
        assertEquals(2, CliRun.of("inspect", "--path", shop(tmp).toString(), "--dialect", "db2").code());
        CliRun run = CliRun.of("inspect", "--path", "test-fixtures/errors/e01-syntax-error/models");
        assertEquals(1, run.code());
        assertEquals("", run.out());
    }

    @Test
    void takesLoadsLimitsAndEnvironmentFlags(@TempDir Path tmp) throws IOException {
        assertEquals(2, CliRun.of("inspect", "--path", shop(tmp).toString(), "--timeout", "0").code());
        assertEquals(2, CliRun.of("inspect", "--path", shop(tmp).toString(), "--max-memory", "1").code());
        assertEquals(2, CliRun.of("inspect", "--path", shop(tmp).toString(), "--env", "NOT-A-NAME").code());
        Files.writeString(tmp.resolve("models").resolve("spin.js"), "for (;;) {}\n");
        CliRun stopped = CliRun.of("inspect", "--path", tmp.resolve("models").toString(), "--timeout", "0.5");
        assertEquals(1, stopped.code(), stopped.err());
        assertTrue(stopped.err().contains("CPU time limit of 500 ms"), stopped.err());
    }

    /** The JSON view describes the schema the DDL creates, with the same corrections (README differences). */
    @Test
    void describesTheCorrectedSchema(@TempDir Path tmp) throws IOException {
        Path models = tmp.resolve("models");
        Files.createDirectories(models);
        Files.writeString(models.resolve("probe.js"), """
                module.exports = (sequelize, DataTypes) => sequelize.define('Probe', {
                  a: { type: DataTypes.STRING, allowNull: undefined },
                  on: { type: DataTypes.BOOLEAN, defaultValue: 1 },
                  onStr: { type: DataTypes.BOOLEAN, defaultValue: 'true' },
                  d: { type: DataTypes.STRING, unique: 'd_uq' },
                }, { timestamps: false, uniqueKeys: { pair: { fields: ['a', 'on'] } } });
                """);
        JsonNode postgres = table(inspect(models), "Probes");
        assertEquals(true, column(postgres, "a").get("nullable").asBoolean());
        assertEquals("true", column(postgres, "on").get("default").get("sql").asText());
        assertEquals("'true'", column(postgres, "onStr").get("default").get("sql").asText());
        assertEquals("[\"pair\",\"d_uq\"]", names(postgres.get("uniqueKeys")));
        JsonNode mysql = table(inspect(models, "--dialect", "mysql"), "Probes");
        assertEquals(true, column(mysql, "a").get("nullable").asBoolean());
        assertEquals("1", column(mysql, "on").get("default").get("sql").asText());
        assertEquals("true", column(mysql, "onStr").get("default").get("sql").asText());
    }

    private static String names(JsonNode keys) {
        com.fasterxml.jackson.databind.node.ArrayNode names = JSON.createArrayNode();
        for (JsonNode k : keys) names.add(k.get("name").asText());
        return names.toString();
    }
}
