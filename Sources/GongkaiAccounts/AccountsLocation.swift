import Foundation
import GongkaiCore

/// Where the accounts database is: `--accounts FILE`, else `$XDG_DATA_HOME/gongkai/accounts.sqlite`
/// (`~/.local/share/…` when unset) — never inside the site's git work tree, where a commit would
/// publish the password hashes (spec §12).
public enum AccountsLocation {
    public static func resolve(_ given: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String
    {
        if let given { return URL(fileURLWithPath: given).standardizedFileURL.path }
        let data =
            environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return data + "/gongkai/accounts.sqlite"
    }

    /// Why the database may not live at `path` for the site at `root`, if it may not: inside the
    /// git work tree holding the site, or inside the site root itself when there is no git.
    public static func refusal(_ path: String, siteRoot root: URL) -> Wording? {
        let tree = workTree(of: root) ?? root.resolvingSymlinksInPath().path
        let folder = URL(fileURLWithPath: (path as NSString).deletingLastPathComponent).resolvingSymlinksInPath().path
        let file = folder + "/" + (path as NSString).lastPathComponent
        guard file == tree || file.hasPrefix(tree.hasSuffix("/") ? tree : tree + "/") else { return nil }
        return Wording(
            "账户数据库 {path} 在站点的 git 仓库（{tree}）里，提交时会把密码哈希一起提交；请用 --accounts 放到仓库之外，如 /var/lib/gongkai/accounts.sqlite",
            path, tree)
    }

    static func workTree(of root: URL) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root.path, "rev-parse", "--show-toplevel"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let top = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return top.isEmpty ? nil : URL(fileURLWithPath: top).resolvingSymlinksInPath().path
    }
}
