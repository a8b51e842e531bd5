/// What a new account and a password must be, the same from `gongkai user` and from the town's
/// 账户管理 page; every problem is named at once.
public enum AccountRules {
    public static let minimumPasswordCharacters = 8
    public static let maximumPasswordBytes = 1024

    public static func passwordProblem(_ password: String) -> String? {
        if password.count < minimumPasswordCharacters { return "密码至少 \(minimumPasswordCharacters) 个字符" }
        if password.utf8.count > maximumPasswordBytes { return "密码太长（最多 \(maximumPasswordBytes) 字节）" }
        return nil
    }

    /// The problems of a new account: its sign-in name, whether the role fits the villages, and
    /// (when the site's villages are known) whether every village exists.
    public static func problems(
        name: String, role: Role, villages: [String], existingVillages: Set<String>? = nil
    ) -> [String] {
        var found: [String] = []
        if !Account.isValidName(name) { found.append("用户名 \(name) 只能用字母、数字和 . _ -（1 至 64 个字符）") }
        if let problem = Account.problem(role: role, villages: villages) { found.append(problem) }
        if let existingVillages {
            for village in villages where !existingVillages.contains(village) {
                found.append("没有村文件夹 content/\(village)")
            }
        }
        return found
    }
}
