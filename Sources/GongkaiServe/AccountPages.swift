import Foundation
import GongkaiAccounts
import GongkaiKit

/// The HTML of 账户管理 and 操作记录; every value escaped through `Html`.
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
        var out = Html.head(title: w.t("账户管理"), for: may)
        out +=
            "<header class=\"top\"><nav aria-label=\"\(w.t("位置"))\"><a href=\"/__gongkai/home\">\(w.t("我的待办"))</a> · "
        out += "<a href=\"\(AccountRoutes.auditPath)\">\(w.t("操作记录"))</a></nav></header>"
        out += "<main id=\"main\"><h1>\(w.t("账户管理"))</h1>"
        var entered = NewAccount()
        switch outcome {
        case .done(let message)?: out += "<div class=\"notice ok\" role=\"status\">\(Html.text(message))</div>"
        case .problems(let problems, let values)?:
            entered = values
            out += "<div class=\"notice bad\" role=\"alert\"><p>\(w.t("有 {1} 个问题，未保存：", problems.count))</p><ul>"
            out += problems.map { "<li>\(Html.text($0))</li>" }.joined() + "</ul></div>"
        case nil: break
        }
        let hidden = "<input type=\"hidden\" name=\"_csrf\" value=\"\(Html.attr(csrf))\">"
        func form(_ action: String, _ name: String, _ inside: String) -> String {
            "<form method=\"post\" action=\"\(AccountRoutes.path)\" enctype=\"multipart/form-data\">" + hidden
                + "<input type=\"hidden\" name=\"_action\" value=\"\(action)\">"
                + "<input type=\"hidden\" name=\"name\" value=\"\(Html.attr(name))\">" + inside + "</form>"
        }
        out +=
            "<div class=\"scroll\"><table class=\"rows accounts\"><caption>\(w.t("账户（{1}）", list.count))</caption><th"
            + "ead><tr>"
        out +=
            "<th scope=\"col\">\(w.t("用户名"))</th><th scope=\"col\">\(w.t("姓名"))</th><th scope=\"col\">\(w.t("角色"))</th>"
        out +=
            "<th scope=\"col\">\(w.t("村"))</th><th scope=\"col\">\(w.t("邮箱"))</th><th scope=\"col\">\(w.t("状态"))</th>"
        out += "<th scope=\"col\">\(w.t("重设密码"))</th><th scope=\"col\">\(w.t("删除"))</th></tr></thead><tbody>"
        for (index, account) in list.enumerated() {
            let scope =
                account.role == .town ? w.t("全部") : account.villages.map { names[$0] ?? $0 }.joined(separator: w.t("、"))
            out += "<tr><th scope=\"row\">\(Html.text(account.name))</th><td>\(Html.text(account.displayName))</td>"
            out +=
                "<td>\(w.t(account.role.chinese))</td><td>\(Html.text(scope))</td><td>\(Html.text(account.email))</td"
                + "><td>"
            if let until = locks[account.name] {
                out += "\(w.t("已锁定到 {1}", BeijingTime.clock(until))) "
                out += form("unlock", account.name, "<button type=\"submit\">\(w.t("解除锁定"))</button>")
            } else {
                out += w.t("正常")
            }
            out += "</td><td>"
            out += form(
                "password", account.name,
                "<label class=\"visually-hidden\" for=\"pw-\(index)\">\(w.t("{1} 的新密码", Html.text(account.name)))</la"
                    + "bel>"
                    + "<input type=\"password\" id=\"pw-\(index)\" name=\"password\" autocomplete=\"new-password\" "
                    + "minlength=\"\(AccountRules.minimumPasswordCharacters)\" required> "
                    + "<button type=\"submit\">\(w.t("设置"))</button>")
            out += "</td><td>"
            if account.name == me.name {
                out += "<span class=\"muted\">\(w.t("（当前账户）"))</span>"
            } else {
                out += form(
                    "remove", account.name,
                    "<input type=\"checkbox\" id=\"rm-\(index)\" name=\"confirm\" value=\"\(Html.attr(account.name))\" "
                        + "required> <label for=\"rm-\(index)\">\(w.t("确认删除"))</label> "
                        + "<button type=\"submit\" class=\"danger\">\(w.t("删除"))</button>")
            }
            out += "</td></tr>"
        }
        out += "</tbody></table></div>"
        out += newAccountForm(entered, villages: villages, hidden: hidden, words: w)
        return out + "</main></body></html>"
    }

    private static func newAccountForm(
        _ entered: NewAccount, villages: [(id: String, name: String)], hidden: String, words w: Localizer
    ) -> String {
        func field(_ id: String, _ label: String, _ name: String, _ value: String, _ extra: String, hint: String)
            -> String
        {
            "<div class=\"field\"><label for=\"\(id)\">\(label)"
                + "<span class=\"req\" aria-hidden=\"true\">*</span></label>"
                + "<input id=\"\(id)\" name=\"\(name)\" value=\"\(Html.attr(value))\" required \(extra) "
                + "aria-describedby=\"\(id)-hint\"><p class=\"hint\" id=\"\(id)-hint\">\(hint)</p></div>"
        }
        var out = "<h2>\(w.t("新增账户"))</h2>"
        out += "<form method=\"post\" action=\"\(AccountRoutes.path)\" enctype=\"multipart/form-data\">" + hidden
        out += "<input type=\"hidden\" name=\"_action\" value=\"add\">"
        out += field(
            "new-name", w.t("用户名"), "name", entered.name,
            "type=\"text\" autocomplete=\"off\" pattern=\"[A-Za-z0-9._\\-]+\"",
            hint: w.t("登录用，字母、数字和 . _ -"))
        out += field(
            "new-display", w.t("姓名"), "display", entered.displayName, "type=\"text\"",
            hint: w.t("提交和审核记录中显示；监委须与村情中的名单一致"))
        out += field("new-email", w.t("邮箱"), "email", entered.email, "type=\"email\"", hint: w.t("作 git 提交的作者邮箱"))
        out +=
            "<div class=\"field\"><label for=\"new-role\">\(w.t("角色"))<span class=\"req\" aria-hidden=\"true\">*</spa"
            + "n></label>"
        out += "<select id=\"new-role\" name=\"role\" required><option value=\"\">\(w.t("请选择"))</option>"
        for role in Role.allCases {
            let selected = Role(argument: entered.role) == role ? " selected" : ""
            out += "<option value=\"\(role.rawValue)\"\(selected)>\(w.t(role.chinese))</option>"
        }
        out += "</select><p class=\"hint\">\(w.t("文书写本村的文档；监委审核本村财务公开（只属于一个村）；镇管理全部村"))</p></div>"
        out += "<fieldset class=\"field\"><legend>\(w.t("所属村"))</legend>"
        for (index, village) in villages.enumerated() {
            let checked = entered.villages.contains(village.id) ? " checked" : ""
            out += "<span class=\"choice\"><input type=\"checkbox\" id=\"new-v-\(index)\" name=\"village\" "
            out += "value=\"\(Html.attr(village.id))\"\(checked)> <label for=\"new-v-\(index)\">"
            out += "\(Html.text(village.name))</label></span> "
        }
        out += "<p class=\"hint\">\(w.t("镇账户不选"))</p></fieldset>"
        out += field(
            "new-password", w.t("初始密码"), "password", "",
            "type=\"password\" autocomplete=\"new-password\" minlength=\"\(AccountRules.minimumPasswordCharacters)\"",
            hint: w.t("至少 {1} 个字符；请当面告诉本人", AccountRules.minimumPasswordCharacters))
        return out
            + "<div class=\"actions\"><button type=\"submit\" class=\"primary\">\(w.t("新增账户"))</button></div></form>"
    }

    static func audit(_ entries: [AccountStore.AuditEntry], user: String?, may: Permissions) -> String {
        let w = may.words
        var out = Html.head(title: w.t("操作记录"), for: may)
        out +=
            "<header class=\"top\"><nav aria-label=\"\(w.t("位置"))\"><a href=\"/__gongkai/home\">\(w.t("我的待办"))</a> · "
        out += "<a href=\"\(AccountRoutes.path)\">\(w.t("账户管理"))</a></nav></header>"
        out += "<main id=\"main\"><h1>\(w.t("操作记录"))</h1>"
        out += "<form method=\"get\" action=\"\(AccountRoutes.auditPath)\"><div class=\"field\">"
        out += "<label for=\"audit-user\">\(w.t("用户名"))</label><input type=\"text\" id=\"audit-user\" name=\"user\" "
        out += "value=\"\(Html.attr(user ?? ""))\"> <button type=\"submit\">\(w.t("筛选"))</button></div></form>"
        out += "<div class=\"scroll\"><table class=\"rows accounts\"><caption>\(w.t("最近 {1} 条", entries.count))"
        out += user.map { w.t("（{1}）", Html.text($0)) } ?? ""
        out +=
            "</caption><thead><tr><th scope=\"col\">\(w.t("时间"))</th><th scope=\"col\">\(w.t("用户"))</th><th scope=\"c"
            + "ol\">\(w.t("操作"))</th>"
        out +=
            "<th scope=\"col\">\(w.t("文件"))</th><th scope=\"col\">\(w.t("提交"))</th><th scope=\"col\">\(w.t("说明"))</th"
            + "></tr></thead><tbody>"
        for entry in entries {
            out += "<tr><td><time datetime=\"\(BeijingTime.iso(entry.at))\">"
            out += "\(BeijingTime.clock(entry.at, withDate: true))</time></td>"
            out += "<td>\(Html.text(entry.user))</td><td>\(Html.text(w.t(entry.action)))</td>"
            out += "<td>\(Html.text(entry.path))</td><td><code>\(Html.text(entry.commit))</code></td>"
            out += "<td>\(Html.text(entry.detail))</td></tr>"
        }
        return out + "</tbody></table></div></main></body></html>"
    }
}
