package dev.sequelizeddl.golden;

import dev.sequelizeddl.cli.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order in which the file system lists model files (creation order, inode order, mtimes) must
 * not change the output: the loader sorts names by bytes as Node's readdir does. The same projects
 * are written file by file in several shuffled orders and must print their expected bytes each time.
 */
class FileOrderTest {

    @TempDir
    Path tmp;

    @Test
    void shuffledCreationOrderPrintsTheSameBytes() throws IOException {
        for (String c : List.of("c39-loader-file-order", "c43-blog-cli-function", "c46-hr-cli-class")) {
            Path source = ModelsGoldenTest.CASES.resolve(c);
            String expected = dev.sequelizeddl.regress.ExpectedFile.stripNotes(
                    Files.readString(source.resolve("expected/mysql.sql"), StandardCharsets.UTF_8));
            List<Path> files;
            try (Stream<Path> walk = Files.walk(source.resolve("models"))) {
                files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
            }
            Random random = new Random(42);
            for (int round = 0; round < 3; round++) {
                Collections.shuffle(files, random);
                Path copy = tmp.resolve(c + "-" + round);
                long mtime = 1_000_000_000_000L;
                for (Path f : files) {
                    Path target = copy.resolve(source.resolve("models").relativize(f).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                    // later-created files get older mtimes, so neither order hints at the right one
                    Files.setLastModifiedTime(target, FileTime.fromMillis(mtime -= 1000));
                }
                CliRun run = CliRun.of("load", "--path", copy.toString(), "--dialect", "mysql");
                assertEquals(0, run.code(), run.err());
                assertEquals(expected, run.out(), c + " round " + round);
            }
        }
    }
}
