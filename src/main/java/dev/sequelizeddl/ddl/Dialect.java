package dev.sequelizeddl.ddl;

import java.util.Locale;

/** The dialects the Node provider accepts, by the names its --dialect flag takes. */
public enum Dialect {
    MYSQL("mysql"), MARIADB("mariadb"), POSTGRES("postgres"), SQLITE("sqlite"), MSSQL("mssql");

    private final String id;

    Dialect(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Dialect of(String name) {
        for (Dialect d : values()) {
            if (d.id.equals(name.toLowerCase(Locale.ROOT))) return d;
        }
        throw new IllegalArgumentException("unknown dialect '" + name + "' (expected one of mysql, mariadb, postgres, sqlite, mssql)");
    }

    @Override
    public String toString() {
        return id;
    }
}
