package dev.sequelizeddl.regress;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that knows the layout of an expected {@code <dialect>.sql} file (written by
 * test-fixtures/oracle/generate.js): leading {@code -- sequelize-ddl note:} lines that say why the
 * bytes differ from the Node provider's (not part of the output), then what {@code load} prints —
 * for TypeScript folders first the {@code -- atlas:pos} header, whose paths use {@code $MODELS}
 * for the models folder, and a blank line.
 */
public final class ExpectedFile {
    public static final String NOTE = "-- sequelize-ddl note:";
    public static final String ATLAS_POS = "-- atlas:pos ";
    /** Stands for the absolute models folder in atlas:pos lines, so expected files move with the project. */
    public static final String MODELS = "$MODELS";

    private ExpectedFile() {}

    /** What {@code load} must print: the file without its note lines. */
    public static String stripNotes(String sql) {
        while (sql.startsWith(NOTE)) {
            int nl = sql.indexOf('\n');
            sql = nl < 0 ? "" : sql.substring(nl + 1);
        }
        return sql;
    }

    /** The leading note lines (with their newlines). */
    public static String notes(String sql) {
        return sql.substring(0, sql.length() - stripNotes(sql).length());
    }

    /** The DDL alone: no note lines, no atlas:pos header (positions come from the load command, not the generators). */
    public static String ddl(String sql) {
        sql = stripNotes(sql);
        if (!sql.startsWith(ATLAS_POS)) return sql;
        while (sql.startsWith(ATLAS_POS)) {
            int nl = sql.indexOf('\n');
            sql = nl < 0 ? "" : sql.substring(nl + 1);
        }
        return sql.startsWith("\n") ? sql.substring(1) : sql;
    }

    /** The log lines a note says the Node provider prints on stdout (we print them on stderr). */
    public static List<String> loggedLines(String sql) {
        List<String> lines = new ArrayList<>();
        boolean inLog = false;
        for (String line : sql.lines().toList()) {
            if (!line.startsWith(NOTE)) break;
            String raw = line.substring(NOTE.length());
            if (raw.startsWith("   ") && inLog) {
                lines.add(raw.substring(3));
            } else {
                String note = raw.stripLeading();
                inLog = note.startsWith("the Node provider prints") && note.contains("log line");
            }
        }
        return lines;
    }

    /** Whether {@code wanted} appears in {@code actual} in order (other lines may stand between). */
    public static boolean isSubsequence(List<String> wanted, List<String> actual) {
        int i = 0;
        for (String line : actual) {
            if (i < wanted.size() && line.equals(wanted.get(i))) i++;
        }
        return i == wanted.size();
    }

    /** The optional file of a case / regress project with extra {@code load} arguments. */
    public static final String LOAD_ARGS = "load.args";

    /**
     * The extra {@code load} arguments of the project in {@code dir} ({@code dir/load.args}, words separated by
     * white space, e.g. {@code --root .} for models that require {@code ../db}); a word {@code .} or starting with
     * {@code ./} or {@code ../} is a path relative to {@code dir}. Empty when there is no such file.
     */
    public static List<String> loadArgs(java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path file = dir.resolve(LOAD_ARGS);
        if (!java.nio.file.Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> args = new java.util.ArrayList<>();
        for (String word : java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8).strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean relative = word.equals(".") || word.startsWith("./") || word.startsWith("../");
            args.add(relative ? dir.resolve(word).normalize().toString() : word);
        }
        return args;
    }
}
