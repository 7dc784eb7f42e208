package dev.sequelizeddl.ddl;

/**
 * A construct Sequelize would render but this port does not (yet), so the output could not be
 * byte-identical; refusing is better than guessing.
 */
public class UnsupportedFeatureException extends RuntimeException {
    public UnsupportedFeatureException(String message) {
        super(message);
    }
}
