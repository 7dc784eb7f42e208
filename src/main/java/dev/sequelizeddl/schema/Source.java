package dev.sequelizeddl.schema;

/** Where a model was defined (file path as the shim saw it, 1-based lines); may be absent. */
public record Source(String file, int line, int endLine) {}
