// Dev only (not shipped): the real ModelLoader (CONSTRAINED sandbox, real __host) running the
// working-tree js-shim on test-fixtures cases, compared with expected/<dialect>.schema.json.
// Run: js-shim/dev/java-loader-check.sh [caseDir…]   (needs target/classes from a build)
import dev.sequelizeddl.js.ModelLoader;
import com.fasterxml.jackson.databind.*;
import com.fasterxml.jackson.databind.node.*;
import java.nio.file.*;
import java.time.Duration;
public class LoaderRun {
  public static void main(String[] a) throws Exception {
    ObjectMapper om = new ObjectMapper();
    String[] dialects = {"mysql", "mariadb", "postgres", "sqlite", "mssql"};
    int bad = 0;
    for (String c : a) {
      Path dir = Path.of(c);
      for (String d : dialects) {
        Path exp = dir.resolve("expected/" + d + ".schema.json");
        Path err = dir.resolve("expected/" + d + ".error");
        String got; String status;
        try {
          var r = new ModelLoader(Path.of("/"), Duration.ofSeconds(60)).load(dir.resolve("models"), d);
          JsonNode n = om.readTree(r.schemaJson());
          for (JsonNode m : n.get("models")) ((ObjectNode) m).remove("source");
          if (Files.exists(exp)) status = n.equals(om.readTree(Files.readString(exp))) ? "SAME" : "DIFF";
          else status = "DIFF(no expected json)";
        } catch (Exception e) {
          String msg = e.getMessage();
          status = Files.exists(err) && msg != null && msg.contains(Files.readString(err).trim()) ? "SAME(error)" : "DIFF error: " + msg;
        }
        if (!status.startsWith("SAME")) bad++;
        System.out.println(status + " " + dir.getFileName() + " " + d);
      }
    }
    System.out.println(bad + " difference(s)");
  }
}
