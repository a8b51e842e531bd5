import Foundation
import GongkaiKit
import Synchronization

/// The theme the editor's own pages are rendered with: the site root's `templates/` over the
/// built-in theme, as for the site, loaded again when a file there changes. While the town's
/// templates have an error (`gongkai check` names it), or one renders nothing, the built-in ones
/// are used, so a broken template never locks anyone out of signing in.
final class EditorTheme: Sendable {
    private let root: URL?
    private let known = Mutex<(stamp: String, theme: Theme)?>(nil)

    /// Without a root, the built-in theme alone.
    init(root: URL?) { self.root = root }

    static let builtIn = EditorTheme(root: nil)

    var current: Theme {
        guard let root else { return Theme.builtIn }
        let folder = root.appendingPathComponent("templates")
        let stamp = FileTree.files(under: folder).map { $0.relative + "\t" + $0.stamp }.joined(separator: "\n")
        if let known = known.withLock({ $0 }), known.stamp == stamp { return known.theme }
        let theme = Theme.load(siteRoot: root, collector: DiagnosticCollector()) ?? Theme.builtIn
        known.withLock { $0 = (stamp, theme) }
        return theme
    }

    /// A page as HTML; the built-in template when the town's fails to render or renders nothing
    /// (a partial that includes itself stops at the engine's depth limit with no output).
    func page(_ model: some TemplateObject, _ template: String) -> String {
        if let html = try? current.render(model, template: template), !html.isEmpty { return html }
        return (try? Theme.builtIn.render(model, template: template)) ?? ""
    }
}
