package dev.sequelizeddl.ts;

import dev.sequelizeddl.cli.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** TypeScript model folders through the CLI (sequelize-typescript shim, swc transpiling). */
class TypeScriptModelsTest {
    @TempDir
    Path dir;

    private CliRun load(String dialect) {
        return CliRun.of("load", "--path", dir.toString(), "--dialect", dialect);
    }

    private void write(String name, String text) throws Exception {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void importsWithJsExtensionFindTsFilesAndTestsAndDeclarationsAreSkipped() throws Exception {
        write("Owner.ts", """
                import { Column, HasMany, Model, Table } from "sequelize-typescript";
                import { Pet } from "./Pet.js";
                import { label } from "./lib/helpers";

                @Table({ tableName: label("owners"), timestamps: false })
                export class Owner extends Model {
                  @Column name!: string;
                  @HasMany(() => Pet, "ownerId") pets!: Pet[];
                }
                """);
        write("Pet.ts", """
                import { Column, Model, Table } from "sequelize-typescript";

                @Table({ tableName: "pets", timestamps: false })
                export default class Pet extends Model {
                  @Column age?: number;
                }
                export { Pet };
                """);
        write("lib/helpers.ts", "export const label = (s: string): string => s;\n");
        write("types.d.ts", "declare const broken: ;\n");
        write("Owner.test.ts", "throw new Error('tests are not models');\n");
        write("Owner.spec.ts", "throw new Error('specs are not models');\n");
        write("index.ts", "throw new Error('index.ts is not a model');\n");
        CliRun run = load("postgres");
        assertEquals(0, run.code(), run.err());
        String root = dir.toAbsolutePath().normalize().toString();
        assertEquals("-- atlas:pos owners[type=table] " + root + "/Owner.ts:5-9\n"
                + "-- atlas:pos pets[type=table] " + root + "/Pet.ts:3-6\n\n" + """
                CREATE TABLE IF NOT EXISTS "owners" ("id"   SERIAL , "name" VARCHAR(255), PRIMARY KEY ("id"));
                CREATE TABLE IF NOT EXISTS "pets" ("id"   SERIAL , "age" INTEGER, "ownerId" INTEGER REFERENCES "owners" ("id") ON DELETE SET NULL ON UPDATE CASCADE, PRIMARY KEY ("id"));

                """, run.out());
    }

    @Test
    void aSyntaxErrorIsAModelError() throws Exception {
        write("Bad.ts", "import { Model } from \"sequelize-typescript\";\n\nexport class Bad extends Model {\n  name: string = ;\n}\n");
        CliRun run = load("mysql");
        assertEquals(1, run.code(), run.err());
        assertEquals("", run.out());
        // swc's own position, as one line (its Rust panic text on the native stderr: JarIT).
        assertEquals(dir.toAbsolutePath().normalize() + "/Bad.ts:4:18: SyntaxError: Expression expected\n", run.err());
    }

    @Test
    void runtimeErrorsPointAtTheTypeScriptLine() throws Exception {
        write("Boom.ts", """
                import { Column, Model, Table } from "sequelize-typescript";

                // Table names come from a helper that refuses long ones.
                function label(s: string): string {
                  if (s.length > 3) {
                    throw new Error("label too long: " + s);
                  }
                  return s;
                }

                @Table({ tableName: label("booms") })
                export class Boom extends Model {
                  @Column name!: string;
                }
                """);
        CliRun run = load("mysql");
        assertEquals(1, run.code(), run.err());
        assertEquals("", run.out());
        // swc's output has this throw on line 3 (no comments, helpers first); the source map says 6.
        assertTrue(run.err().startsWith(dir.toAbsolutePath().normalize() + "/Boom.ts:6:"), run.err());
        assertTrue(run.err().endsWith(": Error: label too long: booms\n"), run.err());
    }

    @Test
    void aClassWithoutTableIsRejectedLikeSequelizeTypescript() throws Exception {
        write("Thing.ts", """
                import { Model } from "sequelize-typescript";
                export class Thing extends Model {}
                """);
        CliRun run = load("sqlite");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("@Table annotation is missing on class \"Thing\""), run.err());
    }

    @Test
    void anUninferableDesignTypeNamesTheProperty() throws Exception {
        write("Thing.ts", """
                import { Column, Model, Table } from "sequelize-typescript";
                @Table
                export class Thing extends Model {
                  @Column tags!: string[];
                }
                """);
        CliRun run = load("sqlite");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("Specified type of property 'tags'"), run.err());
        // The error comes from a decorator statement swc synthesises (no source map entry): the member's line.
        assertTrue(run.err().startsWith(dir.toAbsolutePath().normalize() + "/Thing.ts:4:11: "), run.err());
    }

    @Test
    void aDecoratorErrorBelowMultiLineDecoratorsPointsAtTheMember() throws Exception {
        write("Note.ts", """
                import { AllowNull, Column, Model, Table } from "sequelize-typescript";

                @Table({
                  tableName: "notes",
                })
                export class Note extends Model {
                  @Column({ allowNull: false })
                  title!: string;

                  @AllowNull
                  @Column
                  body?: string | null;
                }
                """);
        CliRun run = load("postgres");
        assertEquals(1, run.code(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith(dir.toAbsolutePath().normalize() + "/Note.ts:12:3: "), run.err());
        assertTrue(run.err().contains("property 'body'"), run.err());
    }
}
