import Foundation
import GongkaiAccounts
import GongkaiKit

/// 账户管理 and 操作记录 as page models, rendered by the theme's `editor-accounts` and
/// `editor-audit` templates (every value escaped there).
enum AccountPages {
    /// What the 新增账户 form was filled with, shown again beside its problems (never the password).
    struct NewAccount {
        var name = ""
        var displayName = ""
        var email = ""
        var role = ""
        var villages: [String] = []

        init() {}

        init(_ form: FormPost) {
            func value(_ key: String) -> String { (form.value(key) ?? "").trimmingCharacters(in: .whitespaces) }
            name = value("name")
            displayName = value("display")
            email = value("email")
            role = value("role")
            villages = form.fields.filter { $0.name == "village" }.map(\.value)
        }
    }

    static func accounts(
        _ list: [Account], locks: [String: Date], me: Account, villages: [(id: String, name: String)], csrf: String,
        outcome: AccountRoutes.Outcome?, may: Permissions
    ) -> String {
        let w = may.words
        let names = Dictionary(villages.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var entered = NewAccount()
        var done: String?
        var problems: EditorProblems?
        switch outcome {
        case .done(let message)?: done = message
        case .problems(let list, let values)?:
            entered = values
            problems = EditorProblems.make(heading: w.t("有 {count} 个问题，未保存：", list.count), items: list)
        case nil: break
        }
        let rows = list.enumerated().map { index, account in
            AccountRow.make(
                index: index, name: account.name, displayName: account.displayName, role: w.t(account.role.chinese),
                scope: account.role == .town
                    ? w.t("全部") : account.villages.map { names[$0] ?? $0 }.joined(separator: w.t("、")),
                email: account.email, locked: locks[account.name].map { w.t("已锁定到 {clock}", BeijingTime.clock($0)) },
                passwordLabel: w.t("{name} 的新密码", account.name), isMe: account.name == me.name)
        }
        let form = NewAccountForm.make(
            name: entered.name, displayName: entered.displayName, email: entered.email,
            roles: Role.allCases.map {
                EditorOption.make(
                    value: $0.rawValue, label: w.t($0.chinese), selected: Role(argument: entered.role) == $0)
            },
            villages: villages.enumerated().map { index, village in
                EditorChoice.make(
                    index: index, value: village.id, label: village.name,
                    checked: entered.villages.contains(village.id))
            },
            passwordHint: w.t("至少 {minimumPasswordCharacters} 个字符；请当面告诉本人", AccountRules.minimumPasswordCharacters))
        let page = AccountsPage.make(
            chrome: may.chrome(title: w.t("账户管理")), ui: may.editorWords, done: done, problems: problems,
            caption: w.t("账户（{count}）", list.count), accounts: rows, form: form, csrf: csrf,
            minimumPassword: AccountRules.minimumPasswordCharacters)
        return may.page(page, "editor-accounts")
    }

    static func audit(
        _ entries: [AccountStore.AuditEntry], user: String?, may: Permissions
    ) -> String {
        let w = may.words
        let page = AuditPage.make(
            chrome: may.chrome(title: w.t("操作记录")), ui: may.editorWords, user: user ?? "",
            caption: w.t("最近 {count} 条", entries.count) + (user.map { w.t("（{text}）", $0) } ?? ""),
            entries: entries.map {
                AuditRow.make(
                    iso: BeijingTime.iso($0.at), time: BeijingTime.clock($0.at, withDate: true), user: $0.user,
                    action: w.t($0.action), path: $0.path, commit: $0.commit, detail: $0.detail)
            })
        return may.page(page, "editor-audit")
    }
}
