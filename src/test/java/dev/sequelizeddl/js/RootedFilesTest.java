package dev.sequelizeddl.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the model code may read: the models folder, node_modules up the tree and the package.json files there. */
class RootedFilesTest {
    @TempDir
    Path tmp;

    private Path project;
    private Path models;

    private RootedFiles files() throws IOException {
        project = Files.createDirectories(tmp.resolve("app"));
        models = Files.createDirectories(project.resolve("src/models"));
        Files.writeString(models.resolve("user.js"), "module.exports = 1;\n");
        Files.writeString(project.resolve("package.json"), "{\"type\":\"commonjs\"}\n");
        Files.writeString(project.resolve("secret.js"), "module.exports = 'secret';\n");
        Files.writeString(project.resolve("src/config.js"), "module.exports = 'config';\n");
        Path pkg = Files.createDirectories(project.resolve("node_modules/left-pad"));
        Files.writeString(pkg.resolve("index.js"), "module.exports = 2;\n");
        Files.writeString(tmp.resolve("outside.txt"), "outside\n");
        return new RootedFiles(models);
    }

    @Test
    void readsTheModelsFolderAndTheNodeModulesAndPackageJsonAboveIt() throws IOException {
        RootedFiles files = files();
        assertEquals("module.exports = 1;\n", files.readFile(models.resolve("user.js").toString()));
        assertEquals("module.exports = 2;\n", files.readFile(project.resolve("node_modules/left-pad/index.js").toString()));
        assertEquals("dir", files.stat(project.resolve("node_modules").toString()));
        assertEquals("{\"type\":\"commonjs\"}\n", files.readFile(project.resolve("package.json").toString()));
        assertEquals(List.of("left-pad"), files.listDir(project.resolve("node_modules").toString()));
    }

    @Test
    void nothingElseAboveTheModelsFolder() throws IOException {
        RootedFiles files = files();
        for (Path p : List.of(project.resolve("secret.js"), project.resolve("src/config.js"), tmp.resolve("outside.txt"),
                Path.of("/etc/passwd"))) {
            assertNull(files.stat(p.toString()), p::toString);
            assertThrows(IOException.class, () -> files.readFile(p.toString()), p::toString);
        }
        // `..` out of node_modules, listing the project folder itself
        assertThrows(IOException.class, () -> files.readFile(project + "/node_modules/../secret.js"));
        assertThrows(IOException.class, () -> files.listDir(project.toString()));
        assertThrows(IOException.class, () -> files.listDir(project.resolve("src").toString()));
    }

    @Test
    void aSymlinkInNodeModulesThatLeadsOutIsRefused() throws IOException {
        RootedFiles files = files();
        Path link = project.resolve("node_modules/sneaky.js");
        Files.createSymbolicLink(link, project.resolve("secret.js"));
        assertNull(files.stat(link.toString()));
        assertThrows(IOException.class, () -> files.readFile(link.toString()));
    }

    @Test
    void everyRequestIsReportedWithItsOutcome() throws IOException {
        RootedFiles files = files();
        List<RootedFiles.Access> seen = new ArrayList<>();
        files.onAccess(seen::add);
        files.stat(models.resolve("user").toString());
        files.readFile(models.resolve("user.js").toString());
        assertThrows(IOException.class, () -> files.readFile(project.resolve("secret.js").toString()));
        files.listDir(models.toString());
        assertEquals(List.of(
                new RootedFiles.Access("stat", models.resolve("user").toString(), RootedFiles.Outcome.MISSING),
                new RootedFiles.Access("read", models.resolve("user.js").toString(), RootedFiles.Outcome.GRANTED),
                new RootedFiles.Access("read", project.resolve("secret.js").toString(), RootedFiles.Outcome.DENIED),
                new RootedFiles.Access("list", models.toString(), RootedFiles.Outcome.GRANTED)), seen);
    }

    @Test
    void aNodeModulesSymlinkAboveTheModelsFolderIsNotFollowed() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(outside.resolve("secret.js"), "module.exports = 'secret';\n");
        Path project = Files.createDirectories(tmp.resolve("repo"));
        Path modelsDir = Files.createDirectories(project.resolve("models"));
        Files.createSymbolicLink(project.resolve("node_modules"), outside);
        Files.createSymbolicLink(project.resolve("package.json"), outside.resolve("secret.js"));
        RootedFiles files = new RootedFiles(modelsDir);
        for (Path p : List.of(project.resolve("node_modules/secret.js"), outside.resolve("secret.js"), project.resolve("package.json"))) {
            assertNull(files.stat(p.toString()), p::toString);
            assertThrows(IOException.class, () -> files.readFile(p.toString()), p::toString);
        }
    }
}
