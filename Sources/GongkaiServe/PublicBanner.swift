import Foundation
import GongkaiKit

/// What a town account reads at the top of every page while the public site is behind the
/// repository (spec §13): since when, and the problems that keep it from being published, each
/// with a link to its document in the editor; the theme's `editor-behind` template.
enum PublicBanner {
    static let shown = 10

    static func html(_ snapshot: PreviewState.Snapshot, words w: Localizer, theme: EditorTheme) -> String {
        guard let since = snapshot.behindSince else { return "" }
        let blocking = snapshot.errors.filter(\.blocks)
        let problems = blocking.prefix(shown).map { d in
            let parts = d.location.file.split(separator: "/")
            let link =
                parts.count >= 3 && parts[0] == "content"
                ? EditorRoutes.documentURL(village: String(parts[1]), path: d.location.file) : nil
            return EditorCheckItem.make(
                severity: d.severity.rawValue, href: link,
                place: w.t("{place} 第 {number} 行", d.location.file, d.location.line),
                message: d.message, code: d.code.rawValue)
        }
        let banner = EditorBehindBanner.make(
            ui: EditorWords(w),
            summary: w.t(
                "自 {since} 起有 {count} 个错误，村民看到的仍是那以前发布的网站。改正后会自动发布。", BeijingTime.clock(since, withDate: true),
                blocking.count),
            problems: Array(problems),
            more: blocking.count > shown ? w.t("……另有 {shown} 个", blocking.count - shown) : nil)
        return theme.page(banner, "editor-behind")
    }
}
