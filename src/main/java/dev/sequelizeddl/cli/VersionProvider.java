package dev.sequelizeddl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the tool's version (filtered in by Maven) and the Sequelize it imitates. */
public final class VersionProvider implements IVersionProvider {
    /** The Sequelize release whose DDL this tool reproduces byte for byte. */
    public static final String SEQUELIZE_VERSION = "6.37.8";

    @Override
    public String[] getVersion() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException ignored) {
            // fall through to "unknown"
        }
        String version = p.getProperty("version", "unknown");
        if (version.startsWith("${")) {
            version = "unknown";
        }
        return new String[] {
            "sequelize-ddl " + version + " (Sequelize " + SEQUELIZE_VERSION + " DDL, GraalJS "
                    + p.getProperty("graalvm", "unknown") + ")"
        };
    }
}
