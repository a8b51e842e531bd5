import Foundation
import GongkaiContent
import GongkaiCore

/// The server's repository, ready for secretaries who write by hand and push (spec §13): git's
/// `receive.denyCurrentBranch updateInstead` lets a push to the checked-out branch update the
/// work tree, and its `push-to-checkout` hook first runs `gongkai check` on the pushed tree. A
/// push that fails is refused with the usual `file:line:column` lines on the pusher's terminal
/// and nothing changes; one that passes updates the work tree, which the server's watcher sees
/// and publishes. A push that is not a fast-forward (the editor committed meanwhile) is refused
/// by git itself, as is one while the work tree holds changes not yet committed.
public enum PushHook {
    static let marker = "# gongkai push-to-checkout hook"

    @discardableResult
    public static func install(root: URL, executable: String, replace: Bool = false) throws -> URL {
        guard let top = try? Git.run(["rev-parse", "--show-toplevel"], in: root).trimmingCharacters(in: .newlines),
            let hooks = try? Git.run(["rev-parse", "--git-path", "hooks"], in: root).trimmingCharacters(in: .newlines)
        else { throw PreCommitHook.Failure.notARepository(root.path) }
        let hooksFolder = hooks.hasPrefix("/") ? URL(fileURLWithPath: hooks) : root.appendingPathComponent(hooks)
        let hook = hooksFolder.appendingPathComponent("push-to-checkout").standardizedFileURL
        if let existing = FileManager.default.contents(atPath: hook.path),
            !String(decoding: existing, as: UTF8.self).contains(marker), !replace
        {
            throw PreCommitHook.Failure.foreignHook(hook.path)
        }
        let rootPath = OutputGuard.realPath(root)
        let topPath = OutputGuard.realPath(URL(fileURLWithPath: top))
        let relative = rootPath == topPath ? "." : String(rootPath.dropFirst(topPath.count + 1))
        do {
            _ = try Git.run(["config", "receive.denyCurrentBranch", "updateInstead"], in: root)
        } catch {
            throw CommandFailure.failed(Wording("无法设置 receive.denyCurrentBranch：{reason}", "\(error)"))
        }
        try FileManager.default.createDirectory(at: hooksFolder, withIntermediateDirectories: true)
        try Data(script(executable: executable, siteFolder: relative).utf8).write(to: hook)
        guard chmod(hook.path, 0o755) == 0 else { throw CommandFailure.failed(Wording("无法设置 {path} 为可执行", hook.path)) }
        return hook
    }

    /// The hook: git runs it with the pushed commit as `$1`, before it moves the branch. The
    /// pushed commit is checked in a temporary worktree (so with its history); only then is the
    /// work tree brought to it, as git's own updateInstead would (`read-tree -u -m`).
    package static func script(executable: String, siteFolder: String) -> String {
        let q = PreCommitHook.shellQuoted
        return """
            #!/bin/sh
            \(marker): refuses a push whose tree fails `gongkai check`, else updates
            # the work tree (the server publishes what changed). Written by `gongkai hook install --server`.
            gongkai=\(q(executable))
            [ -x "$gongkai" ] || gongkai=gongkai
            new="$1"
            # git runs push hooks in the repository folder: work from the top of the work tree.
            GIT_DIR=$(cd "${GIT_DIR:-.}" && pwd) && export GIT_DIR || exit 1
            cd "${GIT_WORK_TREE:-$(dirname "$GIT_DIR")}" || exit 1
            if ! git diff --quiet || ! git diff --cached --quiet; then
              echo "gongkai: 推送已拒绝：服务器上有正在保存、尚未提交的修改；请稍后 git pull 再推送" >&2
              exit 1
            fi
            # The pushed commit in a worktree of its own, with its history (GK-R101 is checked too).
            pushed=$(mktemp -d "${TMPDIR:-/tmp}/gongkai-push.XXXXXX") || exit 1
            trap 'git worktree remove --force "$pushed" >/dev/null 2>&1; rm -rf "$pushed"; git worktree prune' EXIT
            git worktree add -q --detach "$pushed" "$new" >/dev/null 2>&1 || exit 1
            if ! (cd "$pushed"/\(q(siteFolder)) &&
                env -u GIT_DIR -u GIT_WORK_TREE -u GIT_INDEX_FILE -u GIT_QUARANTINE_PATH \\
                  "$gongkai" check . 1>&2); then
              echo "gongkai: 推送已拒绝：请改正上面的问题，提交后再推送；服务器上的网站没有改动" >&2
              exit 1
            fi
            git read-tree -u -m HEAD "$new" || exit 1
            echo "gongkai: 检查通过，已更新服务器上的文件；公开栏网站随即重新生成" >&2

            """
    }
}
