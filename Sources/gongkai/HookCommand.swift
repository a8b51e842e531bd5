import ArgumentParser
import Foundation
import GongkaiKit

struct HookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hook", abstract: cli.t("git 钩子：提交前自动检查"),
        subcommands: [InstallHook.self])

    struct InstallHook: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "install",
            abstract: cli.t("写入 git pre-commit 钩子：每次提交前对暂存的文件运行 gongkai check，有错误就拒绝提交"),
            discussion: cli.t("确需跳过检查时用 git commit --no-verify。"))

        @Argument(help: ArgumentHelp(cli.t("站点根目录（含 gongkai.yaml）；默认从当前目录向上查找")))
        var root: String?

        @Flag(help: ArgumentHelp(cli.t("替换已有的、不是 gongkai 写入的钩子")))
        var force = false

        @Flag(
            help: ArgumentHelp(
                cli.t("服务器上的仓库：接受 git push（receive.denyCurrentBranch updateInstead），推送的内容检查不通过就拒绝，通过则更新文件并发布")))
        var server = false

        func run() throws {
            let siteRoot = try SiteRoot.find(explicit: root)
            // The running binary by its real path, so the hook works where PATH lacks it.
            let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? "gongkai"
            do {
                if server {
                    let hook = try PushHook.install(root: siteRoot, executable: executable, replace: force)
                    print(cli.t("已写入 {path} 并设置 receive.denyCurrentBranch=updateInstead：推送前检查，通过才更新服务器上的文件", hook.path))
                } else {
                    let hook = try PreCommitHook.install(root: siteRoot, executable: executable, replace: force)
                    print(cli.t("已写入 {path}：每次提交前检查暂存的文件", hook.path))
                }
            } catch PreCommitHook.Failure.notARepository(let folder) {
                throw CommandFailure.badArgument(cli.t("{folder} 不在 git 仓库中；请先 git init 或在仓库里运行", folder))
            } catch PreCommitHook.Failure.foreignHook(let hook) {
                throw CommandFailure.badArgument(cli.t("{hook} 已有别的钩子，未改动；确认要替换请加 --force", hook))
            }
        }
    }
}
