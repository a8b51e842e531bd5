import Foundation
import GongkaiAccounts
import GongkaiKit
import Hummingbird

/// 账户管理 and 操作记录, the town's pages (spec §12: the town manages accounts): add an account,
/// set a new password, lift a lock, remove one, and read the audit trail. Every post carries the
/// session's CSRF token and is written to the audit trail; other roles get 403.
struct AccountRoutes: Sendable {
    static let path = "/__gongkai/accounts"
    static let auditPath = "/__gongkai/audit"
    let accounts: AccountStore
    let workspace: EditorWorkspace
    let tokens: SessionTokens

    func add(to router: Router<ServerContext>) {
        router.get(RouterPath(Self.path)) { request, context in
            let may = context.may
            let w = may.words
            guard let me = may.town else { return EditorRoutes.forbidden(w.t("管理账户"), for: may) }
            let done = request.uri.queryParameters["done"].map(String.init)
            let user = request.uri.queryParameters["user"].map(String.init) ?? ""
            return page(request, me: me, outcome: done.flatMap { Outcome(done: $0, user: user, words: w) }, may: may)
        }
        router.post(RouterPath(Self.path)) { request, context in
            let may = context.may
            let w = may.words
            guard let me = may.town else { return EditorRoutes.forbidden(w.t("管理账户"), for: may) }
            let form: FormPost
            do { form = try await FormPost.read(request) } catch {
                return Html.problem(
                    .badRequest, title: w.t("表单无法读取"), w.t("表单无法读取，没有保存。请返回，刷新页面后再试。"), for: may)
            }
            guard tokens.accepts(request, token: form.value("_csrf")) else {
                return EditorRoutes.expired(for: may)
            }
            return try await Offload.run { try act(on: form, request: request, me: me, may: may) }
        }
        router.get(RouterPath(Self.auditPath)) { request, context in
            let may = context.may
            let w = may.words
            guard may.town != nil else { return EditorRoutes.forbidden(w.t("查看操作记录"), for: may) }
            let user = request.uri.queryParameters["user"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
            let entries = try accounts.audit(limit: 500, user: user)
            let session = tokens.session(of: request)
            return Pages.html(
                .ok, AccountPages.audit(entries, user: user, may: may), cookie: session.newCookie)
        }
    }

    /// What a post did, shown on the page it redirects to.
    enum Outcome {
        case done(String)
        case problems([String], AccountPages.NewAccount)

        init?(done: String, user: String, words w: Localizer) {
            guard Account.isValidName(user) else { return nil }
            switch done {
            case "added": self = .done(w.t("已新建账户 {user}", user))
            case "password": self = .done(w.t("已为 {user} 设置新密码；其已登录的会话全部退出", user))
            case "unlocked": self = .done(w.t("已解除 {user} 的锁定", user))
            case "removed": self = .done(w.t("已删除账户 {user}", user))
            default: return nil
            }
        }
    }

    private func act(on form: FormPost, request: Request, me: Account, may: Permissions) throws -> Response {
        let w = may.words
        let name = (form.value("name") ?? "").trimmingCharacters(in: .whitespaces)
        func done(_ what: String) -> Response {
            Pages.redirect(
                Self.path + "?done=\(what)&user="
                    + (name.addingPercentEncoding(withAllowedCharacters: .urlQueryValue) ?? ""))
        }
        func refused(_ problems: [String], _ entered: AccountPages.NewAccount = .init()) -> Response {
            page(request, me: me, outcome: .problems(problems, entered), may: may, status: .unprocessableContent)
        }
        switch form.value("_action") {
        case "add":
            let entered = AccountPages.NewAccount(form)
            let problems = problems(of: entered, password: form.value("password") ?? "", words: w)
            guard problems.isEmpty, let role = Role(argument: entered.role) else { return refused(problems, entered) }
            try accounts.add(
                Account(
                    name: entered.name, displayName: entered.displayName, email: entered.email, role: role,
                    villages: entered.villages), password: form.value("password") ?? "")
            accounts.record(
                user: me.name, action: "新建账户",
                detail: "\(entered.name) \(role.chinese) \(entered.villages.joined(separator: ","))")
            return done("added")
        case "password":
            let password = form.value("password") ?? ""
            if let problem = AccountRules.passwordProblem(password) {
                return refused([w.t("{label}：{text}", name, problem.message(w))])
            }
            guard try accounts.setPassword(name, to: password) else { return refused([w.t("没有用户 {name}", name)]) }
            accounts.record(user: me.name, action: "修改密码", detail: name)
            return done("password")
        case "unlock":
            guard try accounts.unlock(name) else { return refused([w.t("没有用户 {name}", name)]) }
            accounts.record(user: me.name, action: "解除锁定", detail: name)
            return done("unlocked")
        case "remove":
            guard name != me.name else { return refused([w.t("不能删除自己正在使用的账户")]) }
            guard form.value("confirm") == name else { return refused([w.t("删除 {name} 前请勾选“确认删除”", name)]) }
            guard try accounts.remove(name) else { return refused([w.t("没有用户 {name}", name)]) }
            accounts.record(user: me.name, action: "删除账户", detail: name)
            return done("removed")
        default:
            return Html.problem(.badRequest, title: w.t("未知的操作"), w.t("这个按钮无法识别，没有做任何改动。"), back: Self.path, for: may)
        }
    }

    /// Everything wrong with a new account, at once.
    private func problems(of entered: AccountPages.NewAccount, password: String, words w: Localizer) -> [String] {
        var found: [String] = []
        guard let role = Role(argument: entered.role) else { return [w.t("请选择角色：文书、监委或镇")] }
        found += AccountRules.problems(
            name: entered.name, role: role, villages: entered.villages,
            existingVillages: Set(workspace.villages().map(\.id))
        ).map { $0.message(w) }
        if (try? accounts.account(entered.name)) != nil { found.append(w.t("用户 {name} 已存在", entered.name)) }
        if let problem = AccountRules.displayNameProblem(entered.displayName) { found.append(problem.message(w)) }
        if let problem = AccountRules.emailProblem(entered.email) { found.append(problem.message(w)) }
        if role == .supervisor, let village = entered.villages.first, entered.villages.count == 1 {
            let names = workspace.supervisors(of: village)
            if !names.contains(entered.displayName) {
                let villageName = workspace.villages().first { $0.id == village }?.name ?? village
                found.append(
                    names.isEmpty
                        ? w.t(
                            "监委的姓名“{name}”不在{village}（content/{folder}/village.yaml）的村务监督委员会名单中（名单为空）；审核时要用这个姓名",
                            entered.displayName, villageName, village)
                        : w.t(
                            "监委的姓名“{name}”不在{village}（content/{folder}/village.yaml）的村务监督委员会名单中（{names}）；审核时要用这个姓名",
                            entered.displayName, villageName, village, w.list(names)))
            }
        }
        if let problem = AccountRules.passwordProblem(password, initial: true) { found.append(problem.message(w)) }
        return found
    }

    private func page(
        _ request: Request, me: Account, outcome: Outcome?, may: Permissions, status: HTTPResponse.Status = .ok
    ) -> Response {
        let session = tokens.session(of: request)
        let html = AccountPages.accounts(
            (try? accounts.accounts()) ?? [], locks: accounts.locks(), me: me,
            villages: workspace.villages(), csrf: tokens.token(for: session.id), outcome: outcome, may: may)
        return Pages.html(status, html, cookie: session.newCookie)
    }
}
