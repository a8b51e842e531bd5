import Foundation
import GongkaiContent
import GongkaiCore

/// A git pre-commit hook that runs `gongkai check` on what a commit will hold — the staged
/// files, copied out of the index — and refuses the commit with the usual messages when it
/// has errors. `git commit --no-verify` skips it, as it skips any hook.
public enum PreCommitHook {
    /// The line that marks a hook as gongkai's, so reinstalling may replace it.
    static let marker = "# gongkai pre-commit hook"

    public enum Failure: Error, Equatable, Sendable {
        case notARepository(String)
        /// A hook of someone else's is there; it is never overwritten silently.
        case foreignHook(String)
    }

    /// Writes the hook for the site root `root` into its repository; returns the hook's path.
    /// `executable` is the gongkai binary the hook runs (by absolute path, so the hook works
    /// from a GUI git client whose PATH lacks it).
    @discardableResult
    public static func install(root: URL, executable: String, replace: Bool = false) throws -> URL {
        guard let top = try? Git.run(["rev-parse", "--show-toplevel"], in: root).trimmingCharacters(in: .newlines),
            let hooks = try? Git.run(["rev-parse", "--git-path", "hooks"], in: root).trimmingCharacters(in: .newlines)
        else { throw Failure.notARepository(root.path) }
        let hooksFolder = hooks.hasPrefix("/") ? URL(fileURLWithPath: hooks) : root.appendingPathComponent(hooks)
        let hook = hooksFolder.appendingPathComponent("pre-commit").standardizedFileURL
        if let existing = FileManager.default.contents(atPath: hook.path),
            !String(decoding: existing, as: UTF8.self).contains(marker), !replace
        {
            throw Failure.foreignHook(hook.path)
        }
        let rootPath = OutputGuard.realPath(root)
        let topPath = OutputGuard.realPath(URL(fileURLWithPath: top))
        let relative = rootPath == topPath ? "." : String(rootPath.dropFirst(topPath.count + 1))
        try FileManager.default.createDirectory(at: hooksFolder, withIntermediateDirectories: true)
        try Data(script(executable: executable, siteFolder: relative).utf8).write(to: hook)
        guard chmod(hook.path, 0o755) == 0 else { throw CommandFailure.failed(Wording("无法设置 {path} 为可执行", hook.path)) }
        return hook
    }

    /// The hook: the index is copied into a temporary folder, and the site root in it checked.
    package static func script(executable: String, siteFolder: String) -> String {
        """
        #!/bin/sh
        \(marker): refuses a commit whose staged files fail `gongkai check`.
        # Written by `gongkai hook install`; skip it once with `git commit --no-verify`.
        gongkai=\(shellQuoted(executable))
        [ -x "$gongkai" ] || gongkai=gongkai
        staged=$(mktemp -d "${TMPDIR:-/tmp}/gongkai-staged.XXXXXX") || exit 1
        trap 'rm -rf "$staged"' EXIT
        git checkout-index --all --prefix="$staged/" || exit 1
        cd "$staged"/\(shellQuoted(siteFolder)) || exit 1
        "$gongkai" check . || {
          status=$?
          echo "gongkai: 提交已拒绝：请改正上面的问题后再提交（确需跳过检查：git commit --no-verify）" >&2
          exit $status
        }

        """
    }

    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
