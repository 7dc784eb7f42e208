// Dev only (not shipped): runs js-shim in GraalJS with a minimal __host, to check that the shim
// needs nothing but ECMAScript + __host. Run with scripts in js-shim/dev/graal-run.sh.
import org.graalvm.polyglot.*;
import org.graalvm.polyglot.proxy.*;
import java.nio.file.*;
import java.util.*;

public class GraalRun {
  public static void main(String[] args) throws Exception {
    Path shim = Paths.get(args[0]).toAbsolutePath().normalize();
    Path root = Paths.get(args[1]).toAbsolutePath().normalize();
    String dialect = args[2];
    try (Context ctx = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
      Map<String, Object> host = new HashMap<>();
      host.put("readFile", (ProxyExecutable) a -> { try { return Files.readString(Paths.get(a[0].asString())); } catch (Exception e) { throw new RuntimeException(e.toString()); } });
      host.put("stat", (ProxyExecutable) a -> { Path p = Paths.get(a[0].asString()); return Files.isRegularFile(p) ? "file" : Files.isDirectory(p) ? "dir" : null; });
      host.put("listDir", (ProxyExecutable) a -> { try (var s = Files.list(Paths.get(a[0].asString()))) { return ProxyArray.fromList(new ArrayList<Object>(s.map(x -> x.getFileName().toString()).sorted().toList())); } catch (Exception e) { throw new RuntimeException(e); } });
      host.put("readShim", (ProxyExecutable) a -> { Path p = shim.resolve(a[0].asString()); try { return Files.isRegularFile(p) ? Files.readString(p) : null; } catch (Exception e) { throw new RuntimeException(e); } });
      host.put("compile", (ProxyExecutable) a -> ctx.eval(Source.newBuilder("js", a[1].asString(), a[0].asString()).buildLiteral()));
      host.put("warn", (ProxyExecutable) a -> { System.err.println("warn: " + a[0].asString()); return null; });
      ctx.getBindings("js").putMember("__host", ProxyObject.fromMap(host));
      ctx.eval(Source.newBuilder("js", Files.readString(shim.resolve("index.js")), "js-shim/index.js").build());
      List<Object> files = new ArrayList<>();
      try (var s = Files.list(root)) { s.map(x -> x.getFileName().toString()).filter(n -> n.endsWith(".js") && !n.equals("index.js")).sorted().forEach(files::add); }
      Map<String, Object> req = new HashMap<>();
      req.put("root", root.toString()); req.put("files", ProxyArray.fromList(files)); req.put("dialect", dialect);
      try {
        Value out = ctx.eval("js", "(r) => __sequelizeDdl.load({root: r.root, files: Array.from(r.files), dialect: r.dialect})").execute(ProxyObject.fromMap(req));
        System.out.println(out.asString());
      } catch (PolyglotException e) {
        System.err.println("ERROR: " + e.getMessage());
        for (var f : e.getPolyglotStackTrace()) if (f.isGuestFrame()) System.err.println("  at " + f);
        System.exit(1);
      }
    }
  }
}
