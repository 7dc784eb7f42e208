package dev.sequelizeddl.ddl;

/**
 * An error real Sequelize throws at the same point of DDL generation (same message where it
 * matters), e.g. {@code Invalid value { a: 1 }} when a default cannot be escaped. A model error:
 * the user's definition is at fault, not the tool.
 */
public class SequelizeError extends RuntimeException {
    private transient dev.sequelizeddl.schema.Model model;
    private String attribute;

    public SequelizeError(String message) {
        super(message);
    }

    /** Records the model whose DDL failed (the first one told wins); returns this error. */
    public SequelizeError inModel(dev.sequelizeddl.schema.Model model) {
        return inModel(model, null);
    }

    /** As {@link #inModel(dev.sequelizeddl.schema.Model)}, naming the attribute at fault too (or null). */
    public SequelizeError inModel(dev.sequelizeddl.schema.Model model, String attribute) {
        if (this.model == null) {
            this.model = model;
            this.attribute = attribute;
        }
        return this;
    }

    /** The model whose DDL failed, or null when not known. */
    public dev.sequelizeddl.schema.Model model() {
        return model;
    }

    /** The attribute at fault, or null when not known. */
    public String attribute() {
        return attribute;
    }
}
