import Foundation
import GongkaiKit

/// What a town account reads at the top of every page while the public site is behind the
/// repository (spec §13): since when, and the problems that keep it from being published, each
/// with a link to its document in the editor.
enum PublicBanner {
    static let shown = 10

    static func html(_ snapshot: PreviewState.Snapshot, words w: Localizer) -> String {
        guard let since = snapshot.behindSince else { return "" }
        let blocking = snapshot.errors.filter(\.blocks)
        let when = Html.text(BeijingTime.clock(since, withDate: true))
        var out =
            "<div id=\"gongkai-behind\" class=\"behind\" role=\"alert\"><strong>\(w.t("公开栏网站没有更新"))</strong>"
        out += w.t("：自 {1} 起有 {2} 个错误，村民看到的仍是那以前发布的网站。改正后会自动发布。", when, blocking.count) + "<ul>"
        for d in blocking.prefix(shown) {
            let parts = d.location.file.split(separator: "/")
            let place = w.t("{1} 第 {2} 行", d.location.file, d.location.line)
            if parts.count >= 3, parts[0] == "content" {
                let link = EditorRoutes.documentURL(village: String(parts[1]), path: d.location.file)
                out += "<li><a href=\"\(Html.attr(link))\">\(Html.text(place))</a>\(w.t("："))"
            } else {
                out += "<li>\(w.t("{1}：", Html.text(place)))"
            }
            out += "\(Html.text(d.message)) <span class=\"code\">\(Html.text(d.code.rawValue))</span></li>"
        }
        if blocking.count > shown { out += "<li>\(w.t("……另有 {1} 个", blocking.count - shown))</li>" }
        return out + "</ul></div>"
    }
}
