package dev.sequelizeddl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load --atlas-pos}: JavaScript models get the TS provider's {@code -- atlas:pos} line too, with the
 * lines of their define() / init() call (README's rule); TypeScript models get theirs with or without it.
 */
class JavaScriptAtlasPosTest {
    @TempDir
    Path dir;

    private String root;

    @BeforeEach
    void models() throws IOException {
        root = dir.toAbsolutePath().normalize().toString();
        Files.writeString(dir.resolve("users.js"), """
                'use strict';
                // A user.
                module.exports = (sequelize, DataTypes) => {
                  const User = sequelize.define(
                    'User',
                    { name: DataTypes.STRING },
                    { tableName: 'users', timestamps: false },
                  );
                  return User;
                };
                """);
        Files.writeString(dir.resolve("tasks.js"), """
                const { Model } = require('sequelize');
                module.exports = (sequelize, DataTypes) => {
                  class Task extends Model {
                    static associate({ User }) {
                      Task.belongsTo(User);
                    }
                  }
                  Task.init({
                    title: DataTypes.STRING,
                  }, { sequelize, modelName: 'Task', tableName: 'tasks', schema: 'app', timestamps: false });
                  return Task;
                };
                """);
    }

    @Test
    void javaScriptModelsGetTheirDefineOrInitCallLines() {
        CliRun run = CliRun.of("load", "--path", dir.toString(), "--dialect", "postgres", "--atlas-pos");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith(
                "-- atlas:pos users[type=table] " + root + "/users.js:4-8\n"
                        + "-- atlas:pos \"app\".\"tasks\"[type=table] " + root + "/tasks.js:8-10\n\n"
                        + "CREATE TABLE IF NOT EXISTS \"users\" "), run.out());
    }

    @Test
    void withoutTheFlagJavaScriptModelsHaveNoPositionLines() {
        CliRun run = CliRun.of("load", "--path", dir.toString(), "--dialect", "postgres");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("CREATE TABLE IF NOT EXISTS \"users\" "), run.out());
    }

    @Test
    void aMixedFolderListsBothKindsInDdlOrder() throws IOException {
        Files.writeString(dir.resolve("Note.ts"), """
                import { Column, Model, Table } from "sequelize-typescript";

                @Table({ tableName: "notes", timestamps: false })
                export class Note extends Model {
                  @Column body!: string;
                }
                """);
        CliRun flagged = CliRun.of("load", "--path", dir.toString(), "--dialect", "mysql", "--atlas-pos");
        assertEquals(0, flagged.code(), flagged.err());
        assertTrue(flagged.out().startsWith(
                "-- atlas:pos users[type=table] " + root + "/users.js:4-8\n"
                        + "-- atlas:pos `app.tasks`[type=table] " + root + "/tasks.js:8-10\n"
                        + "-- atlas:pos notes[type=table] " + root + "/Note.ts:3-6\n\n"), flagged.out());
        CliRun plain = CliRun.of("load", "--path", dir.toString(), "--dialect", "mysql");
        assertTrue(plain.out().startsWith("-- atlas:pos notes[type=table] " + root + "/Note.ts:3-6\n\nCREATE TABLE"), plain.out());
    }
}
