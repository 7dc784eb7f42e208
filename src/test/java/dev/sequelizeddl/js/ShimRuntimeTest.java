package dev.sequelizeddl.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShimRuntimeTest {
    @TempDir
    Path tmp;
    Path root;
    Path outside;

    @BeforeEach
    void files() throws Exception {
        root = Files.createDirectories(tmp.resolve("models"));
        Files.writeString(root.resolve("b.js"), "module.exports = 1;\n");
        Files.writeString(root.resolve("a.js"), "// a\n");
        Files.createDirectories(root.resolve("sub"));
        Files.writeString(root.resolve("sub/c.js"), "c");
        outside = Files.writeString(tmp.resolve("secret.txt"), "secret");
    }

    private ShimRuntime open() throws Exception {
        return ShimRuntime.open(new RootedFiles(root), Duration.ofSeconds(10));
    }

    private String eval(ShimRuntime rt, String js) {
        return rt.compile("test.js", js).toString();
    }

    private static String q(Path p) {
        return "'" + p.toString().replace("'", "\\'") + "'";
    }

    @Test
    void noJavaInteropOrNodeGlobals() throws Exception {
        try (ShimRuntime rt = open()) {
            assertEquals("undefined undefined undefined undefined undefined undefined",
                    eval(rt, "[typeof Java, typeof Packages, typeof Polyglot, typeof require, typeof process,"
                            + " typeof load].join(' ')"));
            PolyglotException e = assertThrows(PolyglotException.class,
                    () -> rt.compile("test.js", "Java.type('java.lang.System').exit(3)"));
            assertTrue(e.isGuestException(), e.getMessage());
            // Even if a model finds a way to the Java global, class lookup is refused.
            assertTrue(e.getMessage().contains("Java"), e.getMessage());
        }
    }

    @Test
    void hostReadsOnlyBelowTheRoot() throws Exception {
        Files.createSymbolicLink(root.resolve("link.txt"), outside);
        Files.createSymbolicLink(root.resolve("linkdir"), tmp);
        try (ShimRuntime rt = open()) {
            assertEquals("module.exports = 1;\n", eval(rt, "__host.readFile(" + q(root.resolve("b.js")) + ")"));
            assertEquals("file dir null", eval(rt, "[__host.stat(" + q(root.resolve("a.js")) + "), __host.stat("
                    + q(root.resolve("sub")) + "), String(__host.stat(" + q(root.resolve("none.js")) + "))].join(' ')"));
            assertEquals("true a.js,b.js,link.txt,linkdir,sub",
                    eval(rt, "const l = __host.listDir(" + q(root) + "); Array.isArray(l) + ' ' + l.join()"));

            for (String path : new String[] {
                outside.toString(),
                root + "/../secret.txt",
                root + "/link.txt",
                root + "/linkdir/secret.txt",
                "secret.txt",
                "/etc/passwd"}) {
                String js = "try { __host.readFile(" + q(Path.of(path)) + "); 'read!' } catch (e) { (e instanceof Error) + ' ' + e.message }";
                String result = eval(rt, js);
                assertTrue(result.startsWith("true cannot read"), path + " -> " + result);
                assertEquals("null", eval(rt, "String(__host.stat(" + q(Path.of(path)) + "))"), path);
            }
            String list = eval(rt, "try { __host.listDir(" + q(tmp) + ") } catch (e) { 'refused: ' + e.message }");
            assertTrue(list.startsWith("refused: cannot list"), list);
            String badArg = eval(rt, "try { __host.readFile(42) } catch (e) { e.name }");
            assertEquals("TypeError", badArg);
        }
    }

    @Test
    void shimResourcesAreReadableByRelativeNameOnly() throws Exception {
        try (ShimRuntime rt = open()) {
            assertEquals("true", eval(rt, "__host.readShim('test-fake/index.js').includes('__sequelizeDdl')"));
            assertEquals("null null null", eval(rt, "[String(__host.readShim('../pom.xml')), "
                    + "String(__host.readShim('/etc/passwd')), String(__host.readShim('nope.js'))].join(' ')"));
        }
    }

    @Test
    void compileKeepsTheDisplayNameForStackTraces() throws Exception {
        try (ShimRuntime rt = open()) {
            String stack = eval(rt, "try { __host.compile('/x/model.js', '\\n\\nnull.f()') } catch (e) { e.stack }");
            assertTrue(stack.contains("/x/model.js:3"), stack);
        }
    }

    @Test
    void warningsAndConsoleOutputAreCollectedNotPrinted() throws Exception {
        try (ShimRuntime rt = open()) {
            eval(rt, "__host.warn('first'); console.log('second'); console.error('third'); __host.warn('fourth'); 1");
            assertEquals(java.util.List.of("first", "second", "third", "fourth"), rt.diagnostics());
        }
    }

    @Test
    void endlessLoopIsStoppedByTheTimeLimit() throws Exception {
        long start = System.nanoTime();
        try (ShimRuntime rt = ShimRuntime.open(new RootedFiles(root), Duration.ofMillis(1500))) {
            PolyglotException e = assertThrows(PolyglotException.class,
                    () -> rt.compile("/m/loop.js", "let i = 0;\nwhile (true) { i++; }"));
            assertTrue(e.isCancelled() || e.isResourceExhausted(), e.getMessage());
        }
        // The limit counts CPU time, so on a busy machine the wall time can be several times longer.
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertTrue(seconds < 90, "took " + seconds + " s");
    }

    @Test
    void contextsDoNotShareGlobals() throws Exception {
        try (ShimRuntime rt = open()) {
            eval(rt, "globalThis.leak = 1");
        }
        try (ShimRuntime rt = open()) {
            assertEquals("undefined", eval(rt, "typeof leak"));
        }
        assertNotNull(ShimRuntime.engine());
    }

    @Test
    void utf8OrderIsCodePointOrder() {
        assertTrue(RootedFiles.compareUtf8("B.js", "a.js") < 0);
        assertTrue(RootedFiles.compareUtf8("a.js", "a.jsx") < 0);
        assertTrue(RootedFiles.compareUtf8("z.js", "\u00e9.js") < 0);
        // U+FB01 sorts before U+1F600 in UTF-8, although its UTF-16 unit is larger than a surrogate.
        assertTrue(RootedFiles.compareUtf8("\uFB01.js", "\uD83D\uDE00.js") < 0);
        assertTrue("\uFB01.js".compareTo("\uD83D\uDE00.js") > 0);
    }
}
