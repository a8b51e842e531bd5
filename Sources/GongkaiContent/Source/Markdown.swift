import CCmarkGFM
import Foundation
import GongkaiCore

/// GitHub-flavoured Markdown to HTML through cmark-gfm, in its safe mode:
/// raw HTML is dropped and `javascript:`-style links lose their target. Bodies reach it only
/// within `MarkdownBounds`, checked when the document is parsed.
public enum Markdown {
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    public static func html(_ source: String) -> String {
        cmark_gfm_core_extensions_ensure_registered()
        let options =
            CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_GITHUB_PRE_LANG
            | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        let bytes = Array(source.utf8)
        if bytes.isEmpty { return "" }
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
