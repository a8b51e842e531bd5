import Foundation
import GongkaiKit

/// What the preview adds to every HTML page: the reload listener and, after a failed build,
/// the list of problems over the last good page (as `zola serve` shows them). Its script and
/// style are files of their own (`/__gongkai/preview.js`, `preview.css`): the pages keep the
/// site's Content-Security-Policy, which allows no inline script or style of ours.
enum PreviewInjection {
    static let eventsPath = "/__gongkai/events"
    static let scriptPath = "/__gongkai/preview.js"
    static let stylePath = "/__gongkai/preview.css"

    static let script = """
        (function(){if(!window.EventSource)return;var s=new EventSource("\(eventsPath)");\
        s.onmessage=function(e){if(e.data==="reload"){s.close();location.reload();}};})();
        """

    static let style = """
        #gongkai-overlay{position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;background:#fff5f5;
          color:#1c1c1c;border-top:4px solid #a8161b;padding:12px 18px;font:15px/1.6 monospace;z-index:2147483647;
          box-shadow:0 -4px 16px rgba(0,0,0,.2)}
        #gongkai-overlay.drafts{border-top-color:#7a4d00}
        #gongkai-overlay p{margin:0 0 6px;font-weight:700;color:#a8161b}
        #gongkai-overlay.drafts p{color:#7a4d00}
        #gongkai-overlay ul{margin:0;padding-left:1.2em}
        #gongkai-editor-bar{position:fixed;top:8px;right:8px;z-index:2147483646}
        #gongkai-editor-bar a{display:inline-block;padding:8px 16px;background:#a8161b;color:#fff;
          font:600 16px/1.4 sans-serif;border-radius:4px;text-decoration:none}
        #gongkai-behind{background:#fff6dc;color:#1c1c1c;border-bottom:4px solid #8a5a00;padding:10px 16px;
          font:16px/1.6 sans-serif}
        #gongkai-behind ul{margin:4px 0 0;padding-left:1.2em}
        """

    static var tags: String {
        "<link rel=\"stylesheet\" href=\"\(stylePath)\"><script src=\"\(scriptPath)\" defer></script>"
    }

    /// The latest build's errors over the page: those that stopped it first, then the drafts'
    /// (which stop only their own draft, spec §3.1), each marked 草稿; and the editor's link.
    static func overlay(
        _ errors: [Diagnostic], hasSite: Bool, editor: PreviewEditorLink? = nil, words w: Localizer
    ) -> PreviewOverlay {
        PreviewOverlay.make(ui: EditorWords(w), editor: editor, problems: problems(errors, hasSite: hasSite, words: w))
    }

    private static func problems(_ errors: [Diagnostic], hasSite: Bool, words w: Localizer) -> PreviewProblems? {
        guard !errors.isEmpty else { return nil }
        let blocking = errors.filter(\.blocks)
        let heading: String
        if blocking.isEmpty {
            heading = w.t("gongkai：草稿中有 {count} 个错误。草稿不公开，其他文档照常发布；改正后才能发布这些草稿。", errors.count)
        } else {
            heading =
                hasSite
                ? w.t("gongkai：{count} 个错误，下面显示的是上一次成功生成的网站。改正后保存，页面会自动刷新。", blocking.count)
                : w.t("gongkai：{count} 个错误，网站尚未生成。改正后保存，页面会自动刷新。", blocking.count)
        }
        let items = (blocking + errors.filter(\.draft)).map { d in
            PreviewProblem.make(
                draft: d.draft, place: "\(d.location.file):\(d.location.line):\(d.location.column)",
                code: d.code.rawValue, message: d.message)
        }
        return PreviewProblems.make(heading: heading, draftsOnly: blocking.isEmpty, items: items)
    }

    /// A page of the site with the preview's additions before `</body>` (and, for a town
    /// account while the public site is behind, its banner after `<body>`).
    static func inject(
        into page: String, errors: [Diagnostic], hasSite: Bool, editor: PreviewEditorLink? = nil, banner: String = "",
        may: Permissions
    ) -> String {
        let addition = may.page(overlay(errors, hasSite: hasSite, editor: editor, words: may.words), "editor-preview")
        var page = page
        if !banner.isEmpty, let body = page.range(of: "<body"), let end = page[body.upperBound...].firstIndex(of: ">") {
            page.insert(contentsOf: banner, at: page.index(after: end))
        }
        if let range = page.range(of: "</body>", options: .backwards) {
            return page.replacingCharacters(in: range, with: addition + "</body>")
        }
        return page + addition
    }

    /// The preview's own page: before any build succeeded, or a path the site does not have.
    static func page(
        title: String, heading: String, text: String?, errors: [Diagnostic], hasSite: Bool, may: Permissions
    ) -> String {
        let w = may.words
        return may.page(
            PreviewPage.make(
                ui: EditorWords(w), title: title, heading: heading, text: text,
                overlay: overlay(errors, hasSite: hasSite, words: w)),
            "editor-preview-page")
    }

}
