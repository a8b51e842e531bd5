import GongkaiCore

/// What a new account and a password must be, the same from `gongkai user` and from the town's
/// 账户管理 page; every problem is named at once.
public enum AccountRules {
    public static let minimumPasswordCharacters = 8
    public static let maximumPasswordBytes = 1024

    /// `initial`: the password a new account starts with (named so where it is entered).
    public static func passwordProblem(_ password: String, initial: Bool = false) -> Wording? {
        if password.count < minimumPasswordCharacters {
            return Wording(initial ? "初始密码至少 {minimum} 个字符" : "密码至少 {minimum} 个字符", minimumPasswordCharacters)
        }
        if password.utf8.count > maximumPasswordBytes {
            return Wording(initial ? "初始密码太长（最多 {maximum} 字节）" : "密码太长（最多 {maximum} 字节）", maximumPasswordBytes)
        }
        return nil
    }

    /// A person's name as commits and sign-offs show it: 1 to 40 characters, none of them control
    /// characters or `<>` (it becomes a git author, `Name <email>`).
    public static func displayNameProblem(_ name: String) -> Wording? {
        if name.isEmpty { return Wording("请填写姓名：提交和审核记录中显示") }
        if name.count > 40 { return Wording("姓名太长（最多 {maximum} 个字符）", 40) }
        if name.unicodeScalars.contains(where: {
            $0.properties.generalCategory == .control || "<>".unicodeScalars.contains($0)
        }) {
            return Wording("姓名中不能有 < > 或控制字符")
        }
        return nil
    }

    /// An email as a commit's author takes it: one `@`, no spaces, `<>` or control characters.
    public static func emailProblem(_ email: String) -> Wording? {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        let allowed = email.unicodeScalars.allSatisfy {
            $0.value > 0x20 && $0.value != 0x7F && !"<>".unicodeScalars.contains($0)
        }
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), allowed, email.utf8.count <= 254 else {
            return Wording("邮箱 {email} 不对：应形如 name@example.cn（作 git 提交的作者邮箱）", email)
        }
        return nil
    }

    /// The problems of a new account: its sign-in name, whether the role fits the villages, and
    /// (when the site's villages are known) whether every village exists.
    public static func problems(
        name: String, role: Role, villages: [String], existingVillages: Set<String>? = nil
    ) -> [Wording] {
        var found: [Wording] = []
        if !Account.isValidName(name) { found.append(Wording("用户名 {name} 只能用字母、数字和 . _ -（1 至 64 个字符）", name)) }
        if let problem = Account.problem(role: role, villages: villages) { found.append(problem) }
        if let existingVillages {
            for village in villages where !existingVillages.contains(village) {
                found.append(Wording("没有村文件夹 content/{village}", village))
            }
        }
        return found
    }
}
