package dev.sequelizeddl.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the project and its test cases are. */
final class Fixtures {
    private Fixtures() {
    }

    private static Path root;

    /** The folder holding pom.xml and test-fixtures/, found upwards from the working directory. */
    static synchronized Path projectRoot() {
        if (root == null) {
            Path p = Path.of("").toAbsolutePath();
            while (p != null && !(Files.exists(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("test-fixtures")))) {
                p = p.getParent();
            }
            if (p == null) throw new IllegalStateException("project root (pom.xml + test-fixtures/) not found above " + Path.of("").toAbsolutePath());
            root = p;
        }
        return root;
    }

    static Path casesDir() {
        return projectRoot().resolve("test-fixtures/cases");
    }

    /** Case names (folders with models/), byte-sorted. */
    static List<String> cases() {
        try (Stream<Path> s = Files.list(casesDir())) {
            return s.filter(p -> Files.isDirectory(p.resolve("models")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path expected(String caseName, String fileName) {
        return casesDir().resolve(caseName).resolve("expected").resolve(fileName);
    }
}
