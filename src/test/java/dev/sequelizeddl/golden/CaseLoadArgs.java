package dev.sequelizeddl.golden;

import dev.sequelizeddl.js.ModelLoader;
import dev.sequelizeddl.regress.ExpectedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** For tests that load a case with {@link ModelLoader} directly instead of the {@code load} command. */
public final class CaseLoadArgs {
    private CaseLoadArgs() {}

    /** {@code loader} with the {@code --root} of the case's {@link ExpectedFile#LOAD_ARGS} applied. */
    public static ModelLoader applied(ModelLoader loader, Path caseDir) throws IOException {
        List<String> args = ExpectedFile.loadArgs(caseDir);
        int root = args.indexOf("--root");
        if (root >= 0 && root + 1 < args.size()) loader.readableRoot(Path.of(args.get(root + 1)));
        return loader;
    }
}
