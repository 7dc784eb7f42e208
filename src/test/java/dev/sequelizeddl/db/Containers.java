package dev.sequelizeddl.db;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MariaDBContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Testcontainers, kept in its own class so nothing of it loads unless a Docker engine is asked
 * for. Containers live until the JVM exits (Testcontainers' reaper removes them).
 */
final class Containers {
    private Containers() {
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    @SuppressWarnings("resource") // lives for the whole JVM
    static Databases.Server start(String engine) {
        if (engine.equals("postgres")) {
            // PostgreSQL 15 with PostGIS (the cases with GEOMETRY columns), as scripts/local-db.sh installs it.
            String image = System.getenv().getOrDefault("DDL_PG_IMAGE", "postgis/postgis:15-3.3");
            PostgreSQLContainer<?> c = new PostgreSQLContainer<>(DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"))
                    .withCommand("postgres", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
            c.start();
            return Databases.server(engine, c.getJdbcUrl(), c.getUsername(), c.getPassword(), "Testcontainers " + image);
        }
        String image = System.getenv().getOrDefault("DDL_MARIADB_IMAGE", "mariadb:10.11");
        MariaDBContainer<?> c = new MariaDBContainer<>(DockerImageName.parse(image).asCompatibleSubstituteFor("mariadb"))
                .withUsername("root").withPassword("ddl")
                .withCommand("--character-set-server=utf8mb4", "--collation-server=utf8mb4_general_ci",
                        "--innodb-flush-log-at-trx-commit=0", "--skip-log-bin");
        c.start();
        return Databases.server(engine, c.getJdbcUrl(), c.getUsername(), c.getPassword(), "Testcontainers " + image);
    }
}
