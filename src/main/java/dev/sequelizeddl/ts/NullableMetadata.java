package dev.sequelizeddl.ts;

import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.caoccao.javet.swc4j.Swc4j;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClassProp;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstTsType;
import com.caoccao.javet.swc4j.ast.enums.Swc4jAstTsKeywordTypeKind;
import com.caoccao.javet.swc4j.ast.ts.Swc4jAstTsKeywordType;
import com.caoccao.javet.swc4j.ast.ts.Swc4jAstTsParenthesizedType;
import com.caoccao.javet.swc4j.ast.ts.Swc4jAstTsUnionType;
import com.caoccao.javet.swc4j.enums.Swc4jMediaType;
import com.caoccao.javet.swc4j.enums.Swc4jParseMode;
import com.caoccao.javet.swc4j.exceptions.Swc4jCoreException;
import com.caoccao.javet.swc4j.options.Swc4jParseOptions;

/**
 * tsc serializes {@code name: string | null} (and {@code | undefined}) as {@code design:type String};
 * swc writes {@code Object}, which sequelize-typescript cannot map to a column type. Before swc sees the
 * file, the type annotation of every decorated class property that is such a union loses its
 * {@code null} / {@code undefined} members (types have no runtime effect otherwise).
 */
final class NullableMetadata {
    private NullableMetadata() {
    }

    static String strip(Swc4j swc, URL specifier, String source) throws Swc4jCoreException {
        if (!source.contains("null") && !source.contains("undefined")) {
            return source;
        }
        var parsed = swc.parse(source, new Swc4jParseOptions()
                .setSpecifier(specifier)
                .setMediaType(Swc4jMediaType.TypeScript)
                .setParseMode(Swc4jParseMode.Module)
                .setCaptureAst(true));
        record Edit(int start, int end, String text) {
        }
        List<Edit> edits = new ArrayList<>();
        CodePointOffsets at = new CodePointOffsets(source);
        for (Swc4jAstClassProp prop : parsed.getProgram().find(Swc4jAstClassProp.class)) {
            if (prop.getDecorators().isEmpty() || prop.getTypeAnn().isEmpty()) {
                continue;
            }
            ISwc4jAstTsType type = unparen(prop.getTypeAnn().get().getTypeAnn());
            if (!(type instanceof Swc4jAstTsUnionType union)) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (ISwc4jAstTsType member : union.getTypes()) {
                if (!isNullish(unparen(member))) {
                    kept.add(source.substring(at.toChar(member.getSpan().getStart()), at.toChar(member.getSpan().getEnd())));
                }
            }
            if (!kept.isEmpty() && kept.size() < union.getTypes().size()) {
                edits.add(new Edit(at.toChar(union.getSpan().getStart()), at.toChar(union.getSpan().getEnd()), String.join(" | ", kept)));
            }
        }
        if (edits.isEmpty()) {
            return source;
        }
        edits.sort(Comparator.comparingInt(Edit::start).reversed());
        StringBuilder out = new StringBuilder(source);
        for (Edit e : edits) {
            out.replace(e.start(), e.end(), e.text());
        }
        return out.toString();
    }

    private static ISwc4jAstTsType unparen(ISwc4jAstTsType type) {
        while (type instanceof Swc4jAstTsParenthesizedType p) {
            type = p.getTypeAnn();
        }
        return type;
    }

    private static boolean isNullish(ISwc4jAstTsType type) {
        return type instanceof Swc4jAstTsKeywordType k
                && (k.getKind() == Swc4jAstTsKeywordTypeKind.TsNullKeyword || k.getKind() == Swc4jAstTsKeywordTypeKind.TsUndefinedKeyword);
    }
}
