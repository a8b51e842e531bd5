import ArgumentParser
import Foundation
import GongkaiKit
import GongkaiServe

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "在本机预览网站：修改文件后自动重新生成并刷新页面，错误直接显示在页面上")

    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp("端口，默认 8080；0 表示任选一个空闲端口", valueName: "N"))
    var port: Int = 8080

    @Flag(help: "开启录入：在预览中编辑、新建和删除文档，保存时检查并提交到 git")
    var edit = false

    @Option(help: ArgumentHelp("提交的作者，如 \"许志强 <wenshu@xuji.example>\"；默认用 git 的设置", valueName: "NAME <EMAIL>"))
    var author: String?

    func run() throws {
        guard (0...65535).contains(port) else { throw CommandFailure.badArgument("--port 应在 0 到 65535 之间") }
        let (root, _) = try site.resolve()
        if let author, EditorAuthor.parse(author) == nil {
            throw CommandFailure.badArgument("--author 应为 \"姓名 <邮箱>\"，如 \"许志强 <wenshu@xuji.example>\"")
        }
        let server = PreviewServer(root: root, port: port, dateFlag: site.date, edit: edit, author: author) { line in
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
        try server.run()
    }
}
