import Foundation
import GongkaiKit
import Hummingbird
import Synchronization

/// Sets the language a request's pages and messages are worded in: the site's `locale` in
/// gongkai.yaml, read again when the file changes; and the theme its pages are rendered with.
/// Runs before the guards, so what they refuse is worded and rendered so too.
struct SiteWords<Context: IdentifiedContext>: RouterMiddleware {
    let locale: @Sendable () -> SiteLocale
    var theme = EditorTheme.builtIn

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        var context = context
        context.words = Localizer(locale: locale())
        context.theme = theme
        return try await next(request, context)
    }
}

/// gongkai.yaml's `locale`, read again only when the file's stamp changes; zh-Hans while the
/// file is missing or unusable.
final class ConfiguredLocale: Sendable {
    private let root: URL
    private let known = Mutex<(stamp: String, locale: SiteLocale)?>(nil)

    init(root: URL) { self.root = root }

    var current: SiteLocale {
        let stamp = FileTree.stamp(root.appendingPathComponent(SiteRoot.configName).path)
        if let known = known.withLock({ $0 }), known.stamp == stamp { return known.locale }
        let locale = SiteLoader.prepareSettings(root: root)?.locale ?? .zhHans
        known.withLock { $0 = (stamp, locale) }
        return locale
    }
}
