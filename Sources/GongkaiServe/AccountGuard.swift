import Foundation
import GongkaiAccounts
import GongkaiKit
import Hummingbird

/// With accounts, what every request passes first: a live session (else the sign-in page, or
/// 403 for a post), and a path inside the villages the account covers (else 403) — the editor's
/// forms, the preview's pages and the village's files alike. Puts the account in the context.
struct AccountGuard<Context: IdentifiedContext>: RouterMiddleware {
    let accounts: AccountStore
    let tokens: SessionTokens
    /// The public site's banner while it is behind (empty when it is not).
    var behind: @Sendable (Localizer, EditorTheme) -> String = { _, _ in "" }
    let villages: @Sendable () -> [String]

    static var open: Set<String> { ["/__gongkai/login", "/__gongkai/editor.css"] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        try await guarded(request, context: context, next: next)
    }

    private func guarded(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let path = request.uri.path
        // Browsers send paths without dot segments; one that has them (`/./liuzhuang/`,
        // `/xuji/%2e%2e/liuzhuang/`) could name another village than the check below sees.
        guard let decoded = path.removingPercentEncoding, !decoded.contains("\\"),
            !decoded.split(separator: "/").contains(where: { $0 == "." || $0 == ".." })
        else { return Pages.text(.badRequest, context.words.t("400 路径不规范\n")) }
        if Self.open.contains(path) { return try await next(request, context) }
        let token = request.cookies[SessionTokens.cookie]?.value
        let account = try await Offload.run { [accounts] in token.flatMap { accounts.session($0) } }
        guard let token, let account else {
            if request.method == .get || request.method == .head {
                // Back to the page asked for once signed in.
                let asked = request.uri.description
                let next = asked.addingPercentEncoding(withAllowedCharacters: .urlQueryValue) ?? ""
                return Pages.redirect("/__gongkai/login" + (asked == "/" ? "" : "?next=" + next))
            }
            return Html.problem(
                .forbidden, title: context.words.t("请先登录"), context.words.t("登录已过期或还没有登录，没有保存。请重新登录后再试。"),
                back: "/__gongkai/login",
                for: context.may)
        }
        var context = context
        if let village = village(in: path), !account.covers(village) {
            context.identity = .signedIn(Identity.User(account: account, csrf: tokens.token(for: token)))
            return Html.problem(
                .forbidden, title: context.words.t("不能访问"), context.words.t("你的账户不能访问这个村的文档和页面。"), for: context.may)
        }
        context.identity = .signedIn(
            Identity.User(
                account: account, csrf: tokens.token(for: token),
                behind: account.role == .town ? behind(context.words, context.theme) : ""))
        return try await next(request, context)
    }

    /// The village a path is about: `/__gongkai/edit/<v>/…`, or a preview page `/<v>/…`.
    func village(in path: String) -> String? {
        let parts = (path.removingPercentEncoding ?? path).split(separator: "/").map(String.init)
        if parts.count >= 3, parts[0] == "__gongkai", parts[1] == "edit" { return parts[2] }
        guard let first = parts.first, !first.hasPrefix("__gongkai") else { return nil }
        return villages().contains(first) ? first : nil
    }
}
