import GongkaiKit
import Hummingbird

/// Escaping for the editor's pages: every value written into HTML goes through one of these.
enum Html {
    static func text(_ s: String) -> String { MarkupEscape.text(s) }
    static func attr(_ s: String) -> String { MarkupEscape.text(s) }

    /// The page's head and, for a signed-in user, the account bar.
    static func head(title: String, for may: Permissions) -> String {
        """
        <!DOCTYPE html><html lang="\(may.words.locale.htmlLang)"><head><meta charset="utf-8">\
        <meta name="viewport" content="width=device-width, initial-scale=1">\
        <title>\(text(title)) · \(may.words.t("gongkai 录入"))</title>\
        <link rel="stylesheet" href="/__gongkai/editor.css"></head>\
        <body><a class="skip" href="#main">\(may.words.t("跳到正文"))</a>
        """ + may.bar
    }

    /// A page saying why something a person clicked cannot be done, with the way back: never a
    /// bare status line.
    static func problem(
        _ status: HTTPResponse.Status, title: String, _ why: String, back: String? = nil, for may: Permissions
    ) -> Response {
        let page = EditorProblemPage.make(
            chrome: may.chrome(title: title), ui: may.editorWords, heading: title, why: why, withMenu: true, back: back)
        return Pages.html(status, may.page(page, "editor-problem"))
    }
}
