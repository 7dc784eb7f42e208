package dev.sequelizeddl.ddl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deliberate difference (oracle note (n), test-fixtures/oracle/corrections.js {@code outsideQuotedText}):
 * every dialect's createTableQuery edits the attribute fragments by searching their text ("PRIMARY KEY",
 * "REFERENCES", "COMMENT ", "SERIAL", "INT", "NOT NULL", "ENUM(…)"), and Sequelize's search also hits the
 * user's text inside quoted strings and names (a default {@code 'see COMMENT here'} cuts the postgres
 * statement open, a MySQL comment {@code 'not a PRIMARY KEY at all'} adds the column to the primary key,
 * a SQLite text key with default {@code 'INTRO'} becomes INTEGER PRIMARY KEY; the provider and
 * {@code sync()} alike). The statement is built from fragments whose quoted text is replaced by
 * placeholders ({@code U+E000 n U+E001}, the n-th quoted text), then the text is put back:
 * <ul>
 * <li>string literals {@code '…'} ({@code ''} doubled; on mysql/mariadb also backslash escapes) and
 *     identifiers in the dialect's quotes ({@code `} mysql/mariadb/sqlite, {@code "} postgres, {@code […]} mssql);</li>
 * <li>postgres and mssql append the column comment raw ({@code  COMMENT text}): masking stops at the first
 *     {@code "COMMENT "} outside quoted text;</li>
 * <li>sqlite keeps the literals {@code 'true'} and {@code 'false'}, which the boolean rewrite must see;</li>
 * <li>a fragment with an unterminated quote stays as it is; nothing is masked when a fragment contains
 *     a placeholder character.</li>
 * </ul>
 */
final class QuotedText {
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern PLACEHOLDER = Pattern.compile("\uE000(\\d+)\uE001");

    private final List<String> quoted = new ArrayList<>();
    private final LinkedHashMap<String, String> masked = new LinkedHashMap<>();

    private QuotedText() {}

    /** The fragments masked, or null when a fragment already contains a placeholder character. */
    static QuotedText mask(Dialect dialect, LinkedHashMap<String, String> fragments) {
        for (String f : fragments.values()) {
            if (f.indexOf(OPEN) >= 0 || f.indexOf(CLOSE) >= 0) return null;
        }
        QuotedText q = new QuotedText();
        for (Map.Entry<String, String> e : fragments.entrySet()) q.masked.put(e.getKey(), q.maskOne(dialect, e.getValue()));
        return q;
    }

    /** The masked fragments, in the given order (createTableQuery may change them, as Sequelize's does). */
    LinkedHashMap<String, String> fragments() {
        return masked;
    }

    /** {@code sql} with each placeholder replaced by its quoted text. */
    String restore(String sql) {
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            BigInteger n = new BigInteger(m.group(1));
            boolean known = n.compareTo(BigInteger.valueOf(quoted.size())) < 0;
            m.appendReplacement(out, Matcher.quoteReplacement(known ? quoted.get(n.intValue()) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String maskOne(Dialect dialect, String fragment) {
        boolean backslashEscapes = dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
        boolean rawComment = dialect == Dialect.POSTGRES || dialect == Dialect.MSSQL;
        char nameOpen = dialect == Dialect.POSTGRES ? '"' : dialect == Dialect.MSSQL ? '[' : '`';
        char nameClose = dialect == Dialect.MSSQL ? ']' : nameOpen;
        List<String> found = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < fragment.length()) {
            if (rawComment && fragment.startsWith("COMMENT ", i)) {
                out.append(fragment, i, fragment.length());
                break;
            }
            char c = fragment.charAt(i);
            if (c != '\'' && c != nameOpen) {
                out.append(c);
                i++;
                continue;
            }
            int end = c == '\'' ? literalEnd(fragment, i, backslashEscapes) : fragment.indexOf(nameClose, i + 1);
            if (end == -1) return fragment;
            String text = fragment.substring(i, end + 1);
            if (dialect == Dialect.SQLITE && (text.equals("'true'") || text.equals("'false'"))) {
                out.append(text);
            } else {
                out.append(OPEN).append(quoted.size() + found.size()).append(CLOSE);
                found.add(text);
            }
            i = end + 1;
        }
        quoted.addAll(found);
        return out.toString();
    }

    /** The index of the quote closing the string literal that opens at {@code start}, or -1. */
    private static int literalEnd(String text, int start, boolean backslashEscapes) {
        for (int j = start + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (backslashEscapes && c == '\\') {
                j++;
            } else if (c == '\'') {
                if (j + 1 >= text.length() || text.charAt(j + 1) != '\'') return j;
                j++;
            }
        }
        return -1;
    }
}
