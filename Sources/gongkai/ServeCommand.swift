import ArgumentParser
import Foundation
import GongkaiAccounts
import GongkaiKit
import GongkaiServe

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: cli.t("在本机预览网站：修改文件后自动重新生成并刷新页面，错误直接显示在页面上"))

    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp(cli.t("端口，默认 8080；0 表示任选一个空闲端口"), valueName: "N"))
    var port: Int = 8080

    @Flag(help: ArgumentHelp(cli.t("开启录入：在预览中编辑、新建和删除文档，保存时检查并提交到 git")))
    var edit = false

    @Option(
        help: ArgumentHelp(
            cli.t("提交的作者，如 {exampleAuthor}；默认用 git 的设置", exampleAuthor), valueName: "NAME <EMAIL>"))
    var author: String?

    @Option(help: ArgumentHelp(cli.t("监听地址和端口，如 0.0.0.0:8080；不在本机（127.0.0.1）时必须有账户"), valueName: "ADDR:PORT"))
    var listen: String?

    @Option(help: ArgumentHelp(cli.t("账户数据库；默认 $XDG_DATA_HOME/gongkai/accounts.sqlite；给出时即要求登录"), valueName: "FILE"))
    var accounts: String?

    @Option(help: ArgumentHelp(cli.t("前置反向代理（nginx）的地址：只相信它发来的 X-Forwarded-Proto/For"), valueName: "ADDR"))
    var trustedProxy: String?

    @Option(
        name: .customLong("public"),
        help: ArgumentHelp(cli.t("公开栏网站的文件夹：仓库每有改动（保存、发布、推送）就重新生成到这里，供 nginx 向村民提供"), valueName: "DIR"))
    var publicFolder: String?

    func run() throws {
        guard (0...65535).contains(port) else { throw CommandFailure.badArgument(cli.t("--port 应在 0 到 65535 之间")) }
        let (root, _) = try site.resolve()
        if let author, EditorAuthor.parse(author) == nil {
            throw CommandFailure.badArgument(
                cli.t("--author 应为“姓名 <邮箱>”，如 {exampleAuthor}", exampleAuthor))
        }
        let network = try networkOptions(root: root)
        if let publicFolder {
            // Refused before anything is served: a folder gongkai did not write is never replaced.
            do {
                try SiteBuilder.checkOutput(URL(fileURLWithPath: publicFolder).standardizedFileURL, root: root)
            } catch let refusal as OutputRefusal {
                throw CommandFailure.badArgument(
                    cli.t("--public：")
                        + refusal.explained.replacingOccurrences(of: "--out", with: "--public")
                        .replacingOccurrences(of: cli.t("，或确认后加 --force"), with: ""))
            }
        }
        let server = PreviewServer(
            root: root, port: port, dateFlag: site.date, edit: edit, author: author, network: network,
            publicFolder: publicFolder.map { URL(fileURLWithPath: $0).standardizedFileURL }
        ) { line in
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
        try server.run()
    }

    /// `--listen` and the accounts it needs (spec §12): beyond loopback, no accounts, no server.
    func networkOptions(root: URL) throws -> NetworkOptions? {
        guard listen != nil || accounts != nil else { return nil }
        var host = "127.0.0.1"
        var listenPort = port
        if let listen {
            guard let colon = listen.lastIndex(of: ":"), let number = Int(listen[listen.index(after: colon)...]),
                (0...65535).contains(number), colon != listen.startIndex
            else {
                throw CommandFailure.badArgument(
                    cli.t("--listen {listen} 应为 地址:端口，如 0.0.0.0:8080 或 127.0.0.1:8080", listen))
            }
            host = String(listen[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
            listenPort = number
        }
        let path = AccountsLocation.resolve(accounts)
        let needsAccounts = !NetworkOptions.isLoopback(host) || accounts != nil
        guard needsAccounts else {
            return NetworkOptions(host: host, port: listenPort, accounts: nil, trustedProxy: nil)
        }
        guard edit else {
            throw CommandFailure.badArgument(cli.t("账户只用于录入：在本机以外开放时请同时给出 --edit（只预览请用本机地址）"))
        }
        if let refusal = AccountsLocation.refusal(path, siteRoot: root) {
            throw CommandFailure.badArgument(refusal.message(cli))
        }
        guard FileManager.default.fileExists(atPath: path), let store = try? AccountStore(path: path), !store.isEmpty
        else {
            throw CommandFailure.badArgument(
                cli.t(
                    "在 {host} 上开放录入需要账户，但 {path} 里没有账户；请先用 gongkai user add 用户名 --role town 建立（见 README“在镇里的服务器上运行”）",
                    host,
                    path))
        }
        return NetworkOptions(host: host, port: listenPort, accounts: store, trustedProxy: trustedProxy)
    }
}

/// An author as `--author` takes it.
private let exampleAuthor = "\"许志强 <wenshu@xuji.example>\""  // content: a name, as a secretary writes it
