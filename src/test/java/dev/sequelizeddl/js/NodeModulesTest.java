package dev.sequelizeddl.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sequelizeddl.cli.CliRun;

/**
 * The module system for real projects' model files (issue 5 part A): stand-ins for packages that are
 * not installed, the read-only fs, crypto digests, and line numbers of ES module files in errors.
 */
class NodeModulesTest {
    @TempDir
    Path tmp;

    private Path models() throws IOException {
        return Files.createDirectories(tmp.resolve("models"));
    }

    private CliRun load(Path models, String dialect) {
        return CliRun.of("load", "--path", models.toString(), "--dialect", dialect);
    }

    private static List<String> warnings(CliRun run) {
        return run.err().lines().filter(l -> l.startsWith("sequelize-ddl: warning:")).toList();
    }

    @Test
    void aMissingPackageGetsAStandInAndOneWarningPerPackageOnStderr() throws IOException {
        Path models = models();
        Files.writeString(models.resolve("a.js"), """
                const bcrypt = require('bcrypt');
                const _ = require('lodash');
                const fp = require('lodash/fp');
                const hashed = bcrypt.hashSync('pw', 10);           // a call gives another stand-in
                const { v4 } = require('bcrypt');                   // destructuring works
                const thing = new (bcrypt.Thing)();                 // so does new
                for (const x of _.range(3)) throw new Error('iterates as empty: ' + x);
                module.exports = (sequelize, DataTypes) => sequelize.define('A', {
                  name: DataTypes.STRING,
                }, { comment: `[${hashed}|${String(fp.map)}|${typeof v4}|${typeof thing}|${Number(_.size) + 1}]` });
                """);
        Files.writeString(models.resolve("b.js"), """
                const bcrypt = require('bcrypt');
                const util = require('util');
                module.exports = (sequelize, DataTypes) => sequelize.define('B', { n: DataTypes.INTEGER },
                  { hooks: { beforeCreate: (b) => { b.n = bcrypt.hashSync(util.format('%d', b.n), 10); } } });
                """);
        CliRun run = load(models, "postgres");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(
                "sequelize-ddl: warning: package 'bcrypt' is not installed; " + models + "/a.js gets an inert stand-in",
                "sequelize-ddl: warning: package 'lodash' is not installed; " + models + "/a.js gets an inert stand-in"),
                warnings(run));
        assertTrue(run.out().startsWith("CREATE TABLE IF NOT EXISTS \"As\""), run.out());
        assertTrue(run.out().contains("COMMENT ON TABLE \"As\" IS '[||function|function|1]'"), run.out());
        assertFalse(run.out().contains("warning"), run.out());
    }

    @Test
    void builtinsThatReachOutsideTheProcessAreNeverStandIns() throws IOException {
        Path models = models();
        for (String name : List.of("net", "child_process", "node:http", "dns", "tls", "http2", "vm", "worker_threads")) {
            Files.writeString(models.resolve("a.js"), "const x = require('" + name + "');\nmodule.exports = () => null;\n");
            CliRun run = load(models, "mysql");
            assertEquals(1, run.code(), name + ": " + run.err());
            assertEquals("", run.out());
            assertTrue(run.err().contains("a.js:1:") && run.err().contains("Cannot find module '" + name + "'"), run.err());
            assertTrue(warnings(run).isEmpty(), run.err());
        }
    }

    @Test
    void aBuiltinWithoutAnImplementationIsAStandInWithAWarning() throws IOException {
        Path models = models();
        Files.writeString(models.resolve("a.js"), """
                const zlib = require('zlib');
                const packed = zlib.gzipSync('x');
                module.exports = (sequelize, DataTypes) => sequelize.define('A', { name: DataTypes.STRING });
                """);
        CliRun run = load(models, "sqlite");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("sequelize-ddl: warning: Node built-in 'zlib' is not available; " + models
                + "/a.js gets an inert stand-in"), warnings(run));
    }

    @Test
    void fsReadsBelowTheModelsFolderOnlyAndNeverWrites() throws IOException {
        Path models = models();
        Files.writeString(tmp.resolve("secret.txt"), "CANARY-outside");
        Files.createDirectories(models.resolve("conf"));
        Files.writeString(models.resolve("conf/size.txt"), "42\n");
        Files.writeString(models.resolve("a.js"), """
                const fs = require('fs');
                const path = require('path');
                const size = Number(fs.readFileSync(path.join(__dirname, 'conf', 'size.txt'), 'utf8'));
                const outside = fs.existsSync(path.join(__dirname, '..', 'secret.txt'));
                module.exports = (sequelize, DataTypes) => sequelize.define('A', { name: DataTypes.STRING(size) },
                  { comment: `outside visible: ${outside}; listing: ${fs.readdirSync(__dirname).join(',')}` });
                """);
        CliRun ok = load(models, "postgres");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("\"name\" VARCHAR(42)"), ok.out());
        assertTrue(ok.out().contains("outside visible: false; listing: a.js,conf"), ok.out());

        Files.writeString(models.resolve("a.js"), """
                const fs = require('fs');
                module.exports = (sequelize, DataTypes) => sequelize.define('A', { name: DataTypes.STRING },
                  { comment: fs.readFileSync(__dirname + '/../secret.txt', 'utf8') });
                """);
        CliRun outside = load(models, "postgres");
        assertEquals(1, outside.code(), outside.err());
        assertEquals("", outside.out());
        assertTrue(outside.err().startsWith(models + "/a.js:3:"), outside.err());
        assertTrue(outside.err().contains("ENOENT: no such file or directory (model files can read only the models folder, node_modules and --root)"),
                outside.err());
        assertFalse(outside.err().contains("CANARY"), outside.err());

        Files.writeString(models.resolve("a.js"), """
                require('fs').promises.readFile('x');
                require('fs').appendFileSync(__dirname + '/a.js', '// more');
                module.exports = () => null;
                """);
        CliRun write = load(models, "postgres");
        assertEquals(1, write.code(), write.err());
        assertTrue(write.err().contains("a.js:2:") && write.err().contains("fs.appendFileSync('" + models
                + "/a.js'): model files cannot write or open files in sequelize-ddl (fs is read-only)"), write.err());
    }

    @Test
    void cryptoDigestsAreNodes() throws IOException {
        // Expected values computed by Node 20's crypto.
        Path models = models();
        Files.writeString(models.resolve("a.js"), """
                const crypto = require('crypto');
                const h = (alg, text, enc = 'hex') => crypto.createHash(alg).update(text).digest(enc);
                const digests = [
                  h('md5', 'abc'), h('sha1', 'abc'), h('sha256', 'abc'), h('sha512', 'abc'),
                  h('sha256', 'héllo ✓', 'base64'),
                  crypto.createHmac('sha256', 'key').update('The quick brown fox jumps over the lazy dog').digest('hex'),
                  crypto.createHash('sha1').digest('hex'),
                  crypto.createHash('sha256').update('ab').update(Buffer.from('c')).digest().toString('hex'),
                ];
                module.exports = (sequelize, DataTypes) => sequelize.define('A', { name: DataTypes.STRING },
                  { comment: digests.join(' ') });
                """);
        CliRun run = load(models, "postgres");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("COMMENT ON TABLE \"As\" IS '"
                + "900150983cd24fb0d6963f7d28e17f72 a9993e364706816aba3e25717850c26c9cd0d89d "
                + "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad "
                + "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f "
                + "VlfN74qFpYTg6WHm+CR89dP47SFJbtb9vP1Dp2HpQkU= "
                + "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8 "
                + "da39a3ee5e6b4b0d3255bfef95601890afd80709 "
                + "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'"), run.out());
    }

    @Test
    void errorsInEsModulesPointAtTheUsersLines() throws IOException {
        Path models = models();
        // A multi-line import (rewritten to one line) must not move the lines below it.
        Files.writeString(models.resolve("a.mjs"), """
                import {
                  DataTypes,
                  Model,
                } from 'sequelize';
                import path from 'path';

                export default (sequelize) => {
                  const base = path.basename('/x/y');
                  if (base === 'y') throw new Error('boom');
                  return sequelize.define('A', { name: DataTypes.STRING });
                };
                """);
        CliRun thrown = load(models, "mysql");
        assertEquals(1, thrown.code(), thrown.err());
        assertTrue(thrown.err().startsWith(models + "/a.mjs:9:"), thrown.err());
        assertTrue(thrown.err().contains("Error: boom"), thrown.err());

        Files.delete(models.resolve("a.mjs"));
        Files.writeString(models.resolve("package.json"), "{ \"type\": \"module\" }\n");
        Files.writeString(models.resolve("b.js"), """
                import { DataTypes } from 'sequelize';

                export default (sequelize) => {
                  return sequelize.define('B', { name: DataTypes.STRING ));
                };
                """);
        CliRun syntax = load(models, "mysql");
        assertEquals(1, syntax.code(), syntax.err());
        assertTrue(syntax.err().startsWith(models + "/b.js:4:"), syntax.err());
        assertTrue(syntax.err().contains("SyntaxError"), syntax.err());
        assertEquals(1, syntax.err().lines().count(), syntax.err());

        // Node gives ES modules no require / __dirname: they may declare their own.
        Files.writeString(models.resolve("b.js"), """
                import { createRequire } from 'module';
                import { fileURLToPath } from 'url';
                import path from 'path';
                const require = createRequire(import.meta.url);
                const __dirname = path.dirname(fileURLToPath(import.meta.url));
                const { name } = require('./package.json');
                export default (sequelize, DataTypes) => sequelize.define('B', { x: DataTypes.STRING },
                  { comment: `${path.basename(__dirname)} ${name} ${typeof module}` });
                """);
        CliRun own = load(models, "postgres");
        assertEquals(0, own.code(), own.err());
        assertTrue(own.out().contains("COMMENT ON TABLE \"Bs\" IS 'models undefined undefined'"), own.out());
    }
}
