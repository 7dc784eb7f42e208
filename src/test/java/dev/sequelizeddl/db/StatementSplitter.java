package dev.sequelizeddl.db;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a DDL text into single statements at top-level semicolons, so each can go to
 * {@code Statement.execute} alone (MariaDB/MySQL drivers reject multi-statement strings by default;
 * sqlite-jdbc silently runs only the first statement).
 *
 * <p>Semicolons do not split inside {@code '…'} strings, {@code "…"} / {@code `…`} / {@code […]}
 * identifiers, PostgreSQL dollar quotes ({@code $$…$$}, {@code $tag$…$tag$}), {@code -- …} line
 * comments and {@code /* … *}{@code /} block comments. In MySQL-family dialects a backslash escapes
 * the next character inside strings and identifiers quoted with {@code "} (as the server reads
 * them); in PostgreSQL only inside {@code E'…'} strings. Doubled quotes ({@code ''}) need no rule:
 * they close and reopen the string. Statements come back trimmed, without their {@code ;};
 * statements that are only comments or whitespace are dropped.
 */
public final class StatementSplitter {
    private StatementSplitter() {
    }

    /** @param mysqlFamily true for mysql/mariadb (backslash escapes in strings) */
    public static List<String> split(String sql, boolean mysqlFamily) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean meaningful = false; // cur holds something besides whitespace and comments
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == ';') {
                flush(out, cur, meaningful);
                cur.setLength(0);
                meaningful = false;
                i++;
                continue;
            }
            int end;
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                end = sql.indexOf('\n', i);
                end = end < 0 ? n : end + 1;
                // comments are kept in the statement text but do not make it meaningful
                cur.append(sql, i, end);
                i = end;
                continue;
            }
            if (c == '#' && mysqlFamily) {
                end = sql.indexOf('\n', i);
                end = end < 0 ? n : end + 1;
                cur.append(sql, i, end);
                i = end;
                continue;
            }
            if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                cur.append(sql, i, end);
                i = end;
                continue;
            }
            if (!Character.isWhitespace(c)) meaningful = true;
            if (c == '\'') {
                boolean backslash = mysqlFamily || (i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                        && (i < 2 || !Character.isLetterOrDigit(sql.charAt(i - 2)) && sql.charAt(i - 2) != '_'));
                end = quoted(sql, i, '\'', backslash);
            } else if (c == '"') {
                end = quoted(sql, i, '"', mysqlFamily);
            } else if (c == '`') {
                end = quoted(sql, i, '`', false);
            } else if (c == '[' && !mysqlFamily) {
                end = quoted(sql, i, ']', false);
            } else if (c == '$' && !mysqlFamily && (end = dollarQuoted(sql, i)) > 0) {
                // end set by dollarQuoted
            } else {
                end = i + 1;
            }
            cur.append(sql, i, end);
            i = end;
        }
        flush(out, cur, meaningful);
        return out;
    }

    private static void flush(List<String> out, StringBuilder cur, boolean meaningful) {
        if (meaningful) out.add(cur.toString().strip());
    }

    /** Index after the closing quote of the quoted run starting at {@code start}. */
    private static int quoted(String sql, int start, char close, boolean backslash) {
        int n = sql.length();
        int i = start + 1;
        while (i < n) {
            char c = sql.charAt(i);
            if (backslash && c == '\\') {
                i += 2;
                continue;
            }
            if (c == close) return i + 1; // a doubled quote reopens at the next iteration of split()
            i++;
        }
        return n;
    }

    /** For {@code $tag$…$tag$} at {@code start}: the index after the closing tag, or -1 if not a dollar quote. */
    private static int dollarQuoted(String sql, int start) {
        if (start > 0) {
            char p = sql.charAt(start - 1);
            if (Character.isLetterOrDigit(p) || p == '_' || p == '$') return -1; // part of an identifier / $1
        }
        int i = start + 1;
        int n = sql.length();
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
            if (i == start + 1 && Character.isDigit(sql.charAt(i))) return -1; // $1 parameter
            i++;
        }
        if (i >= n || sql.charAt(i) != '$') return -1;
        String tag = sql.substring(start, i + 1);
        int close = sql.indexOf(tag, i + 1);
        return close < 0 ? n : close + tag.length();
    }
}
