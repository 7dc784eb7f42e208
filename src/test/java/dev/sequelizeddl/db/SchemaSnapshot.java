package dev.sequelizeddl.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A database's schema read back after DDL ran, normalised so that two databases built different
 * ways (our DDL, real {@code sequelize.sync()}) can be compared line by line, and so that the
 * models' declarations can be checked against it.
 *
 * <p>Kept: tables (with engine/collation/comment on MariaDB), columns in order (full type as the
 * server reports it, its family, nullability, default, auto-increment, comment), primary key,
 * foreign keys (columns, target, ON DELETE/ON UPDATE; not their names, which the servers invent
 * from creation order), indexes including those backing unique constraints (name, uniqueness,
 * columns, the server's own description), check constraints, and PostgreSQL enum types.
 */
public final class SchemaSnapshot {
    public record Column(String name, String type, String family, boolean nullable, String defaultValue,
                         boolean autoIncrement, String comment) {
    }

    public record ForeignKey(List<String> columns, String refTable, List<String> refColumns, String onDelete,
                             String onUpdate) {
    }

    public record Index(String name, boolean unique, boolean primary, List<String> columns, String detail) {
    }

    public static final class Table {
        public final String name;
        public final Map<String, Column> columns = new LinkedHashMap<>();
        public final List<String> primaryKey = new ArrayList<>();
        public final List<ForeignKey> foreignKeys = new ArrayList<>();
        public final List<Index> indexes = new ArrayList<>();
        public final List<String> checks = new ArrayList<>();
        public String options = "";

        Table(String name) {
            this.name = name;
        }
    }

    /** MariaDB: a table's name, qualified by its database when that is not the current one. */
    private static final String QUAL = "CASE WHEN TABLE_SCHEMA = DATABASE() THEN TABLE_NAME ELSE CONCAT(TABLE_SCHEMA, '.', TABLE_NAME) END";

    public final String engine;
    public final Map<String, Table> tables = new TreeMap<>();
    public final List<String> types = new ArrayList<>();

    private SchemaSnapshot(String engine) {
        this.engine = engine;
    }

    public Table table(String name) {
        return tables.get(name);
    }

    /** Canonical text, one fact per line; two snapshots mean the same schema iff these are equal. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (String t : types) out.add("type " + t);
        for (Table t : tables.values()) {
            out.add("table " + t.name + (t.options.isEmpty() ? "" : " [" + t.options + "]"));
            for (Column c : t.columns.values()) {
                out.add("  column " + c.name + " " + c.type + (c.nullable ? " NULL" : " NOT NULL")
                        + (c.defaultValue == null ? "" : " DEFAULT " + c.defaultValue)
                        + (c.autoIncrement ? " AUTO_INCREMENT" : "")
                        + (c.comment == null || c.comment.isEmpty() ? "" : " COMMENT " + c.comment));
            }
            if (!t.primaryKey.isEmpty()) out.add("  primary key (" + String.join(", ", t.primaryKey) + ")");
            List<String> fks = new ArrayList<>();
            for (ForeignKey f : t.foreignKeys) {
                fks.add("  foreign key (" + String.join(", ", f.columns) + ") references " + f.refTable + " ("
                        + String.join(", ", f.refColumns) + ") on delete " + f.onDelete + " on update " + f.onUpdate);
            }
            fks.sort(Comparator.naturalOrder());
            out.addAll(fks);
            List<String> idx = new ArrayList<>();
            for (Index i : t.indexes) {
                if (i.primary) continue;
                idx.add("  " + (i.unique ? "unique " : "") + "index " + i.name + " (" + String.join(", ", i.columns) + ")"
                        + (i.detail == null || i.detail.isEmpty() ? "" : " " + i.detail));
            }
            idx.sort(Comparator.naturalOrder());
            out.addAll(idx);
            List<String> checks = new ArrayList<>(t.checks);
            checks.sort(Comparator.naturalOrder());
            for (String c : checks) out.add("  check " + c);
        }
        return out;
    }

    @Override
    public String toString() {
        return String.join("\n", lines());
    }

    // ---------------------------------------------------------------------------------------------
    // Type families: what a column's server type is, roughly, so the models' declared types can be
    // checked without knowing every dialect's spelling.

    static String family(String type) {
        String t = type.toLowerCase(Locale.ROOT).trim();
        if (t.endsWith("[]") || t.startsWith("_") || t.equals("array")) return "array";
        if (t.startsWith("enum") || t.startsWith("\"enum_") || t.contains(".\"enum_") || t.startsWith("enum_")) return "enum";
        if (t.matches("(multi)?(point|linestring|polygon)|geometry.*|geography.*|geometrycollection")) return "geometry";
        if (t.startsWith("interval")) return "interval";
        if (t.startsWith("bool") || t.equals("tinyint(1)")) return "boolean";
        if (t.contains("int") || t.contains("serial")) return "integer";
        if (t.startsWith("decimal") || t.startsWith("numeric")) return "decimal";
        if (t.startsWith("float") || t.startsWith("double") || t.startsWith("real")) return "float";
        if (t.startsWith("uuid")) return "uuid";
        if (t.startsWith("json")) return "json";
        if (t.contains("char") || t.contains("text") || t.contains("clob") || t.startsWith("citext")) return "string";
        if (t.contains("blob") || t.startsWith("bytea") || t.contains("binary")) return "binary";
        if (t.startsWith("timestamp") || t.startsWith("datetime")) return "datetime";
        if (t.startsWith("date")) return "date";
        if (t.startsWith("time")) return "time";
        return "other";
    }

    // ---------------------------------------------------------------------------------------------
    // PostgreSQL: pg_catalog, every schema but the system ones.

    public static SchemaSnapshot readPostgres(Connection c) throws SQLException {
        SchemaSnapshot s = new SchemaSnapshot("postgres");
        String userSchemas = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'";
        Map<Long, String> names = new TreeMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT c.oid, n.nspname, c.relname, obj_description(c.oid, 'pg_class') "
                     + "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND " + userSchemas
                     // not the tables of extensions (PostGIS's spatial_ref_sys)
                     + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')")) {
            while (rs.next()) {
                String name = qualify(rs.getString(2), rs.getString(3));
                names.put(rs.getLong(1), name);
                Table t = new Table(name);
                if (rs.getString(4) != null) t.options = "comment=" + rs.getString(4);
                s.tables.put(name, t);
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
                     + "pg_get_expr(d.adbin, d.adrelid), col_description(a.attrelid, a.attnum), a.attidentity, t.typtype "
                     + "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                     + "JOIN pg_type t ON t.oid = a.atttypid "
                     + "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                     + "WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND " + userSchemas
                     + " ORDER BY a.attrelid, a.attnum")) {
            while (rs.next()) {
                Table t = names.containsKey(rs.getLong(1)) ? s.tables.get(names.get(rs.getLong(1))) : null;
                if (t == null) continue; // an extension's table (PostGIS's spatial_ref_sys)
                String type = rs.getString(3);
                String dflt = rs.getString(5);
                boolean auto = (dflt != null && dflt.startsWith("nextval(")) || !rs.getString(7).isEmpty();
                String family = "e".equals(rs.getString(8)) ? "enum" : family(type);
                t.columns.put(rs.getString(2), new Column(rs.getString(2), type, family, !rs.getBoolean(4), dflt, auto, rs.getString(6)));
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT con.conrelid, con.contype, "
                     + "ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.o), "
                     + "con.confrelid, "
                     + "ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.o), "
                     + "con.confdeltype, con.confupdtype, pg_get_constraintdef(con.oid), "
                     + "(SELECT n2.nspname || '.' || c2.relname FROM pg_class c2 JOIN pg_namespace n2 ON n2.oid = c2.relnamespace WHERE c2.oid = con.confrelid) "
                     + "FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                     + "WHERE con.contype IN ('p', 'f', 'c') AND " + userSchemas)) {
            while (rs.next()) {
                Table t = names.containsKey(rs.getLong(1)) ? s.tables.get(names.get(rs.getLong(1))) : null;
                if (t == null) continue;
                List<String> cols = List.of((String[]) rs.getArray(3).getArray());
                switch (rs.getString(2)) {
                    case "p" -> t.primaryKey.addAll(cols);
                    case "f" -> {
                        String ref = rs.getString(9);
                        int dot = ref.indexOf('.');
                        t.foreignKeys.add(new ForeignKey(cols, qualify(ref.substring(0, dot), ref.substring(dot + 1)),
                                List.of((String[]) rs.getArray(5).getArray()), pgAction(rs.getString(6)), pgAction(rs.getString(7))));
                    }
                    default -> t.checks.add(rs.getString(8));
                }
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT ix.indrelid, i.relname, ix.indisunique, ix.indisprimary, "
                     + "ARRAY(SELECT pg_get_indexdef(ix.indexrelid, k.o::int, true) FROM generate_subscripts(ix.indkey, 1) WITH ORDINALITY k(s, o) ORDER BY k.o), "
                     + "pg_get_indexdef(ix.indexrelid), "
                     + "EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = ix.indexrelid AND con.contype = 'u') "
                     + "FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class c ON c.oid = ix.indrelid "
                     + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + userSchemas)) {
            while (rs.next()) {
                Table t = names.containsKey(rs.getLong(1)) ? s.tables.get(names.get(rs.getLong(1))) : null;
                if (t == null) continue;
                List<String> cols = new ArrayList<>();
                for (String col : (String[]) rs.getArray(5).getArray()) cols.add(unquotePg(col));
                String def = rs.getString(6);
                // "CREATE [UNIQUE] INDEX name ON schema.table USING method (…) [WHERE …]" → "USING method (…) …"
                int using = def.indexOf(" USING ");
                String detail = (using >= 0 ? def.substring(using + 1) : def) + (rs.getBoolean(7) ? " [constraint]" : "");
                t.indexes.add(new Index(rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), cols, detail));
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT n.nspname, t.typname, string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) "
                     + "FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid "
                     + "WHERE " + userSchemas + " GROUP BY n.nspname, t.typname ORDER BY 1, 2")) {
            while (rs.next()) s.types.add("enum " + qualify(rs.getString(1), rs.getString(2)) + " (" + rs.getString(3) + ")");
        }
        return s;
    }

    private static String qualify(String schema, String name) {
        return schema.equals("public") ? name : schema + "." + name;
    }

    private static String unquotePg(String ident) {
        if (ident.length() >= 2 && ident.startsWith("\"") && ident.endsWith("\"")) {
            return ident.substring(1, ident.length() - 1).replace("\"\"", "\"");
        }
        return ident;
    }

    private static String pgAction(String code) {
        return switch (code) {
            case "a" -> "NO ACTION";
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> code;
        };
    }

    // ---------------------------------------------------------------------------------------------
    // MariaDB / MySQL: information_schema of the connection's current database.

    public static SchemaSnapshot readMariaDb(Connection c) throws SQLException {
        return readMariaDb(c, List.of());
    }

    /**
     * @param otherSchemas databases besides the current one whose tables belong to the schema
     *                     (Sequelize's {@code schema} option on MariaDB); their tables are named {@code db.table}
     */
    public static SchemaSnapshot readMariaDb(Connection c, List<String> otherSchemas) throws SQLException {
        SchemaSnapshot s = new SchemaSnapshot("mariadb");
        String current = c.getCatalog();
        StringBuilder in = new StringBuilder("(DATABASE()");
        for (String o : otherSchemas) in.append(", '").append(o.replace("'", "''")).append("'");
        in.append(")");
        String dbs = in.toString();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT CASE WHEN TABLE_SCHEMA = DATABASE() THEN TABLE_NAME ELSE CONCAT(TABLE_SCHEMA, '.', TABLE_NAME) END, "
                     + "ENGINE, TABLE_COLLATION, CREATE_OPTIONS, TABLE_COMMENT "
                     + "FROM information_schema.TABLES WHERE TABLE_SCHEMA IN " + dbs + " AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                Table t = new Table(rs.getString(1));
                StringBuilder o = new StringBuilder("engine=" + rs.getString(2) + " collation=" + rs.getString(3));
                if (rs.getString(4) != null && !rs.getString(4).isEmpty()) o.append(" options=").append(rs.getString(4));
                if (rs.getString(5) != null && !rs.getString(5).isEmpty()) o.append(" comment=").append(rs.getString(5));
                t.options = o.toString();
                s.tables.put(t.name, t);
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + QUAL + ", COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT, "
                     + "CHARACTER_SET_NAME, COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN " + dbs
                     + " ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION")) {
            while (rs.next()) {
                Table t = s.tables.get(rs.getString(1));
                if (t == null) continue;
                String type = rs.getString(3);
                String dflt = rs.getString(5);
                if ("NULL".equals(dflt)) dflt = null; // MariaDB spells "no default / DEFAULT NULL" as NULL
                String extra = rs.getString(6) == null ? "" : rs.getString(6).toLowerCase(Locale.ROOT);
                boolean auto = extra.contains("auto_increment");
                String rest = extra.replace("auto_increment", "").trim();
                if (!rest.isEmpty()) type = type + " " + rest; // e.g. on update current_timestamp()
                if (rs.getString(9) != null) type = type + " collate " + rs.getString(9);
                t.columns.put(rs.getString(2), new Column(rs.getString(2), type, family(rs.getString(3)),
                        "YES".equals(rs.getString(4)), dflt, auto, rs.getString(7)));
            }
        }
        Map<String, Index> indexes = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + QUAL + ", INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, INDEX_TYPE, COLLATION, INDEX_COMMENT "
                     + "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN " + dbs + " ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX")) {
            while (rs.next()) {
                String key = rs.getString(1) + "\u0000" + rs.getString(2);
                String col = rs.getString(4) + (rs.getString(5) == null ? "" : "(" + rs.getString(5) + ")")
                        + ("D".equals(rs.getString(7)) ? " DESC" : "");
                Index prev = indexes.get(key);
                if (prev == null) {
                    boolean primary = rs.getString(2).equals("PRIMARY");
                    String detail = "USING " + rs.getString(6)
                            + (rs.getString(8) == null || rs.getString(8).isEmpty() ? "" : " COMMENT " + rs.getString(8));
                    prev = new Index(rs.getString(2), rs.getInt(3) == 0, primary, new ArrayList<>(), detail);
                    indexes.put(key, prev);
                    Table t = s.tables.get(rs.getString(1));
                    if (t != null) t.indexes.add(prev);
                }
                prev.columns.add(col);
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT CASE WHEN k.TABLE_SCHEMA = DATABASE() THEN k.TABLE_NAME ELSE CONCAT(k.TABLE_SCHEMA, '.', k.TABLE_NAME) END, k.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME, "
                     + "k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE "
                     + "FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.TABLE_CONSTRAINTS tc "
                     + "ON tc.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND tc.TABLE_SCHEMA = k.TABLE_SCHEMA AND tc.TABLE_NAME = k.TABLE_NAME AND tc.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
                     + "LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS r "
                     + "ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
                     + "WHERE k.TABLE_SCHEMA IN " + dbs + " AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'FOREIGN KEY') "
                     + "ORDER BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION")) {
            Map<String, ForeignKey> fks = new LinkedHashMap<>();
            while (rs.next()) {
                Table t = s.tables.get(rs.getString(1));
                if (t == null) continue;
                if (rs.getString(3).equals("PRIMARY KEY")) {
                    t.primaryKey.add(rs.getString(4));
                    continue;
                }
                String key = rs.getString(1) + "\u0000" + rs.getString(2);
                ForeignKey fk = fks.get(key);
                if (fk == null) {
                    String refSchema = rs.getString(5);
                    String ref = rs.getString(6);
                    if (refSchema != null && !refSchema.equals(current)) ref = refSchema + "." + ref;
                    fk = new ForeignKey(new ArrayList<>(), ref, new ArrayList<>(), rs.getString(8), rs.getString(9));
                    fks.put(key, fk);
                    t.foreignKeys.add(fk);
                }
                fk.columns.add(rs.getString(4));
                fk.refColumns.add(rs.getString(7));
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT CASE WHEN CONSTRAINT_SCHEMA = DATABASE() THEN TABLE_NAME ELSE CONCAT(CONSTRAINT_SCHEMA, '.', TABLE_NAME) END, "
                     + "CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA IN " + dbs)) {
            while (rs.next()) {
                Table t = s.tables.get(rs.getString(1));
                if (t != null) t.checks.add(rs.getString(2) + ": " + rs.getString(3));
            }
        }
        return s;
    }

    // ---------------------------------------------------------------------------------------------
    // SQLite: sqlite_master and the pragmas.

    public static SchemaSnapshot readSqlite(Connection c) throws SQLException {
        SchemaSnapshot s = new SchemaSnapshot("sqlite");
        Map<String, String> sqlOf = new TreeMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) sqlOf.put(rs.getString(1), rs.getString(2));
        }
        for (Map.Entry<String, String> e : sqlOf.entrySet()) {
            String name = e.getKey();
            Table t = new Table(name);
            s.tables.put(name, t);
            boolean autoincrement = e.getValue() != null && e.getValue().toUpperCase(Locale.ROOT).contains("AUTOINCREMENT");
            TreeMap<Integer, String> pk = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT cid, name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String col = rs.getString(2);
                        String type = rs.getString(3);
                        int pkPos = rs.getInt(6);
                        if (pkPos > 0) pk.put(pkPos, col);
                        boolean auto = pkPos > 0 && autoincrement && type.equalsIgnoreCase("INTEGER");
                        t.columns.put(col, new Column(col, type, family(type), rs.getInt(4) == 0 && pkPos == 0 ? true : rs.getInt(4) == 0,
                                rs.getString(5), auto, null));
                    }
                }
            }
            t.primaryKey.addAll(pk.values());
            try (PreparedStatement ps = c.prepareStatement("SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    Map<Integer, ForeignKey> fks = new LinkedHashMap<>();
                    while (rs.next()) {
                        ForeignKey fk = fks.computeIfAbsent(rs.getInt(1), id -> {
                            try {
                                return new ForeignKey(new ArrayList<>(), rs.getString(3), new ArrayList<>(), rs.getString(7), rs.getString(6));
                            } catch (SQLException ex) {
                                throw new IllegalStateException(ex);
                            }
                        });
                        fk.columns.add(rs.getString(4));
                        fk.refColumns.add(rs.getString(5) == null ? "(primary key)" : rs.getString(5));
                    }
                    t.foreignKeys.addAll(fks.values());
                }
            }
            List<String[]> idx = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?)")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) idx.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            for (String[] i : idx) {
                List<String> cols = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT name, \"desc\", coll FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno")) {
                    ps.setString(1, i[0]);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            cols.add((rs.getString(1) == null ? "<expression>" : rs.getString(1)) + (rs.getInt(2) == 1 ? " DESC" : "")
                                    + ("BINARY".equals(rs.getString(3)) ? "" : " COLLATE " + rs.getString(3)));
                        }
                    }
                }
                // Automatic indexes get generated names; name them by what they are.
                String iname = i[0].startsWith("sqlite_autoindex_") ? "(" + i[2] + ")" : i[0];
                String detail = "origin=" + i[2] + ("1".equals(i[3]) ? " partial" : "");
                t.indexes.add(new Index(iname, "1".equals(i[1]), "pk".equals(i[2]), cols, detail));
            }
        }
        return s;
    }
}
