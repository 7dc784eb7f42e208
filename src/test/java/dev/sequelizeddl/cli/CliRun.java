package dev.sequelizeddl.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line, as Atlas would see it: exit code, stdout, stderr. */
public record CliRun(int code, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
