package dev.sequelizeddl.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sequelizeddl.cli.ExitCode;
import dev.sequelizeddl.cli.ToolException;

/** ModelLoader against the fake shim in src/test/resources/js-shim/test-fake/. */
class ModelLoaderTest {
    static final String FAKE = "test-fake/index.js";

    @TempDir
    Path tmp;
    Path models;

    @BeforeEach
    void dir() throws Exception {
        models = Files.createDirectories(tmp.resolve("models"));
    }

    private ModelLoader loader() {
        return new ModelLoader(tmp, ShimRuntime.DEFAULT_TIME_LIMIT, FAKE);
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(models.resolve(name), text);
    }

    private ToolException fails(ModelLoader loader, String path) {
        return assertThrows(ToolException.class, () -> loader.load(Path.of(path), "raw"));
    }

    @Test
    void loadsModelFilesInByteOrderSkippingIndexAndOthers() throws Exception {
        write("b.js", "module.exports = (s) => s.define('B');");
        write("a-b.js", "module.exports = (s) => s.define('A');");
        write("a.cjs", "module.exports = (s) => s.define('L');");
        write("C.js", "module.exports = (s) => s.define('C');");
        write("index.js", "throw new Error('index.js must not be loaded')");
        write("notes.txt", "x");
        write("x.d.ts", "x");
        write("x.test.ts", "x");
        write("x.spec.ts", "x");
        write("index.ts", "x");
        Files.createDirectories(models.resolve("dir.js"));
        ModelLoader.Result r = loader().load(Path.of("models"), "raw");
        assertEquals("{\"files\":[\"C.js\",\"a-b.js\",\"a.cjs\",\"b.js\"],\"models\":[\"C\",\"A\",\"L\",\"B\"]}", r.schemaJson());
        assertEquals(List.of("fake shim loaded C.js,a-b.js,a.cjs,b.js"), r.diagnostics());
    }

    @Test
    void relativeRequireStaysInsideTheRoot() throws Exception {
        write("a.js", "const h = require('./helpers/h');\nmodule.exports = (s) => s.define(h);");
        Files.createDirectories(models.resolve("helpers"));
        Files.writeString(models.resolve("helpers/h.js"), "module.exports = 'H';");
        assertEquals("{\"files\":[\"a.js\"],\"models\":[\"H\"]}", loader().load(Path.of("models"), "raw").schemaJson());

        Files.writeString(tmp.resolve("outside.js"), "module.exports = 'O';");
        write("a.js", "\nconst o = require('../outside');\nmodule.exports = (s) => s.define(o);");
        ToolException e = fails(loader(), "models");
        assertEquals(ExitCode.MODEL_ERROR, e.exitCode());
        assertTrue(e.getMessage().startsWith("models/a.js:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot read"), e.getMessage());
    }

    @Test
    void syntaxErrorIsOneLineWithTheUsersLocation() throws Exception {
        write("a.js", "module.exports = 1;");
        write("bad.js", "'use strict';\n\nlet x = ;\n");
        ToolException e = fails(loader(), "models");
        assertEquals(ExitCode.MODEL_ERROR, e.exitCode());
        assertEquals("models/bad.js:3:9: SyntaxError: Expected an operand but found ;", e.getMessage());
    }

    @Test
    void columnsOnTheFirstLineIgnoreTheWrapper() throws Exception {
        write("bad.js", "let x = ;");
        assertEquals("models/bad.js:1:9: SyntaxError: Expected an operand but found ;",
                fails(loader(), "models").getMessage());
        write("bad.js", "null.x;");
        assertTrue(fails(loader(), "models").getMessage().startsWith("models/bad.js:1:1: TypeError: "));
    }

    @Test
    void runtimeErrorUsesTheFirstUserFrame() throws Exception {
        write("a.js", "module.exports = function (sequelize) {\n  const t = 1;\n  throw new TypeError('boom');\n};\n");
        assertEquals("models/a.js:3:9: TypeError: boom", fails(loader(), "models").getMessage());

        // An error raised inside the shim points at the model line that called it.
        write("a.js", "\n\nconst x = require('left-pad');\n");
        assertEquals("models/a.js:3:11: Error: Cannot find module 'left-pad'", fails(loader(), "models").getMessage());
    }

    @Test
    void pathsInMessagesAreShownLikeLocations() throws Exception {
        write("a.js", "throw new Error('cannot load ' + __filename + ', sorry');");
        assertEquals("models/a.js:1:7: Error: cannot load models/a.js, sorry", fails(loader(), "models").getMessage());
        // Without a model frame, a message that starts with the file becomes the location.
        write("a.js", "module.exports = { notAModel: true };");
        assertEquals("models/a.js:1:1: TypeError: a model file must export a function", fails(loader(), "models").getMessage());
    }

    @Test
    void pathsOutsideTheCurrentFolderAreShownAsGiven() throws Exception {
        write("bad.js", "let x = ;");
        Path cwd = Files.createDirectories(tmp.resolve("elsewhere"));
        ModelLoader l = new ModelLoader(cwd, ShimRuntime.DEFAULT_TIME_LIMIT, FAKE);
        assertTrue(fails(l, "../models").getMessage().startsWith("../models/bad.js:1:9: "));
        assertTrue(fails(l, models.toString()).getMessage().startsWith(models + "/bad.js:1:9: "));
    }

    @Test
    void unsupportedErrorsExitWithThree() throws Exception {
        write("a.js", "const e = new Error('no TypeScript enums'); e.name = 'UnsupportedError'; throw e;");
        ToolException e = fails(loader(), "models");
        assertEquals(ExitCode.UNSUPPORTED, e.exitCode());
        assertTrue(e.getMessage().startsWith("models/a.js:1:"), e.getMessage());
    }

    @Test
    void endlessLoopInAModelIsAModelError() throws Exception {
        write("loop.js", "module.exports = 1;\nfor (;;) {}\n");
        ModelLoader l = new ModelLoader(tmp, Duration.ofMillis(1500), FAKE);
        ToolException e = fails(l, "models");
        assertEquals(ExitCode.MODEL_ERROR, e.exitCode());
        assertTrue(e.getMessage().startsWith("models/loop.js:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("time limit of 1500 ms"), e.getMessage());
    }

    @Test
    void endlessRecursionIsAModelError() throws Exception {
        write("deep.js", "function f(n) { return f(n + 1) + 1; }\nf(0);\n");
        ToolException e = fails(loader(), "models");
        assertEquals(ExitCode.MODEL_ERROR, e.exitCode());
        assertTrue(e.getMessage().startsWith("models/deep.js:1:"), e.getMessage());
        assertTrue(e.getMessage().contains("RangeError"), e.getMessage());
    }

    @Test
    void aSymlinkedModelsFolderIsReadThroughItsLink() throws Exception {
        write("a.js", "module.exports = (s) => s.define(require('./b'));");
        write("b.js", "module.exports = 'B';");
        Files.createSymbolicLink(tmp.resolve("linked"), models);
        assertEquals("{\"files\":[\"a.js\",\"b.js\"],\"models\":[\"B\"]}",
                loader().load(Path.of("linked"), "raw").schemaJson());
        write("a.js", "null.x;");
        assertTrue(fails(loader(), "linked").getMessage().startsWith("linked/a.js:1:1: TypeError"));
    }

    @Test
    void badPathsAreUsageErrors() throws Exception {
        Files.writeString(tmp.resolve("file.js"), "x");
        assertEquals(ExitCode.USAGE, fails(loader(), "nope").exitCode());
        assertEquals(ExitCode.USAGE, fails(loader(), "file.js").exitCode());
    }

    @Test
    void aFolderWithoutModelFilesIsAUsageError() throws Exception {
        write("notes.txt", "x");
        write("user.test.js", "throw new Error('tests are never loaded')");
        Files.createDirectories(models.resolve("sub"));
        Files.writeString(models.resolve("sub/m.js"), "x");
        ToolException empty = fails(loader(), "models");
        assertEquals(ExitCode.USAGE, empty.exitCode());
        assertEquals("no model files (*.js, *.cjs, *.mjs, *.ts, or an index.js that is the only one) in models", empty.getMessage());
    }

    @Test
    void indexJsIsTheEntryPointOnlyWhenItIsTheOnlyFile() throws Exception {
        write("index.js", "module.exports = (s) => s.define(require('./sub/m'));");
        Files.createDirectories(models.resolve("sub"));
        Files.writeString(models.resolve("sub/m.js"), "module.exports = 'M';");
        write("user.spec.js", "throw new Error('tests are never loaded')");
        assertEquals("{\"files\":[\"index.js\"],\"models\":[\"M\"]}", loader().load(Path.of("models"), "raw").schemaJson());
        write("a.js", "module.exports = (s) => s.define('A');");
        ModelLoader.Result withOthers = loader().load(Path.of("models"), "raw", true);
        assertEquals("{\"files\":[\"a.js\"],\"models\":[\"A\"]}", withOthers.schemaJson());
        assertEquals(List.of(ModelLoader.VERBOSE + "user.spec.js: skipped, a test file",
                ModelLoader.VERBOSE + "index.js: skipped, the folder has other model files (index.js is loaded only when it is the only one, or when it requires all of them)",
                "fake shim loaded a.js"),
                withOthers.diagnostics());
        assertEquals(List.of("fake shim loaded a.js"), loader().load(Path.of("models"), "raw", false).diagnostics());
        // An index.js naming every other file is loaded with them, first (the folder's own index).
        write("index.js", "require('./a');\nmodule.exports = {};");
        assertEquals("{\"files\":[\"index.js\",\"a.js\"],\"models\":[\"A\"]}", loader().load(Path.of("models"), "raw").schemaJson());
    }

    @Test
    void brokenShimContractIsInternal() throws Exception {
        write("a.js", "1");
        ModelLoader l = new ModelLoader(tmp, ShimRuntime.DEFAULT_TIME_LIMIT, "test-fake/returns-number.js");
        assertEquals(ExitCode.INTERNAL, fails(l, "models").exitCode());
        ModelLoader missing = new ModelLoader(tmp, ShimRuntime.DEFAULT_TIME_LIMIT, "test-fake/missing.js");
        assertEquals(ExitCode.INTERNAL, fails(missing, "models").exitCode());
    }

    /** Which index.js is the folder's own index: one naming every other file in a relative require / import. */
    @Test
    void anIndexJsThatRequiresEveryOtherFileByNameIsLoadedWithThem() throws Exception {
        write("a.js", "");
        write("b-setup.js", "");
        write("index.js", "const a = require('./a');\nimport setup from \"./b-setup.js\";\n");
        assertEquals(List.of("index.js", "a.js", "b-setup.js"), ModelLoader.modelFiles(models));
        assertTrue(ModelLoader.requiresAll(models.resolve("index.js"), List.of("a.js", "b-setup.js")));
        write("index.js", "const a = require('./a');\nfs.readdirSync(__dirname).forEach((f) => require('./' + f));\n");
        assertEquals(List.of("a.js", "b-setup.js"), ModelLoader.modelFiles(models), "b-setup.js is not named");
        assertFalse(ModelLoader.requiresAll(models.resolve("index.js"), List.of("a.js", "User.ts")), "TypeScript files never");
        assertFalse(ModelLoader.requiresAll(models.resolve("index.js"), List.of()), "nothing to require");
        Files.delete(models.resolve("index.js"));
        Files.createSymbolicLink(models.resolve("index.js"), models.resolve("a.js"));
        write("a.js", "require('./a'); require('./b-setup');");
        assertEquals(List.of("a.js", "b-setup.js"), ModelLoader.modelFiles(models), "a symlink is not scanned");
    }
}
