package dev.sequelizeddl.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

/**
 * The masking behind createTableQuery (oracle note (n)); the bytes it leads to are checked against real
 * Sequelize + corrections.js by the golden tests (c49, c50, c80) and the fragment fixtures.
 */
class QuotedTextTest {

    private static String masked(Dialect dialect, String fragment) {
        LinkedHashMap<String, String> in = new LinkedHashMap<>();
        in.put("c", fragment);
        QuotedText q = QuotedText.mask(dialect, in);
        String m = q.fragments().get("c");
        assertEquals(fragment, q.restore(m), "restore gives the fragment back");
        return m;
    }

    @Test
    void quotedTextIsOutOfReachAndComesBack() {
        String pg = masked(Dialect.POSTGRES, "VARCHAR(255) NOT NULL DEFAULT 'a PRIMARY KEY, it''s SERIAL' REFERENCES \"INT COMMENT \" (\"id\")");
        assertFalse(pg.contains("PRIMARY KEY") || pg.contains("SERIAL") || pg.contains("COMMENT") || pg.contains("INT COMMENT"), pg);
        assertTrue(pg.startsWith("VARCHAR(255) NOT NULL DEFAULT ") && pg.contains(" REFERENCES "), pg);

        String my = masked(Dialect.MYSQL, "VARCHAR(255) DEFAULT 'C:\\\\PRIMARY KEY\\\\' COMMENT 'it\\'s REFERENCES x'");
        assertFalse(my.contains("PRIMARY KEY") || my.contains("REFERENCES"), my);
        assertTrue(my.contains(" COMMENT "), my);

        String ms = masked(Dialect.MSSQL, "VARCHAR(255) CHECK ([PRIMARY KEY] IN(N'COMMENT x', N'open'))");
        assertFalse(ms.contains("PRIMARY KEY") || ms.contains("COMMENT"), ms);
    }

    @Test
    void theRawCommentOfPostgresAndMssqlStaysAsItIs() {
        assertTrue(masked(Dialect.POSTGRES, "INTEGER DEFAULT 'x' COMMENT it's a 'PRIMARY KEY").endsWith(" COMMENT it's a 'PRIMARY KEY"));
        assertTrue(masked(Dialect.MSSQL, "INTEGER COMMENT it's").endsWith(" COMMENT it's"));
    }

    @Test
    void sqliteKeepsWholeBooleanLiteralsForTheBooleanRewrite() {
        String s = masked(Dialect.SQLITE, "TEXT DEFAULT 'true'");
        assertEquals("TEXT DEFAULT 'true'", s);
        assertFalse(masked(Dialect.SQLITE, "TEXT DEFAULT 'say DEFAULT true now'").contains("true"));
        assertFalse(masked(Dialect.POSTGRES, "TEXT DEFAULT 'true'").contains("true"));
    }

    @Test
    void anUnterminatedQuoteLeavesTheFragmentAsItIs() {
        assertEquals("VARCHAR(255) DEFAULT 'PRIMARY KEY", masked(Dialect.POSTGRES, "VARCHAR(255) DEFAULT 'PRIMARY KEY"));
        // MySQL reads \' as a quote inside the literal: this one never closes
        assertEquals("VARCHAR(255) DEFAULT 'x\\'", masked(Dialect.MYSQL, "VARCHAR(255) DEFAULT 'x\\'"));
    }

    @Test
    void placeholderCharactersInTheInputTurnMaskingOff() {
        LinkedHashMap<String, String> in = new LinkedHashMap<>();
        in.put("a", "VARCHAR(255) DEFAULT 'PRIMARY KEY'");
        in.put("b", "VARCHAR(255) DEFAULT '\uE0000\uE001'");
        assertNull(QuotedText.mask(Dialect.MYSQL, in));
    }
}
