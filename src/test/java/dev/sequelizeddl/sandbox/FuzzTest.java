package dev.sequelizeddl.sandbox;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sequelizeddl.sandbox.HostileInputTest.Run;

/**
 * Random mutations of the valid fixture models ({@code test-fixtures/cases/*&#47;models}, small folders
 * only), with a fixed seed: whatever the damage, the CLI keeps its contract — exit 0, 1, 2 or 3 (never
 * 4), stdout empty unless 0, one stderr line on failure, bounded time, nothing from outside the folder.
 * {@code -Dfuzz.count=N} and {@code -Dfuzz.seed=S} change the run; a failure prints the mutated file.
 */
class FuzzTest {
    static final int COUNT = Integer.getInteger("fuzz.count", 2000);
    static final long SEED = Long.getLong("fuzz.seed", 6L);
    static final String TIMEOUT = "1";
    static final int THREADS = Integer.getInteger("fuzz.threads", 2);
    static final List<String> DIALECTS = List.of("mysql", "mariadb", "postgres", "sqlite", "mssql");

    /** Fragments a careless or hostile edit might bring in. */
    static final List<String> INSERTS = List.of("{", "}", "(", ")", "[", "]", ",", ";", ":", ".", "'", "\"", "`",
            "=>", "null", "undefined", "NaN", "-1", "1e309", "0x7fffffff", "'x'", "''", "{}", "[]", "this",
            "DataTypes.NOPE", "DataTypes.STRING(-5)", "DataTypes.ENUM()", "sequelize.define('X', {})",
            "sequelize.define('X', { id: DataTypes.INTEGER })", "throw new Error('fuzz');", "throw 1;",
            "process.exit(3);", "Object.prototype.fuzz = 1;", "require('fs')", "require('../x')", "require('./nope')",
            "Java.type('java.lang.System')", "Polyglot", "while (false) {}", "delete this;", "new Proxy({}, {})",
            "Symbol('s')", "10n", "function () {}", "async () => 1", "await", "yield", "import x from 'y';",
            "export default 1;", "\u0000", "\uFFFD", "\uD800", "\n", "// ", "/*", "*/", "references: { model: 'Nope' }",
            "allowNull: false", "primaryKey: true", "unique: true", "defaultValue: sequelize.fn('now')",
            "type: DataTypes.JSONB", "indexes: [{ fields: ['nope'] }]", "tableName: ''", "timestamps: 'yes'");

    record Fixture(String name, Map<String, String> files) {
    }

    static List<Fixture> fixtures() throws IOException {
        List<Fixture> out = new ArrayList<>();
        try (Stream<Path> cases = Files.list(Path.of("test-fixtures", "cases"))) {
            for (Path dir : cases.sorted().toList()) {
                Path models = dir.resolve("models");
                if (!Files.isDirectory(models)) {
                    continue;
                }
                Map<String, String> files = new TreeMap<>();
                try (Stream<Path> walk = Files.walk(models)) {
                    for (Path f : walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                        files.put(models.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8));
                    }
                }
                int size = files.values().stream().mapToInt(String::length).sum();
                boolean js = files.keySet().stream().anyMatch(n -> n.endsWith(".js") && !n.contains("/"));
                if (js && files.size() <= 3 && size <= 6000) {
                    out.add(new Fixture(dir.getFileName().toString(), files));
                }
            }
        }
        return out;
    }

    static String mutate(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
            switch (random.nextInt(8)) {
                case 0 -> { // delete a span
                    int end = Math.min(s.length(), at + 1 + random.nextInt(20));
                    s.delete(at, end);
                }
                case 1 -> s.insert(at, INSERTS.get(random.nextInt(INSERTS.size())));
                case 2 -> { // duplicate a span
                    int end = Math.min(s.length(), at + 1 + random.nextInt(40));
                    s.insert(end, s.substring(at, end));
                }
                case 3 -> { // random bytes-ish characters
                    for (int i = random.nextInt(6); i >= 0; i--) {
                        s.insert(at, (char) random.nextInt(0x3000));
                    }
                }
                case 4 -> s.setLength(at); // truncated file
                case 5 -> { // swap two lines
                    List<String> lines = new ArrayList<>(List.of(s.toString().split("\n", -1)));
                    if (lines.size() > 1) {
                        int a = random.nextInt(lines.size());
                        int b = random.nextInt(lines.size());
                        String t = lines.get(a);
                        lines.set(a, lines.get(b));
                        lines.set(b, t);
                        s = new StringBuilder(String.join("\n", lines));
                    }
                }
                case 6 -> { // change a digit
                    for (int i = at; i < s.length(); i++) {
                        if (Character.isDigit(s.charAt(i))) {
                            s.setCharAt(i, (char) ('0' + random.nextInt(10)));
                            break;
                        }
                    }
                }
                default -> { // replace an identifier-ish word by another word of the file
                    String[] words = s.toString().split("[^A-Za-z_]+");
                    if (words.length > 2) {
                        String from = words[random.nextInt(words.length)];
                        String to = words[random.nextInt(words.length)];
                        int i = from.isEmpty() ? -1 : s.indexOf(from, Math.min(at, s.length()));
                        if (i >= 0) {
                            s.replace(i, i + from.length(), to);
                        }
                    }
                }
            }
        }
        return s.toString();
    }

    @Test
    void mutatedFixturesKeepTheContract(@TempDir Path tmp) throws IOException {
        List<Fixture> fixtures = fixtures();
        assertTrue(fixtures.size() >= 20, "too few small fixtures: " + fixtures.size());
        // Warm the shared engine first: the CPU limit covers the shim's own start-up too.
        Path warm = Files.createDirectories(tmp.resolve("warm"));
        Files.writeString(warm.resolve("a.js"), "module.exports = (s, T) => s.define('A', { n: T.STRING });\n");
        HostileInputTest.cli(List.of("load", "--path", warm.toString(), "--dialect", "mysql"));
        Random random = new Random(SEED);
        record Case(int index, Fixture fixture, String target, String mutated, String dialect) {
        }
        // All inputs come from the seed first; running them on two threads does not change them.
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            Fixture fixture = fixtures.get(random.nextInt(fixtures.size()));
            List<String> jsFiles = fixture.files().keySet().stream().filter(n -> n.endsWith(".js")).toList();
            String target = jsFiles.get(random.nextInt(jsFiles.size()));
            String mutated = mutate(fixture.files().get(target), random);
            cases.add(new Case(i, fixture, target, mutated, DIALECTS.get(random.nextInt(DIALECTS.size()))));
        }
        java.util.concurrent.atomic.AtomicIntegerArray byCode = new java.util.concurrent.atomic.AtomicIntegerArray(5);
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(THREADS);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (Case c : cases) {
                done.add(pool.submit(() -> {
                    Path models = tmp.resolve("m" + c.index()).resolve("models");
                    try {
                        for (Map.Entry<String, String> f : c.fixture().files().entrySet()) {
                            Path p = models.resolve(f.getKey());
                            Files.createDirectories(p.getParent());
                            Files.write(p, (f.getKey().equals(c.target()) ? c.mutated() : f.getValue()).getBytes(StandardCharsets.UTF_8));
                        }
                        Run run = HostileInputTest.cli(List.of("load", "--path", models.toString(), "--dialect", c.dialect(),
                                "--timeout", TIMEOUT));
                        String what = "mutation " + c.index() + " of " + c.fixture().name() + "/" + c.target() + " (" + c.dialect() + ")";
                        try {
                            HostileInputTest.assertContract(what, run);
                        } catch (AssertionError e) {
                            failures.add(e.getMessage() + "\n--- mutated " + c.target() + " ---\n" + c.mutated());
                        }
                        byCode.incrementAndGet(Math.max(0, Math.min(4, run.code())));
                        deleteTree(models.getParent());
                    } catch (IOException e) {
                        failures.add("mutation " + c.index() + ": " + e);
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdownNow();
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.printf("fuzz: %d mutations in %d s on %d threads, exit codes 0..4: %s%n", COUNT, seconds, THREADS, byCode);
        if (!failures.isEmpty()) {
            fail(failures.size() + " mutations broke the contract; first:\n" + failures.get(0));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
