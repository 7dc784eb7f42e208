package dev.sequelizeddl.ts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstModuleExportName;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstModuleItem;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportAll;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultExpr;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportNamedSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportNamespaceSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportDefaultSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportNamedSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportStarAsSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstNamedExport;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstTsExportAssignment;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClass;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstClassExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstFnExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMetaPropExpr;
import com.caoccao.javet.swc4j.ast.enums.Swc4jAstMetaPropKind;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImport;
import com.caoccao.javet.swc4j.ast.program.Swc4jAstModule;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstClassDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstFnDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDecl;

/**
 * Rewrites the ES module that swc emits into CommonJS the way tsc's {@code module: commonjs} output
 * behaves: imports become {@code require} calls and every use of an imported name becomes a property
 * read on the required module ({@code Book} → {@code _sd0.Book}), so bindings stay live across require
 * cycles (Author ↔ Book) and decorator metadata such as {@code typeof Book === "undefined" ? Object : Book}
 * reads {@code undefined} → {@code Object} instead of hitting a temporal dead zone. Exports are assigned
 * to {@code exports} (functions first, as they are hoisted; everything else at the end of the module).
 *
 * <p>Works on source offsets of the parsed output and keeps every other character, so line numbers of
 * the swc output are unchanged (the prologue shares the first line).
 */
public final class EsmToCommonJs {
    private static final String HELPERS = "var __sdDefault = function (m) { return m && m.__esModule ? m : { default: m }; };"
            + " var __sdStar = function (m) { if (m && m.__esModule) return m; var r = {}; if (m != null) for (var k in m) if (k !== \"default\") r[k] = m[k]; r.default = m; return r; };"
            + " var __sdExportStar = function (m, e) { for (var k in m) if (k !== \"default\" && !Object.prototype.hasOwnProperty.call(e, k)) (function (k) { Object.defineProperty(e, k, { enumerable: true, get: function () { return m[k]; } }); })(k); };";

    /**
     * The names an ES module written in JavaScript sees its CommonJS plumbing under: private ones, since
     * such a module may declare {@code require}, {@code __dirname} … itself (Node gives ES modules none of them).
     * The shim's loader (js-shim/require.js) passes them as its ES-module wrapper's parameters.
     */
    static final String JS_REQUIRE = "__sd_require";
    static final String JS_EXPORTS = "__sd_exports";
    static final String JS_META = "__sd_meta";
    /** Ends the prologue on line 1: error columns on line 1 count from here (dev.sequelizeddl.js.GuestErrors). */
    public static final String PROLOGUE_END = "/*sequelize-ddl:user-code*/";

    private record Edit(int start, int end, String text) {
    }

    private final String code;
    private final CodePointOffsets offsets;
    private final List<Edit> edits = new ArrayList<>();
    private final Map<String, String> importedNames = new HashMap<>();
    private final List<String> hoistedExports = new ArrayList<>();
    private final List<String> trailingExports = new ArrayList<>();
    private int nextVar;
    private final String requireName;
    private final String exportsName;
    /** JavaScript ES modules: import.meta and import() are rewritten too, and the result is always a module. */
    private final boolean javaScript;

    private EsmToCommonJs(String code, boolean javaScript) {
        this.code = code;
        this.offsets = new CodePointOffsets(code);
        this.javaScript = javaScript;
        this.requireName = javaScript ? JS_REQUIRE : "require";
        this.exportsName = javaScript ? JS_EXPORTS : "exports";
    }

    /** @param module the parsed {@code code} (spans are offsets into it) */
    static String convert(String code, Swc4jAstModule module) {
        return new EsmToCommonJs(code, false).run(module);
    }

    /**
     * An ES module written in JavaScript (parsed from the user's own text) → a CommonJS body over
     * {@link #JS_REQUIRE} / {@link #JS_EXPORTS} / {@link #JS_META}; every line keeps its number.
     */
    static String convertJavaScript(String code, Swc4jAstModule module) {
        return new EsmToCommonJs(code, true).run(module);
    }

    private String run(Swc4jAstModule module) {
        boolean esm = false;
        for (ISwc4jAstModuleItem item : module.getBody()) {
            esm |= item instanceof Swc4jAstImportDecl || item.getClass().getSimpleName().startsWith("Swc4jAstExport")
                    || item instanceof Swc4jAstNamedExport || item instanceof Swc4jAstTsExportAssignment;
            if (item instanceof Swc4jAstImportDecl imp) {
                importDecl(imp);
            } else if (item instanceof Swc4jAstExportDecl exp) {
                exportDecl(exp);
            } else if (item instanceof Swc4jAstExportDefaultDecl exp) {
                exportDefaultDecl(exp);
            } else if (item instanceof Swc4jAstExportDefaultExpr exp) {
                replace(start(exp), start(exp.getExpr()), this.exportsName + ".default = ");
            } else if (item instanceof Swc4jAstNamedExport exp) {
                namedExport(exp);
            } else if (item instanceof Swc4jAstExportAll exp) {
                if (!exp.isTypeOnly()) {
                    String v = newVar();
                    replace(start(exp), end(exp), "var " + v + " = " + requireName + "(" + quote(exp.getSrc()) + "); __sdExportStar(" + v + ", " + this.exportsName + ");");
                } else {
                    replace(start(exp), end(exp), "");
                }
            } else if (item instanceof Swc4jAstTsExportAssignment exp) {
                replace(start(exp), start(exp.getExpr()), "module.exports = ");
            }
        }
        if (javaScript) {
            esm = true;
            for (Swc4jAstMetaPropExpr meta : module.find(Swc4jAstMetaPropExpr.class)) {
                if (meta.getKind() == Swc4jAstMetaPropKind.ImportMeta) {
                    replace(start(meta), end(meta), JS_META);
                }
            }
            for (Swc4jAstCallExpr call : module.find(Swc4jAstCallExpr.class)) {
                if (call.getCallee() instanceof Swc4jAstImport callee) {
                    replace(start(callee), end(callee), "__sdImport");
                }
            }
        }
        if (!esm) {
            return code; // a script (CommonJS written in TypeScript): leave it alone
        }
        if (!importedNames.isEmpty()) {
            for (Swc4jAstIdent ident : module.find(Swc4jAstIdent.class)) {
                String replacement = importedNames.get(ident.getSym());
                if (replacement == null || isDeclarationOrLabel(ident)) {
                    continue;
                }
                ISwc4jAst parent = ident.getParent();
                String parentType = parent == null ? "" : parent.getType().name();
                if (parentType.equals("ObjectLit")) {
                    replacement = ident.getSym() + ": " + replacement; // shorthand { Book }
                }
                replace(start(ident), end(ident), replacement);
            }
        }
        StringBuilder prologue = new StringBuilder("\"use strict\"; Object.defineProperty(" + exportsName + ", \"__esModule\", { value: true }); ")
                .append(HELPERS);
        if (javaScript) {
            prologue.append(" var __sdImport = function (s) { return Promise.resolve().then(function () { return __sdStar(")
                    .append(requireName).append("(s)); }); };");
        }
        hoistedExports.forEach(s -> prologue.append(' ').append(s));
        prologue.append(' ');
        if (javaScript) {
            prologue.append(PROLOGUE_END);
        }
        edits.sort(Comparator.comparingInt(Edit::start));
        StringBuilder out = new StringBuilder(code.length() + 512);
        int at = 0;
        // A leading "use strict" directive stays a directive only at the very start; ours comes first anyway.
        out.append(prologue);
        for (Edit e : edits) {
            if (e.start() < at) {
                continue; // nested in an edit already made (e.g. an imported name inside a removed import)
            }
            out.append(code, at, e.start()).append(e.text());
            // A statement spread over lines (import { a,\n b } from …) keeps them: later lines keep their numbers.
            for (int n = lines(code, e.start(), e.end()) - lines(e.text(), 0, e.text().length()); n > 0; n--) {
                out.append('\n');
            }
            at = e.end();
        }
        out.append(code, at, code.length());
        if (!trailingExports.isEmpty()) {
            out.append('\n');
            trailingExports.forEach(s -> out.append(s).append(' '));
        }
        return out.toString();
    }

    private static int lines(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static final Set<String> DECLARING_PARENTS = Set.of("ImportNamedSpecifier", "ImportDefaultSpecifier",
            "ImportStarAsSpecifier", "ClassDecl", "FnDecl", "ClassExpr", "FnExpr", "BindingIdent", "LabeledStmt",
            "BreakStmt", "ContinueStmt", "ExportNamedSpecifier", "ExportDefaultSpecifier", "ExportNamespaceSpecifier");

    private static boolean isDeclarationOrLabel(Swc4jAstIdent ident) {
        ISwc4jAst parent = ident.getParent();
        return parent == null || DECLARING_PARENTS.contains(parent.getType().name());
    }

    private void importDecl(Swc4jAstImportDecl imp) {
        if (imp.isTypeOnly()) {
            replace(start(imp), end(imp), "");
            return;
        }
        String src = quote(imp.getSrc());
        if (imp.getSpecifiers().isEmpty()) {
            replace(start(imp), end(imp), requireName + "(" + src + ");");
            return;
        }
        String v = newVar();
        StringBuilder text = new StringBuilder("var ").append(v).append(" = ").append(requireName).append("(").append(src).append(");");
        String def = null;
        String star = null;
        for (var spec : imp.getSpecifiers()) {
            if (spec instanceof Swc4jAstImportNamedSpecifier named) {
                if (named.isTypeOnly()) {
                    continue;
                }
                String imported = named.getImported().map(EsmToCommonJs::exportName).orElse(named.getLocal().getSym());
                importedNames.put(named.getLocal().getSym(), imported.equals("default") ? defaultOf(v) : v + member(imported));
            } else if (spec instanceof Swc4jAstImportDefaultSpecifier d) {
                if (def == null) {
                    def = v + "d";
                    text.append(" var ").append(def).append(" = __sdDefault(").append(v).append(");");
                }
                importedNames.put(d.getLocal().getSym(), def + ".default");
            } else if (spec instanceof Swc4jAstImportStarAsSpecifier s) {
                if (star == null) {
                    star = v + "ns";
                    text.append(" var ").append(star).append(" = __sdStar(").append(v).append(");");
                }
                importedNames.put(s.getLocal().getSym(), star);
            }
        }
        replace(start(imp), end(imp), text.toString());
    }

    private static String defaultOf(String v) {
        return "__sdDefault(" + v + ").default";
    }

    private void exportDecl(Swc4jAstExportDecl exp) {
        var decl = exp.getDecl();
        replace(start(exp), start(decl), "");
        if (decl instanceof Swc4jAstFnDecl fn) {
            String name = fn.getIdent().getSym();
            hoistedExports.add(exportsName + member(name) + " = " + name + ";");
        } else if (decl instanceof Swc4jAstClassDecl cls) {
            String name = cls.getIdent().getSym();
            trailingExports.add(exportsName + member(name) + " = " + name + ";");
        } else if (decl instanceof Swc4jAstVarDecl var) {
            Set<String> names = new LinkedHashSet<>();
            for (var d : var.getDecls()) {
                for (Swc4jAstBindingIdent b : d.getName().find(Swc4jAstBindingIdent.class)) {
                    names.add(b.getId().getSym());
                }
                if (d.getName() instanceof Swc4jAstBindingIdent b) {
                    names.add(b.getId().getSym());
                }
            }
            names.forEach(n -> trailingExports.add(exportsName + member(n) + " = " + n + ";"));
        } else {
            throw new IllegalArgumentException("unsupported export: " + decl.getType());
        }
    }

    private void exportDefaultDecl(Swc4jAstExportDefaultDecl exp) {
        var decl = exp.getDecl();
        if (decl instanceof Swc4jAstFnExpr fn && fn.getIdent().isPresent()) {
            replace(start(exp), start(decl), "");
            hoistedExports.add(this.exportsName + ".default = " + fn.getIdent().get().getSym() + ";");
        } else if (decl instanceof Swc4jAstClassExpr cls && cls.getIdent().isPresent()) {
            replace(start(exp), start(decl), "");
            trailingExports.add(this.exportsName + ".default = " + cls.getIdent().get().getSym() + ";");
        } else {
            replace(start(exp), start(decl), this.exportsName + ".default = ");
            replace(end(decl), end(decl), ";");
        }
    }

    private void namedExport(Swc4jAstNamedExport exp) {
        if (exp.isTypeOnly()) {
            replace(start(exp), end(exp), "");
            return;
        }
        if (exp.getSrc().isEmpty()) {
            replace(start(exp), end(exp), "");
            for (var spec : exp.getSpecifiers()) {
                if (spec instanceof Swc4jAstExportNamedSpecifier named && !named.isTypeOnly()) {
                    String orig = exportName(named.getOrig());
                    String exported = named.getExported().map(EsmToCommonJs::exportName).orElse(orig);
                    // an imported name re-exported: read it from its module (resolved at the end, where it is loaded)
                    trailingExports.add(this.exportsName + member(exported) + " = " + importedNames.getOrDefault(orig, orig) + ";");
                }
            }
            return;
        }
        String v = newVar();
        StringBuilder text = new StringBuilder("var ").append(v).append(" = ").append(requireName).append("(").append(quote(exp.getSrc().get())).append(");");
        for (var spec : exp.getSpecifiers()) {
            if (spec instanceof Swc4jAstExportNamedSpecifier named && !named.isTypeOnly()) {
                String orig = exportName(named.getOrig());
                String exported = named.getExported().map(EsmToCommonJs::exportName).orElse(orig);
                String read = orig.equals("default") ? defaultOf(v) : v + member(orig);
                text.append(" Object.defineProperty(").append(this.exportsName).append(", ").append(jsString(exported))
                        .append(", { enumerable: true, get: function () { return ").append(read).append("; } });");
            } else if (spec instanceof Swc4jAstExportNamespaceSpecifier ns) {
                text.append(' ').append(this.exportsName).append(member(exportName(ns.getName()))).append(" = __sdStar(").append(v).append(");");
            }
        }
        replace(start(exp), end(exp), text.toString());
    }

    private static String exportName(ISwc4jAstModuleExportName name) {
        if (name instanceof Swc4jAstIdent id) {
            return id.getSym();
        }
        if (name instanceof Swc4jAstStr s) {
            return s.getValue();
        }
        return name.toString();
    }

    private String newVar() {
        return "_sd" + (nextVar++);
    }

    /** {@code start}/{@code end}: swc span offsets (code points). */
    private void replace(int start, int end, String text) {
        edits.add(new Edit(offsets.toChar(start), offsets.toChar(end), text));
    }

    private static int start(ISwc4jAst node) {
        return node.getSpan().getStart();
    }

    private static int end(ISwc4jAst node) {
        return node.getSpan().getEnd();
    }

    private static String quote(Swc4jAstStr str) {
        return jsString(str.getValue());
    }

    private static String member(String name) {
        return name.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? "." + name : "[" + jsString(name) + "]";
    }

    static String jsString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    @SuppressWarnings("unused")
    private static boolean isClass(ISwc4jAst node) {
        return node instanceof Swc4jAstClass;
    }
}
