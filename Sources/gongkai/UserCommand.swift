import ArgumentParser
import Foundation
import GongkaiAccounts
import GongkaiKit

/// `gongkai user add/list/passwd/remove` (spec §12): the accounts of the editor on a network.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: cli.t("管理录入账户（在局域网上开放录入时需要）"),
        subcommands: [Add.self, List.self, Passwd.self, Remove.self])

    struct StoreOptions: ParsableArguments {
        @Option(
            help: ArgumentHelp(
                cli.t("账户数据库文件；默认 $XDG_DATA_HOME/gongkai/accounts.sqlite（不得放在站点的 git 仓库里）"), valueName: "FILE"))
        var accounts: String?

        func open() throws -> AccountStore {
            let path = AccountsLocation.resolve(accounts)
            // Run inside a site, the same rule as the server's: not in its repository.
            if let site = try? SiteRoot.find(explicit: nil),
                let refusal = AccountsLocation.refusal(path, siteRoot: site)
            {
                throw CommandFailure.badArgument(refusal.message(cli))
            }
            do { return try AccountStore(path: path) } catch let failure as AccountFailure {
                throw CommandFailure.io(failure.message(cli))
            }
        }
    }

    struct PasswordOptions: ParsableArguments {
        @Flag(help: ArgumentHelp(cli.t("从标准输入读密码（一行），供脚本使用；密码从不写在命令行上")))
        var passwordStdin = false

        func read() throws -> String {
            let password: String
            if passwordStdin {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                password =
                    String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                    .first.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\r")) } ?? ""
            } else {
                guard let first = Terminal.readSecret(cli.t("密码：")), let second = Terminal.readSecret(cli.t("再输入一次："))
                else {
                    throw CommandFailure.badArgument(cli.t("没有终端可以输入密码；请用 --password-stdin 从标准输入给出"))
                }
                guard first == second else { throw CommandFailure.badArgument(cli.t("两次输入的密码不一致")) }
                password = first
            }
            if let problem = AccountRules.passwordProblem(password) {
                throw CommandFailure.badArgument(problem.message(cli))
            }
            return password
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: cli.t("新建账户"))

        @Argument(help: ArgumentHelp(cli.t("登录用的用户名（字母、数字、. _ -）"))) var name: String
        @Option(help: ArgumentHelp(cli.t("角色：secretary（文书）、supervisor（监委）、town（镇）"), valueName: "ROLE"))
        var role: String
        @Option(name: .customLong("village"), help: ArgumentHelp(cli.t("所属村（文件夹名），可重复；镇账户不带"), valueName: "V"))
        var villages: [String] = []
        @Option(
            name: .customLong("name"),
            help: ArgumentHelp(cli.t("本人姓名，提交和审核记录中显示；监委须与 village.yaml 中一致"), valueName: cli.t("姓名")))
        var displayName: String?
        @Option(help: ArgumentHelp(cli.t("邮箱，作 git 提交的作者邮箱"), valueName: "EMAIL"))
        var email: String?
        @Option(
            help: ArgumentHelp(
                cli.t("站点根目录：核对村文件夹和监委姓名（与 village.yaml 的村务监督委员会名单）；默认从当前目录向上查找"), valueName: "ROOT"))
        var site: String?
        @OptionGroup var store: StoreOptions
        @OptionGroup var password: PasswordOptions

        /// What the site says against the account: villages that are not there, and a supervisor
        /// whose name is not on the village's supervisory committee (the sign-off would fail GK-F106).
        func siteProblems(role: Role) throws -> [String] {
            let root: URL
            if let site {
                root = try SiteRoot.find(explicit: site)
            } else if let found = try? SiteRoot.find(explicit: nil) {
                root = found
            } else {
                return []
            }
            let workspace = EditorWorkspace(root: root, dateFlag: nil, author: nil)
            let known = workspace.villages()
            var problems: [String] = []
            for village in villages where !known.contains(where: { $0.id == village }) {
                problems.append(
                    cli.t(
                        "--village {village}：站点 {site} 里没有这个村（content/{village}/village.yaml）", village, root.path,
                        village))
            }
            if role == .supervisor {
                let shown = displayName ?? name
                for village in villages where known.contains(where: { $0.id == village }) {
                    let names = workspace.supervisors(of: village)
                    guard !names.contains(shown) else { continue }
                    let villageName = known.first { $0.id == village }?.name ?? village
                    problems.append(notOnCommittee(shown, villageName, village, names))
                }
            }
            return problems
        }

        func run() throws {
            guard let role = Role(argument: role) else {
                throw CommandFailure.badArgument(
                    cli.t("--role {role} 不是角色；应为 secretary、supervisor、town 或 文书、监委、镇", role))
            }
            var problems = AccountRules.problems(name: name, role: role, villages: villages).map { $0.message(cli) }
            for village in villages where !SiteLoader.isValidVillageID(village) {
                problems.append(cli.t("--village {village} 不是村文件夹名（小写字母、数字和 -）", village))
            }
            if let displayName, let problem = AccountRules.displayNameProblem(displayName) {
                problems.append(problem.message(cli))
            }
            if let email, let problem = AccountRules.emailProblem(email) { problems.append(problem.message(cli)) }
            problems += try siteProblems(role: role)
            if !problems.isEmpty { throw CommandFailure.badArgument(problems.joined(separator: "\n")) }
            let account = Account(
                name: name, displayName: displayName ?? name, email: email ?? "\(name)@gongkai.invalid", role: role,
                villages: villages)
            let accounts = try store.open()
            guard try accounts.account(name) == nil else {
                throw CommandFailure.badArgument(cli.t("用户 {name} 已存在", name))
            }
            try accounts.add(account, password: password.read())
            accounts.record(
                user: "(命令行)", action: "新建账户",  // content
                detail: "\(name) \(role.chinese)"
                    + " \(villages.joined(separator: ","))")  // content
            let scope = villages.isEmpty ? "" : cli.t("：") + villages.joined(separator: cli.t("、"))
            print(
                cli.t("已新建 {name}（{displayName}，{role}{scope}）", name, account.displayName, cli.t(role.chinese), scope))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: cli.t("列出账户"))
        @OptionGroup var store: StoreOptions

        func run() throws {
            let accounts = try store.open().accounts()
            print(cli.t("用户名\t姓名\t角色\t村"))
            for a in accounts {
                let scope = a.villages.isEmpty ? cli.t("（全部）") : a.villages.joined(separator: ",")
                print("\(a.name)\t\(a.displayName)\t\(cli.t(a.role.chinese))\t\(scope)")
            }
        }
    }

    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: cli.t("修改密码（该用户已登录的会话全部退出，锁定解除）"))
        @Argument var name: String
        @OptionGroup var store: StoreOptions
        @OptionGroup var password: PasswordOptions

        func run() throws {
            let accounts = try store.open()
            guard try accounts.account(name) != nil else {
                throw CommandFailure.badArgument(cli.t("没有用户 {name}", name))
            }
            _ = try accounts.setPassword(name, to: password.read())
            accounts.record(user: "(命令行)", action: "修改密码", detail: name)  // content
            print(cli.t("已修改 {name} 的密码", name))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: cli.t("删除账户（其会话随之结束）"))
        @Argument var name: String
        @OptionGroup var store: StoreOptions

        func run() throws {
            let accounts = try store.open()
            guard try accounts.remove(name) else { throw CommandFailure.badArgument(cli.t("没有用户 {name}", name)) }
            accounts.record(user: "(命令行)", action: "删除账户", detail: name)  // content
            print(cli.t("已删除 {name}", name))
        }
    }
}

/// Reading a password from the terminal without showing it.
enum Terminal {
    static func readSecret(_ prompt: String) -> String? {
        let fd = open("/dev/tty", O_RDWR)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var saved = termios()
        guard tcgetattr(fd, &saved) == 0 else { return nil }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(fd, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(fd, TCSAFLUSH, &saved)
            _ = write(fd, "\n", 1)
        }
        _ = prompt.withCString { write(fd, $0, strlen($0)) }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while read(fd, &byte, 1) == 1, byte != UInt8(ascii: "\n") {
            if bytes.count < 4096 { bytes.append(byte) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The supervisor's name is not on the village's committee list in village.yaml.
private func notOnCommittee(_ name: String, _ villageName: String, _ village: String, _ names: [String]) -> String {
    names.isEmpty
        ? cli.t(
            "监委的姓名“{name}”不在{village}（content/{folder}/village.yaml）的村务监督委员会名单中（名单为空）；请用 --name 给出名单上的姓名",
            name, villageName, village)
        : cli.t(
            "监委的姓名“{name}”不在{village}（content/{folder}/village.yaml）的村务监督委员会名单中（{names}）；请用 --name 给出名单上的姓名",
            name, villageName, village, cli.list(names))
}
