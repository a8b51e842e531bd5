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
        var out = head(title: title, for: may)
        out +=
            "<header class=\"top\"><nav aria-label=\"\(may.words.t("位置"))\"><a href=\"/__gongkai/home\""
            + ">\(may.words.t("我的待办"))</a></nav></header>"
        out += "<main id=\"main\"><h1>\(text(title))</h1><div class=\"notice bad\" role=\"alert\">\(text(why))</div>"
        if let back { out += "<p><a href=\"\(attr(back))\">\(may.words.t("返回"))</a></p>" }
        out += "</main></body></html>"
        return Pages.html(status, out)
    }
}
