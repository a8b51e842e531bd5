import ArgumentParser
import Foundation
import GongkaiKit

@main
struct Gongkai: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongkai",
        abstract: "村级党务、村务、财务公开栏的静态网站生成器",
        discussion: "读取 content/ 下各村的 Markdown 与 YAML 文件，校验后生成公开网站。",
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, SchemaCommand.self, VerifyCommand.self, ReportCommand.self, ServeCommand.self])

    /// Exit statuses of spec §9: 0 no errors, 1 errors, 2 the command could not run.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("gongkai: \(failure)\n".utf8))
            Foundation.exit(2)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let status = exitCode(for: error)
            if status == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

struct SiteOptions: ParsableArguments {
    @Argument(help: "站点根目录（含 gongkai.yaml）；默认从当前目录向上查找")
    var root: String?

    @Option(help: ArgumentHelp("构建日期 YYYY-MM-DD；默认取 SOURCE_DATE_EPOCH，否则为今天（北京时间）", valueName: "D"))
    var date: String?

    /// The site root and the build date, or the reason the command cannot run.
    func resolve() throws -> (root: URL, date: CalendarDate) {
        (try SiteRoot.find(explicit: root), try BuildDate.resolve(flag: date))
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}

func printDiagnostics(_ report: BuildReport, format: DiagnosticFormat, to handle: FileHandle = .standardOutput) {
    handle.write(Data(DiagnosticFormatter.render(report.diagnostics, as: format).utf8))
}

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "校验并生成网站；有错误时不写入任何文件")

    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp("输出文件夹；默认为站点根目录下的 site/", valueName: "DIR"))
    var out: String?

    @Flag(help: "不沿用上次生成的结果，全部重新生成并整体替换输出文件夹")
    var full = false

    func run() throws {
        let (root, date) = try site.resolve()
        let output = out.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? root.appendingPathComponent("site")
        let report = try SiteBuilder.build(root: root, out: output, buildDate: date, full: full)
        printDiagnostics(report, format: .text, to: .standardError)
        if report.wrote {
            FileHandle.standardError.write(Data("\(report.summary)；已生成 \(report.published) 篇公开文档到 \(output.path)\n".utf8))
        } else {
            FileHandle.standardError.write(Data("\(report.summary)；未写入任何文件\n".utf8))
            throw ExitCode(1)
        }
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "只校验，不生成网站")

    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp("输出格式：text 或 json", valueName: "text|json"))
    var format: DiagnosticFormat = .text

    func run() throws {
        let (root, date) = try site.resolve()
        let report = SiteBuilder.check(root: root, buildDate: date)
        printDiagnostics(report, format: format)
        if format == .text {
            FileHandle.standardError.write(Data((report.summary + "\n").utf8))
        }
        if report.errorCount > 0 { throw ExitCode(1) }
    }
}
