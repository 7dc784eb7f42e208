package dev.sequelizeddl.regress;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sequelizeddl.ddl.Dialect;
import dev.sequelizeddl.regress.Outcome.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The end of a regression run: the summary table (stdout) and the JSON report (--report). */
public final class Report {
    /** Bump when a member changes meaning or goes away (adding members does not bump it). */
    public static final int VERSION = 1;

    private Report() {}

    public static Map<Status, Integer> counts(List<Outcome> outcomes) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) counts.put(s, 0);
        for (Outcome o : outcomes) counts.merge(o.status(), 1, Integer::sum);
        return counts;
    }

    /** One row a project, one column a dialect that ran (then {@code script} for script projects), then the project's time. */
    public static String table(List<Project> projects, List<Outcome> outcomes, long totalMillis, int jobs) {
        List<String> columns = new ArrayList<>();
        for (Dialect d : Dialect.values()) {
            if (outcomes.stream().anyMatch(o -> o.dialect() == d)) columns.add(d.id());
        }
        if (outcomes.stream().anyMatch(o -> o.dialect() == null)) columns.add("script");
        Map<Project, Map<String, Outcome>> byProject = new LinkedHashMap<>();
        for (Project p : projects) byProject.put(p, new LinkedHashMap<>());
        for (Outcome o : outcomes) byProject.get(o.project()).put(o.target(), o);
        int nameWidth = "project".length();
        for (Project p : projects) nameWidth = Math.max(nameWidth, p.name().length());
        StringBuilder sb = new StringBuilder();
        sb.append(pad("project", nameWidth));
        for (String column : columns) sb.append("  ").append(pad(column, 8));
        sb.append("  ").append(String.format(Locale.ROOT, "%8s", "ms")).append('\n');
        for (Map.Entry<Project, Map<String, Outcome>> row : byProject.entrySet()) {
            sb.append(pad(row.getKey().name(), nameWidth));
            long ms = 0;
            for (String column : columns) {
                Outcome o = row.getValue().get(column);
                sb.append("  ").append(pad(o == null ? "-" : cell(o), 8));
                if (o != null) ms += o.millis();
            }
            sb.append("  ").append(String.format(Locale.ROOT, "%8d", ms)).append('\n');
        }
        Map<Status, Integer> c = counts(outcomes);
        sb.append(String.format(Locale.ROOT, "%d projects, %d runs: %d passed, %d drifted, %d missing, %d updated in %.1f s (%d jobs)%n",
                projects.size(), outcomes.size(), c.get(Status.PASS), c.get(Status.DRIFT), c.get(Status.MISSING),
                c.get(Status.UPDATED), totalMillis / 1000.0, jobs));
        return sb.toString();
    }

    static String cell(Outcome o) {
        return switch (o.status()) {
            case PASS -> "ok";
            case DRIFT -> "DRIFT";
            case MISSING -> "missing";
            case UPDATED -> "updated";
        };
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** The JSON report (docs/regress.md section of README): see {@link #VERSION}. */
    public static ObjectNode json(Path input, List<Outcome> outcomes, long totalMillis, int jobs, boolean update) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("version", VERSION);
        root.put("input", input.toString());
        root.put("jobs", jobs);
        root.put("update", update);
        root.put("millis", totalMillis);
        ObjectNode summary = root.putObject("summary");
        summary.put("runs", outcomes.size());
        counts(outcomes).forEach((s, n) -> summary.put(s.name().toLowerCase(Locale.ROOT), n));
        ArrayNode results = root.putArray("results");
        for (Outcome o : outcomes) {
            ObjectNode r = results.addObject();
            r.put("project", o.project().name());
            r.put("path", o.project().dir().toString());
            if (o.dialect() == null) r.putNull("dialect"); else r.put("dialect", o.dialect().id());
            if (o.project().script() != null) r.put("script", o.project().script().getFileName().toString());
            r.put("status", o.status().name().toLowerCase(Locale.ROOT));
            r.put("millis", o.millis());
            if (o.expected() == null) r.putNull("expected"); else r.put("expected", o.expected());
            if (o.message() == null) r.putNull("error"); else r.put("error", o.message());
            if (o.diff().isEmpty()) r.putNull("diff"); else r.put("diff", o.diff());
        }
        return root;
    }

    public static void write(Path file, ObjectNode report) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(file, mapper.writeValueAsString(report) + "\n", StandardCharsets.UTF_8);
    }
}
