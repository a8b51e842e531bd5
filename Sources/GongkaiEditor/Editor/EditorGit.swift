import Foundation
import GongkaiContent
import GongkaiCore
import GongkaiSite
import Synchronization

/// The editor's commits: one per save, of exactly the files it wrote (spec §11).
package struct EditorGit {
    package let root: URL
    /// `Name <email>`; nil for git's own settings.
    package let author: String?

    /// Commits `paths` (relative to the site root); returns the short hash, or nil outside a git
    /// repository (the file is written all the same, with no history).
    package func commit(_ paths: [String], message: String, allowEmpty: Bool = false) throws -> String? {
        guard let setting = settings() else { return nil }
        var identity: [String] = []
        // Without a committer identity git refuses; the author given (or a plain one) serves.
        if setting.identity == nil {
            let (name, email) = Self.split(author ?? "gongkai <gongkai@localhost>")
            identity = ["-c", "user.name=\(name)", "-c", "user.email=\(email)"]
        }
        var arguments = identity + ["commit", "--no-verify", "-m", message]
        // A review step that changes no byte (提交审核, 退回) is still a commit by its author; its
        // trailer names the document, for the notice page's history (`git log -- file` skips it).
        if allowEmpty {
            arguments += ["--allow-empty"]
            arguments += paths.flatMap { ["--trailer", "\(GitHistory.documentTrailer): \($0)"] }
        }
        if let author { arguments += ["--author", author] }
        // `git commit -- paths` takes the files as they are in the work tree: one process for a
        // changed or deleted file. Only a file git does not know yet needs `git add` first.
        let summary: String
        do { summary = try run(arguments + ["--"] + paths) } catch let failure as Git.Failure
            where failure.description.contains("did not match any file(s) known to git")
        {
            try run(["add", "-A", "--"] + paths)
            summary = try run(arguments + ["--"] + paths)
        }
        // git's summary line, `[main 1a2b3c4] message`, names the commit: no second process.
        if let line = summary.split(separator: "\n").first, let close = line.firstIndex(of: "]"),
            let hash = line[..<close].split(separator: " ").last, hash.count >= 7, hash.allSatisfy(\.isHexDigit)
        {
            return String(hash)
        }
        return try run(["rev-parse", "--short", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// git's settings for the root, asked once per root rather than on every save: nil outside a
    /// git work tree (not remembered: `git init` while the server runs turns history on).
    private func settings() -> Settings? {
        if let known = Self.known.withLock({ $0[root.path] }) { return known }
        guard (try? run(["rev-parse", "--is-inside-work-tree"]))?.hasPrefix("true") == true else { return nil }
        func value(_ key: String) -> String {
            ((try? run(["config", key])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let (name, email) = (value("user.name"), value("user.email"))
        let found = Settings(identity: name.isEmpty || email.isEmpty ? nil : "\(name) <\(email)>")
        Self.known.withLock { $0[root.path] = found }
        return found
    }

    /// git's configured `Name <email>`, nil when it has none (or outside git): the committer of
    /// the editor's commits.
    package func identity() -> String? { settings()?.identity ?? nil }

    private struct Settings {
        /// git's configured `Name <email>`, nil when it has none.
        package var identity: String?
    }

    private static let known = Mutex<[String: Settings]>([:])

    package static func split(_ author: String) -> (name: String, email: String) {
        guard let open = author.firstIndex(of: "<"), let close = author.lastIndex(of: ">"), open < close else {
            return (author, "")
        }
        return (
            author[..<open].trimmingCharacters(in: .whitespaces),
            String(author[author.index(after: open)..<close])
        )
    }

    @discardableResult
    package func run(_ arguments: [String]) throws -> String { try Git.run(arguments, in: root) }
}

/// `--author "姓名 <邮箱>"` as git takes it.
public enum EditorAuthor {
    public static func parse(_ text: String) -> (name: String, email: String)? {
        let (name, email) = EditorGit.split(text)
        guard !name.isEmpty, email.contains("@"), !text.contains("\n") else { return nil }
        return (name, email)
    }
}
