import GongkaiKit
import Hummingbird

/// Escaping for the editor's pages: every value written into HTML goes through one of these.
enum Html {
    static func text(_ s: String) -> String { MarkupEscape.text(s) }
    static func attr(_ s: String) -> String { MarkupEscape.text(s) }

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
