package dev.sequelizeddl.ts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeScriptCompilerTest {
    private static final String AUTHOR = """
            import { Column, Model, Table, BelongsTo, DataType } from "sequelize-typescript";
            import { Book } from "./Book";
            import Other, * as NS from "./other";
            import type { Shape } from "./types";
            const greeting = "é ü 😀";

            // é ü — offsets after non-ASCII text
            @Table({ tableName: "author" })
            export class Author extends Model {
              @Column(DataType.INTEGER)
              declare id: number;

              @Column
              name!: string;

              @BelongsTo(() => Book)
              favoriteBook?: Book;

              shape?: Shape;

              static make() { return { Book, n: NS.x, o: Other }; }
            }
            export function helper() { return 1; }
            export const a = 1, { b } = { b: 2 };
            export { Book as ReBook };
            export * from "./more";
            export default Author;
            """;

    @Test
    void importsBecomeLivePropertyReadsAndExportsAssignments(@TempDir Path cache) throws Exception {
        TypeScriptCompiler compiler = new TypeScriptCompiler(cache);
        String js = compiler.compile("/m/Author.ts", AUTHOR);
        assertFalse(js.contains("import "), js);
        assertFalse(js.matches("(?s).*\\bexport\\s.*"), js);
        assertTrue(js.contains("require(\"./Book\")"), js);
        assertTrue(js.contains("BelongsTo(()=>_sd1.Book)"), js);
        assertTrue(js.contains("typeof _sd1.Book === \"undefined\" ? Object : _sd1.Book"), js);
        assertTrue(js.contains("_sd0.Column"), js);
        assertTrue(js.contains("Book: _sd1.Book"), js);
        assertTrue(js.contains("_sd2ns.x"), js);
        assertTrue(js.contains("_sd2d.default"), js);
        assertTrue(js.contains("\"design:type\", String"), js);
        assertTrue(js.contains("exports.Author = Author;"), js);
        assertTrue(js.contains("exports.helper = helper;"), js);
        assertTrue(js.contains("exports.a = a;") && js.contains("exports.b = b;"), js);
        assertTrue(js.contains("exports.ReBook = _sd1.Book;"), js);
        assertTrue(js.contains("__sdExportStar("), js);
        assertTrue(js.contains("exports.default = Author;"), js);
        assertFalse(js.contains("./types"), js);
    }

    @Test
    void nullableUnionsAreObjectLikeTscUnderStrictNullChecks(@TempDir Path cache) throws Exception {
        // The Node TS provider's tsconfig is strict: tsc keeps `| null` in the union and writes Object.
        String js = new TypeScriptCompiler(cache).compile("/m/N.ts", """
                class N {
                  @Column({ comment: "é ü 😀" }) a!: string | null;
                  @Column b?: number;
                  @Column d!: 'x' | 'y';
                }
                """);
        assertTrue(js.contains("\"design:type\", Object)\n], N.prototype, \"a\""), js);
        assertTrue(js.contains("\"design:type\", Number)\n], N.prototype, \"b\""), js);
        assertTrue(js.contains("\"design:type\", String)\n], N.prototype, \"d\""), js);
    }

    @Test
    void secondRunReadsTheCache(@TempDir Path cache) throws Exception {
        TypeScriptCompiler compiler = new TypeScriptCompiler(cache);
        String first = compiler.toCommonJs("/m/Author.ts", AUTHOR);
        try (var files = Files.walk(cache.resolve("ts"))) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".js")).count());
        }
        // a poisoned cache entry proves the second call does not transpile again
        try (var files = Files.walk(cache.resolve("ts"))) {
            Path entry = files.filter(p -> p.toString().endsWith(".js")).findFirst().orElseThrow();
            Files.writeString(entry, "cached");
        }
        assertEquals("cached", compiler.toCommonJs("/m/Author.ts", AUTHOR));
        assertTrue(first.contains("exports.Author"));
    }

    @Test
    void syntaxErrorNamesTheFile(@TempDir Path cache) {
        TypeScriptCompiler compiler = new TypeScriptCompiler(cache);
        var e = assertThrows(TypeScriptCompiler.CompileException.class,
                () -> compiler.compile("/m/Bad.ts", "export class {{{ ;"));
        assertEquals("/m/Bad.ts:1:14: Expected ident", e.getMessage());
    }

    @Test
    void commonJsWrittenInTypeScriptStaysAsItIs(@TempDir Path cache) throws Exception {
        String js = new TypeScriptCompiler(cache).compile("/m/x.ts", "const a: number = 1;\nmodule.exports = { a };\n");
        assertFalse(js.contains("__esModule"), js);
        assertTrue(js.contains("module.exports"), js);
    }
}
