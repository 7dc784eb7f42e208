package dev.sequelizeddl.golden;

import dev.sequelizeddl.cli.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code test-fixtures/errors/<name>/}: model folders that must fail. {@code expected.txt} holds the
 * exit code (line 1) and a text the one stderr line must contain (line 2). Atlas must never read
 * half a schema, so stdout stays empty, for every dialect.
 */
class ErrorCasesTest {
    static final Path ERRORS = Path.of("test-fixtures", "errors");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ERRORS)) {
            return dirs.filter(d -> Files.exists(d.resolve("expected.txt")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithOneLineAndEmptyStdout(String name) throws IOException {
        Path dir = ERRORS.resolve(name);
        List<String> expected = Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
        int code = Integer.parseInt(expected.get(0).strip());
        String message = expected.get(1).strip();
        for (String dialect : List.of("mysql", "mariadb", "postgres", "sqlite", "mssql")) {
            CliRun run = CliRun.of("load", "--path", dir.resolve("models").toString(), "--dialect", dialect);
            assertEquals(code, run.code(), dialect + ": " + run.err());
            assertEquals("", run.out(), dialect);
            String err = run.err();
            assertTrue(err.contains(message), () -> dialect + ": stderr should contain '" + message + "' but was: " + err);
            assertEquals(1, err.strip().lines().count(), () -> dialect + ": one line expected: " + err);
        }
    }
}
