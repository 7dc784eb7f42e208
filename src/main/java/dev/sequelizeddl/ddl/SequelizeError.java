package dev.sequelizeddl.ddl;

/**
 * An error real Sequelize throws at the same point of DDL generation (same message where it
 * matters), e.g. {@code Invalid value { a: 1 }} when a default cannot be escaped. A model error:
 * the user's definition is at fault, not the tool.
 */
public class SequelizeError extends RuntimeException {
    public SequelizeError(String message) {
        super(message);
    }
}
