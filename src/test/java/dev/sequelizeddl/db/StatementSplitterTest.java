package dev.sequelizeddl.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatementSplitterTest {
    @Test
    void splitsAtTopLevelSemicolonsOnly() {
        String sql = "CREATE TABLE \"a;b\" (x VARCHAR(3) DEFAULT 'x;y''z;');\n"
                + "-- a comment; with a semicolon\n"
                + "COMMENT ON COLUMN \"a;b\".\"x\" IS 'it''s; fine';ALTER TABLE t ADD y INT;\n"
                + "DO $$ BEGIN CREATE TYPE e AS ENUM('a'); EXCEPTION WHEN duplicate_object THEN null; END $$;\n"
                + "DO $tag$ x; $$ y; $tag$;\n"
                + "DO 'BEGIN CREATE TYPE \"x\" AS ENUM(''a''); EXCEPTION WHEN duplicate_object THEN null; END';\n"
                + "SELECT E'a\\';b';\n"
                + "/* block; comment */ SELECT 1;\n"
                + "  ;\n-- trailing comment only\n";
        assertEquals(List.of(
                "CREATE TABLE \"a;b\" (x VARCHAR(3) DEFAULT 'x;y''z;')",
                "-- a comment; with a semicolon\nCOMMENT ON COLUMN \"a;b\".\"x\" IS 'it''s; fine'",
                "ALTER TABLE t ADD y INT",
                "DO $$ BEGIN CREATE TYPE e AS ENUM('a'); EXCEPTION WHEN duplicate_object THEN null; END $$",
                "DO $tag$ x; $$ y; $tag$",
                "DO 'BEGIN CREATE TYPE \"x\" AS ENUM(''a''); EXCEPTION WHEN duplicate_object THEN null; END'",
                "SELECT E'a\\';b'",
                "/* block; comment */ SELECT 1"), StatementSplitter.split(sql, false));
    }

    @Test
    void mysqlBackslashEscapesAndBackticks() {
        String sql = "CREATE TABLE `a;b` (`x` VARCHAR(5) DEFAULT 'it\\'s;', `y` TEXT COMMENT \"q\\\";\");\n"
                + "ALTER TABLE `a;b` ADD INDEX `i;` (`x`);\n# hash comment;\n";
        assertEquals(List.of(
                "CREATE TABLE `a;b` (`x` VARCHAR(5) DEFAULT 'it\\'s;', `y` TEXT COMMENT \"q\\\";\")",
                "ALTER TABLE `a;b` ADD INDEX `i;` (`x`)"), StatementSplitter.split(sql, true));
    }

    @Test
    void postgresKeepsBackslashLiteralOutsideEStrings() {
        assertEquals(List.of("SELECT 'a\\'", "SELECT 2"), StatementSplitter.split("SELECT 'a\\'; SELECT 2;", false));
        assertEquals(List.of("SELECT $1", "SELECT 2"), StatementSplitter.split("SELECT $1; SELECT 2", false));
    }
}
