package dev.sequelizeddl.regress;

import dev.sequelizeddl.cli.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressCommandTest {
    static final Path CASES = Path.of("test-fixtures", "cases");
    static final Path SCRIPTS = Path.of("test-fixtures", "scripts");

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    @Test
    void everyFixtureCasePassesInOneJvmWithAReport(@TempDir Path tmp) throws IOException {
        Path report = tmp.resolve("report.json");
        CliRun run = CliRun.of("regress", CASES.toString(), "--jobs", "2", "--report", report.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertEquals("", run.err(), "no progress bar when stderr is not a terminal");
        assertTrue(run.out().contains(" 0 drifted"), run.out());
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertEquals(1, json.get("version").asInt());
        long cases;
        try (Stream<Path> dirs = Files.list(CASES)) {
            cases = dirs.filter(d -> Files.isDirectory(d.resolve("models"))).count();
        }
        assertTrue(json.get("results").size() >= cases * 4, json.get("summary").toString());
        assertEquals(json.get("results").size(), json.get("summary").get("pass").asInt());
        for (JsonNode r : json.get("results")) {
            assertEquals("pass", r.get("status").asText(), r.toString());
            assertTrue(r.get("diff").isNull());
        }
    }

    @Test
    void driftIsReportedWithADiffAndUpdateKeepsNotesAndOtherDialects(@TempDir Path tmp) throws IOException {
        Path project = tmp.resolve("projects").resolve("c41");
        copyTree(CASES.resolve("c41-builtin-method-log"), project);
        Path mysql = project.resolve("expected/mysql.sql");
        Path postgres = project.resolve("expected/postgres.sql");
        String original = Files.readString(mysql, StandardCharsets.UTF_8);
        String broken = original.replace("CREATE TABLE IF NOT EXISTS", "CREATE TABLE");
        assertFalse(original.equals(broken));
        Files.writeString(mysql, broken, StandardCharsets.UTF_8);
        Files.writeString(postgres, "garbage\n", StandardCharsets.UTF_8);
        FileTime pgTime = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(postgres, pgTime);

        Path report = tmp.resolve("r.json");
        CliRun run = CliRun.of("regress", tmp.resolve("projects").toString(), "--dialect", "mysql,sqlite", "--report", report.toString(),
                "--progress", "always");
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("[") && run.err().contains("2/2"), run.err());
        assertTrue(run.out().contains("@@ -"), run.out());
        assertTrue(run.out().contains("-CREATE TABLE `"), run.out());
        assertTrue(run.out().contains("+CREATE TABLE IF NOT EXISTS `"), run.out());
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        JsonNode first = json.get("results").get(0);
        assertEquals("mysql", first.get("dialect").asText());
        assertEquals("drift", first.get("status").asText());
        assertTrue(first.get("diff").asText().startsWith("--- expected/mysql.sql\n+++ actual\n@@ -"), first.toString());
        assertEquals("pass", json.get("results").get(1).get("status").asText());

        CliRun update = CliRun.of("regress", tmp.resolve("projects").toString(), "--dialect", "mysql", "--update");
        assertEquals(0, update.code(), update.out() + update.err());
        assertTrue(update.out().contains("1 updated"), update.out());
        assertEquals(original, Files.readString(mysql, StandardCharsets.UTF_8), "notes kept, DDL rewritten");
        assertEquals("garbage\n", Files.readString(postgres, StandardCharsets.UTF_8));
        assertEquals(pgTime, Files.getLastModifiedTime(postgres), "a dialect not run is not touched");

        assertEquals(1, CliRun.of("regress", tmp.resolve("projects").toString(), "--dialect", "postgres").code());
        assertEquals(0, CliRun.of("regress", tmp.resolve("projects").toString(), "--dialect", "mysql").code());
    }

    @Test
    void expectedErrorsMustMatchAndUpdateWritesThemWithoutLocation(@TempDir Path tmp) throws IOException {
        Path project = tmp.resolve("p").resolve("c54");
        copyTree(CASES.resolve("c54-id-not-primary-key-error"), project);
        Path error = project.resolve("expected/sqlite.error");
        String message = Files.readString(error, StandardCharsets.UTF_8);
        Files.writeString(error, "some other message\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("regress", tmp.resolve("p").toString(), "--dialect", "sqlite");
        assertEquals(1, run.code(), run.out());
        assertTrue(run.out().contains("-some other message"), run.out());
        assertEquals(0, CliRun.of("regress", tmp.resolve("p").toString(), "--dialect", "sqlite", "--update").code());
        String written = Files.readString(error, StandardCharsets.UTF_8);
        assertTrue(written.contains(message.strip()), written);
        assertFalse(written.contains(".js:"), written);
        assertEquals(0, CliRun.of("regress", tmp.resolve("p").toString(), "--dialect", "sqlite").code());
    }

    @Test
    void manifestListsProjectsAndDialectsAndMissingExpectedFilesFail(@TempDir Path tmp) throws IOException {
        copyTree(CASES.resolve("c02-minimal-user/models"), tmp.resolve("a/models"));
        copyTree(CASES.resolve("c02-minimal-user/expected"), tmp.resolve("a/expected"));
        copyTree(CASES.resolve("c20-comments/models"), tmp.resolve("b/models"));
        Path manifest = tmp.resolve("projects.txt");
        Files.writeString(manifest, "# two projects\na mysql, postgres\n\nb sqlite\n", StandardCharsets.UTF_8);
        Path report = tmp.resolve("r.json");
        CliRun run = CliRun.of("regress", manifest.toString(), "--report", report.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("b sqlite: no expected file"), run.out());
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertEquals(3, json.get("results").size());
        assertEquals("missing", json.get("results").get(2).get("status").asText());
        assertEquals(0, CliRun.of("regress", manifest.toString(), "--update").code());
        assertTrue(Files.readString(tmp.resolve("b/expected/sqlite.sql")).startsWith("CREATE TABLE IF NOT EXISTS"));
        assertFalse(Files.exists(tmp.resolve("b/expected/mysql.sql")));
        assertEquals(0, CliRun.of("regress", manifest.toString()).code());
    }

    @Test
    void atlasPosLinesUseTheModelsPlaceholder(@TempDir Path tmp) throws IOException {
        Path project = tmp.resolve("p").resolve("ts");
        copyTree(CASES.resolve("t01-provider-ts-sample"), project);
        Path mysql = project.resolve("expected/mysql.sql");
        String original = Files.readString(mysql, StandardCharsets.UTF_8);
        assertTrue(original.contains("$MODELS/"), original);
        assertEquals(0, CliRun.of("regress", tmp.resolve("p").toString(), "--dialect", "mysql").code());
        Files.writeString(mysql, original.replace("ENGINE=InnoDB", "ENGINE=MyISAM"), StandardCharsets.UTF_8);
        assertEquals(0, CliRun.of("regress", tmp.resolve("p").toString(), "--dialect", "mysql", "--update").code());
        assertEquals(original, Files.readString(mysql, StandardCharsets.UTF_8));
    }

    @Test
    void usageErrors(@TempDir Path tmp) throws IOException {
        assertEquals(2, CliRun.of("regress", tmp.resolve("nope").toString()).code());
        assertEquals(2, CliRun.of("regress", tmp.toString()).code());
        assertEquals(2, CliRun.of("regress", CASES.toString(), "--dialect", "oracle").code());
        assertEquals(2, CliRun.of("regress", CASES.toString(), "--jobs", "0").code());
        Path manifest = tmp.resolve("m.txt");
        Files.writeString(manifest, "missing-folder mysql\n");
        CliRun run = CliRun.of("regress", manifest.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("m.txt:1:"), run.err());
    }

    /** Script projects (the providers' "As JS/TS Script"): `run <script>` must print expected.out. */
    @Test
    void scriptProjectsRunTheirScriptAgainstExpectedOut(@TempDir Path tmp) throws IOException {
        Path report = tmp.resolve("scripts.json");
        CliRun run = CliRun.of("regress", SCRIPTS.toString(), "--report", report.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().lines().findFirst().orElse("").contains("script"), run.out());
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        long scripts;
        try (Stream<Path> dirs = Files.list(SCRIPTS)) {
            scripts = dirs.filter(Files::isDirectory).count();
        }
        assertEquals(scripts, json.get("summary").get("pass").asInt(), json.toString());
        for (JsonNode r : json.get("results")) {
            assertTrue(r.get("dialect").isNull(), r.toString());
            assertTrue(r.get("script").asText().matches("load\\.(js|ts)"), r.toString());
        }
    }

    @Test
    void aScriptProjectDriftsAndUpdateWritesItsOutputWithTheFolderPlaceholder(@TempDir Path tmp) throws IOException {
        Path project = tmp.resolve("projects").resolve("s03");
        copyTree(SCRIPTS.resolve("s03-ts-readme"), project);
        Path expectedOut = project.resolve("expected.out");
        String original = Files.readString(expectedOut, StandardCharsets.UTF_8);
        assertTrue(original.contains("$SCRIPT/models/"), original);
        Files.writeString(expectedOut, original.replace("CREATE TABLE", "CREATE TABLE IF"), StandardCharsets.UTF_8);

        CliRun drift = CliRun.of("regress", tmp.resolve("projects").toString());
        assertEquals(1, drift.code(), drift.out() + drift.err());
        assertTrue(drift.out().contains("== s03 script: drift"), drift.out());
        assertTrue(drift.out().contains("--- expected.out\n+++ actual\n"), drift.out());

        CliRun update = CliRun.of("regress", tmp.resolve("projects").toString(), "--update");
        assertEquals(0, update.code(), update.out() + update.err());
        assertEquals(original, Files.readString(expectedOut, StandardCharsets.UTF_8));

        Path manifest = tmp.resolve("manifest.txt");
        Files.writeString(manifest, "projects/s03 mysql\n", StandardCharsets.UTF_8);
        CliRun withDialect = CliRun.of("regress", manifest.toString());
        assertEquals(2, withDialect.code(), withDialect.out() + withDialect.err());
        assertTrue(withDialect.err().contains("is a script project"), withDialect.err());
    }
}
