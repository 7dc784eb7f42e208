package dev.sequelizeddl.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The database findings a case is known to have, as data: {@code test-fixtures/cases/<case>/db-known.txt}.
 * The database tests assert that each listed finding still happens exactly as listed (so a fix shows
 * up as a failure asking to update the list) and that nothing else goes wrong. Format:
 *
 * <pre>
 * # comment
 * &lt;dialect&gt; &lt;check&gt; &lt;class&gt;: &lt;why, one line&gt;
 *   | &lt;text&gt;
 * </pre>
 *
 * <ul>
 * <li>{@code apply}: our DDL fails on the engine; one text line, found in the engine's error message;</li>
 * <li>{@code models}: the schema read back misses what the models declare; the text lines are exactly
 *     {@link ModelExpectations#check}'s problems;</li>
 * <li>{@code sync-fails}: real {@code sequelize.sync()} fails; one text line, found in its error;</li>
 * <li>{@code sync-differs}: the schemas from our DDL and from {@code sync()} differ; the text lines are
 *     exactly the diff's lines (or {@value #OURS_FAIL}).</li>
 * </ul>
 * Classes: {@code engine} (the engine cannot do this by design: a type, extension or syntax it does
 * not have — the per-engine applicability list), {@code sequelize} (Sequelize 6.37.8 itself writes
 * this, the Node provider and {@code sync()} alike, and we keep the provider's bytes), {@code sync}
 * (a deliberate or known difference between our DDL and {@code sync()}). A table the models reference
 * and do not define is no finding: the case creates it first ({@link DbSetup}).
 */
final class KnownFindings {
    static final String FILE = "db-known.txt";
    static final Set<String> CHECKS = Set.of("apply", "models", "sync-fails", "sync-differs");
    static final Set<String> CLASSES = Set.of("engine", "sequelize", "sync");
    /** The {@code sync-differs} text when our DDL does not apply but {@code sync()} does. */
    static final String OURS_FAIL = "our DDL does not apply; sync() does";

    record Entry(String dialect, String check, String kind, String why, List<String> text, int line) {
    }

    private KnownFindings() {
    }

    private static final Map<String, Map<String, Entry>> CACHE = new LinkedHashMap<>();

    static Path file(String caseName) {
        return Fixtures.casesDir().resolve(caseName).resolve(FILE);
    }

    /** The case's entry for dialect × check, or null. */
    static synchronized Entry get(String caseName, String dialect, String check) {
        Map<String, Entry> m = CACHE.get(caseName);
        if (m == null) {
            m = new LinkedHashMap<>();
            for (Entry e : parse(file(caseName))) m.put(e.dialect + " " + e.check, e);
            CACHE.put(caseName, m);
        }
        return m.get(dialect + " " + check);
    }

    /** Reads a file (missing = no entries); a malformed file throws IllegalArgumentException naming the line. */
    static List<Entry> parse(Path file) {
        List<Entry> out = new ArrayList<>();
        if (!Files.exists(file)) return out;
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> seen = new java.util.HashSet<>();
        Entry open = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            String where = file + ":" + (i + 1) + ": ";
            if (l.isBlank() || l.startsWith("#")) continue;
            if (l.startsWith("  | ") || l.equals("  |")) {
                if (open == null) throw new IllegalArgumentException(where + "text line without an entry");
                open.text.add(l.length() > 4 ? l.substring(4) : "");
                continue;
            }
            int colon = l.indexOf(": ");
            String[] head = (colon < 0 ? l : l.substring(0, colon)).split(" ");
            if (colon < 0 || head.length != 3) {
                throw new IllegalArgumentException(where + "expected `<dialect> <check> <class>: <why>`, got: " + l);
            }
            if (!DdlDatabaseTest.DIALECTS.contains(head[0])) throw new IllegalArgumentException(where + "unknown dialect " + head[0]);
            if (!CHECKS.contains(head[1])) throw new IllegalArgumentException(where + "unknown check " + head[1] + " (one of " + CHECKS + ")");
            if (!CLASSES.contains(head[2])) throw new IllegalArgumentException(where + "unknown class " + head[2] + " (one of " + CLASSES + ")");
            if (!seen.add(head[0] + " " + head[1])) throw new IllegalArgumentException(where + "second entry for " + head[0] + " " + head[1]);
            String why = l.substring(colon + 2).strip();
            if (why.isEmpty()) throw new IllegalArgumentException(where + "the entry must say why");
            open = new Entry(head[0], head[1], head[2], why, new ArrayList<>(), i + 1);
            out.add(open);
        }
        for (Entry e : out) {
            boolean oneLine = e.check.equals("apply") || e.check.equals("sync-fails");
            if (e.text.isEmpty() || (oneLine && e.text.size() != 1)) {
                throw new IllegalArgumentException(file + ":" + e.line + ": " + e.check + " needs " + (oneLine ? "exactly one" : "at least one") + " `  | ` text line");
            }
        }
        return out;
    }

    /**
     * An engine's error message without what changes from run to run: connection numbers, MariaDB
     * driver prefixes, the test databases' names.
     */
    static String normalize(String message) {
        return message.replaceAll("\\(conn[=:]\\d+(, no: \\d+, SQLState: \\w+)?\\) ", "")
                .replaceAll("sd_[a-z]+_[a-z]+_\\d+", "<db>")
                .replaceAll("(?s)\\s*Position: \\d+\\s*$", "")
                .strip();
    }

    /** What to add to the case's file for an unlisted finding. */
    static String suggestion(String caseName, String dialect, String check, List<String> text) {
        StringBuilder sb = new StringBuilder("\nNot listed in test-fixtures/cases/" + caseName + "/" + FILE
                + ". If it is known and cannot be fixed (see docs/db-tests.md), add:\n" + dialect + " " + check + " <engine|sequelize|sync>: <why>\n");
        for (String t : text) sb.append("  | ").append(t).append('\n');
        return sb.toString();
    }
}
