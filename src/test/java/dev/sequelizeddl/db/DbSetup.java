package dev.sequelizeddl.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a case's database holds before the models' DDL: {@code test-fixtures/cases/<case>/db-setup.sql},
 * the tables the models reference but do not define (a legacy table the app does not model), as a
 * real project's database has them. Portable SQL, one {@code CREATE TABLE} a statement, ended by
 * {@code ;} ({@link StatementSplitter}); the same file runs on PostgreSQL, MariaDB and SQLite, in the
 * database for our DDL and in the one for {@code sync()} alike, so both schemas hold these tables.
 */
final class DbSetup {
    static final String FILE = "db-setup.sql";
    private static final Pattern WHOLE_LINE_COMMENT = Pattern.compile("(?m)^[ \\t]*--[^\\n]*(?:\\n|$)");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?is)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([\"`]?)(\\w+)\\1\\s*\\(.*");

    private DbSetup() {
    }

    static Path file(String caseName) {
        return Fixtures.casesDir().resolve(caseName).resolve(FILE);
    }

    /**
     * The statements to run before the DDL (none without the file), without their whole-line
     * {@code --} comments: Sequelize's sqlite dialect silently skips a query that starts with {@code "-- "}.
     */
    static List<String> statements(String caseName, String dialect) {
        Path f = file(caseName);
        if (!Files.exists(f)) return List.of();
        try {
            return StatementSplitter.split(Files.readString(f, StandardCharsets.UTF_8), dialect.equals("mysql") || dialect.equals("mariadb"))
                    .stream().map(s -> WHOLE_LINE_COMMENT.matcher(s).replaceAll("").strip()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tables the file creates, in order; a statement that is not a plain {@code CREATE TABLE} throws. */
    static List<String> tables(String caseName) {
        List<String> out = new ArrayList<>();
        for (String s : statements(caseName, "postgres")) {
            Matcher m = CREATE_TABLE.matcher(s);
            if (!m.matches()) {
                throw new IllegalArgumentException(file(caseName) + ": only `CREATE TABLE name (…)` statements belong here, got: " + s);
            }
            out.add(m.group(2));
        }
        return out;
    }
}
