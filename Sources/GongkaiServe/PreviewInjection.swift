import Foundation
import GongkaiKit

/// What the preview adds to every HTML page: the reload listener and, after a failed build,
/// the list of problems over the last good page (as `zola serve` shows them).
enum PreviewInjection {
    static let eventsPath = "/__gongkai/events"

    static let script = """
        <script>(function(){if(!window.EventSource)return;var s=new EventSource("\(eventsPath)");\
        s.onmessage=function(e){if(e.data==="reload"){s.close();location.reload();}};})();</script>
        """

    /// The latest build's errors over the page: those that stopped it first, then the drafts'
    /// (which stop only their own draft, spec §3.1), each marked 草稿.
    static func overlay(_ errors: [Diagnostic], hasSite: Bool) -> String {
        guard !errors.isEmpty else { return "" }
        let blocking = errors.filter(\.blocks)
        let heading: String
        let colour: String
        if blocking.isEmpty {
            heading = "gongkai：草稿中有 \(errors.count) 个错误。草稿不公开，其他文档照常发布；改正后才能发布这些草稿。"
            colour = "#7a4d00"
        } else {
            heading =
                "gongkai：\(blocking.count) 个错误，"
                + "\(hasSite ? "下面显示的是上一次成功生成的网站" : "网站尚未生成")。改正后保存，页面会自动刷新。"
            colour = "#a8161b"
        }
        var html = """
            <div id="gongkai-overlay" role="alert" style="position:fixed;left:0;right:0;bottom:0;\
            max-height:60vh;overflow:auto;\
            background:#fff5f5;color:#1c1c1c;border-top:4px solid \(colour);padding:12px 18px;\
            font:15px/1.6 monospace;z-index:2147483647;\
            box-shadow:0 -4px 16px rgba(0,0,0,.2)"><p style="margin:0 0 6px;font-weight:700;color:\(colour)">\
            \(heading)</p><ul style="margin:0;padding-left:1.2em">
            """
        for d in blocking + errors.filter(\.draft) {
            html +=
                "<li>\(d.draft ? "<span class=\"gongkai-draft\">（草稿）</span>" : "")"
                + "<b>\(escape(d.location.file)):\(d.location.line):\(d.location.column)</b> \(escape(d.code)) "
                + "\(escape(d.message))</li>"
        }
        return html + "</ul></div>"
    }

    /// The editor's link on a page of the preview (`serve --edit`).
    struct EditorLink: Sendable {
        var label: String
        var href: String
    }

    static func bar(_ link: EditorLink?) -> String {
        guard let link else { return "" }
        return "<nav id=\"gongkai-editor-bar\" aria-label=\"编辑\" "
            + "style=\"position:fixed;top:8px;right:8px;z-index:2147483646\"><a href=\"\(escape(link.href))\" "
            + "style=\"display:inline-block;padding:8px 16px;background:#a8161b;color:#fff;"
            + "font:600 16px/1.4 sans-serif;border-radius:4px;text-decoration:none\">\(escape(link.label))</a></nav>"
    }

    static func inject(into page: String, errors: [Diagnostic], hasSite: Bool, editor: EditorLink? = nil) -> String {
        let addition = bar(editor) + overlay(errors, hasSite: hasSite) + script
        if let range = page.range(of: "</body>", options: .backwards) {
            return page.replacingCharacters(in: range, with: addition + "</body>")
        }
        return page + addition
    }

    /// A page for when no build has succeeded yet.
    static func placeholder(_ errors: [Diagnostic]) -> String {
        "<!DOCTYPE html><html lang=\"zh-Hans\"><head><meta charset=\"utf-8\"><title>gongkai 预览</title></head><body>"
            + "<h1>gongkai 预览</h1><p>网站尚未生成。</p>" + overlay(errors, hasSite: false) + script + "</body></html>"
    }

    static func escape(_ s: String) -> String { xmlEscape(s) }
}
