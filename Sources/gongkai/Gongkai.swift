import ArgumentParser
import Foundation
import GongkaiAccounts
import GongkaiKit

@main
struct Gongkai: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongkai",
        abstract: cli.t("村级党务、村务、财务公开栏的静态网站生成器"),
        discussion: cli.t("读取 content/ 下各村的 Markdown 与 YAML 文件，校验后生成公开网站。"),
        version: Gongkai.version,
        subcommands: [
            BuildCommand.self, CheckCommand.self, NewCommand.self, SchemaCommand.self, VerifyCommand.self,
            ReportCommand.self,
            ServeCommand.self, HookCommand.self, UserCommand.self,
        ])

    /// The release, as `gongkai --version` prints it and the Debian package is numbered.
    static let version = "0.9.0"

    /// Exit statuses of spec §9: 0 no errors, 1 errors, 2 the command could not run.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("gongkai: \(failure.message(cli))\n".utf8))
            Foundation.exit(2)
        } catch let failure as AccountFailure {
            FileHandle.standardError.write(Data("gongkai: \(failure.message(cli))\n".utf8))
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
    @Argument(help: ArgumentHelp(cli.t("站点根目录（含 gongkai.yaml）；默认从当前目录向上查找")))
    var root: String?

    @Option(help: ArgumentHelp(cli.t("构建日期 YYYY-MM-DD；默认取 SOURCE_DATE_EPOCH，否则为今天（北京时间）"), valueName: "D"))
    var date: String?

    /// The site root and the build date, or the reason the command cannot run.
    func resolve() throws -> (root: URL, date: CalendarDate) {
        (try SiteRoot.find(explicit: root), try buildDate(date))
    }
}

/// The build date of `--date`, with the flag named in the error.
func buildDate(_ flag: String?) throws -> CalendarDate {
    do {
        return try BuildDate.resolve(given: flag)
    } catch .notADate(let text) {
        throw CommandFailure.badArgument(cli.t("--date {date} 不是有效日期；应为 YYYY-MM-DD，如 2026-11-05", text))
    } catch {
        throw CommandFailure.badArgument(error.description)
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}

func printDiagnostics(_ report: BuildReport, format: DiagnosticFormat, to handle: FileHandle = .standardOutput) {
    handle.write(Data(DiagnosticFormatter.render(report.diagnostics, as: format, locale: report.locale).utf8))
}

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: cli.t("校验并生成网站；有错误时不写入任何文件"))

    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp(cli.t("输出文件夹；默认为站点根目录下的 site/"), valueName: "DIR"))
    var out: String?

    @Flag(help: ArgumentHelp(cli.t("不沿用上次生成的结果，全部重新生成并整体替换输出文件夹")))
    var full = false

    @Flag(help: ArgumentHelp(cli.t("输出文件夹里已有不是 gongkai 生成的文件时，仍然整体替换它（这些文件会被删除）")))
    var force = false

    func run() throws {
        let (root, date) = try site.resolve()
        let output = out.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? root.appendingPathComponent("site")
        let report: BuildReport
        do {
            report = try SiteBuilder.build(
                root: root, out: output, buildDate: date, full: full, force: force, exitsAfter: true)
        } catch let refusal as OutputRefusal {
            throw CommandFailure.badArgument(refusal.explained)
        }
        printDiagnostics(report, format: .text, to: .standardError)
        FileHandle.standardError.write(Data((report.closingLine(output: output.path) + "\n").utf8))
        if !report.wrote { throw ExitCode(1) }
        // The report of a county is not freed piece by piece either.
        withExtendedLifetime(report) { Foundation.exit(0) }
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: cli.t("只校验，不生成网站"))

    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp(cli.t("输出格式：text 或 json"), valueName: "text|json"))
    var format: DiagnosticFormat = .text

    @Option(help: ArgumentHelp(cli.t("上次生成的网站文件夹（默认 ROOT/site）：自那以后未改动的村不再重新校验"), valueName: "DIR"))
    var out: String?

    func run() throws {
        let (root, date) = try site.resolve()
        let report = SiteBuilder.check(
            root: root, buildDate: date, site: out.map { URL(fileURLWithPath: $0).standardizedFileURL })
        printDiagnostics(report, format: format)
        if format == .text {
            FileHandle.standardError.write(Data((report.summary + "\n").utf8))
        }
        if report.errorCount > 0 { throw ExitCode(1) }
    }
}

extension OutputRefusal {
    /// What the refusal means for the `build` command's flags.
    var explained: String {
        switch self {
        case .replacesSources(let out):
            return cli.t("输出文件夹 {out} 会覆盖站点源文件（站点根目录、content/ 或 templates/）；请换一个 --out，未改动任何文件", out)
        case .foreignFolder(let out, let entries):
            let shown =
                entries.prefix(5).joined(separator: cli.t("、"))
                + (entries.count > 5 ? " \(cli.t("等 {count} 项", entries.count))" : "")
            return cli.t(
                "输出文件夹 {out} 里已有不是 gongkai 生成的文件（{shown}），生成会删除它们；请换一个空文件夹作 --out，或确认后加 --force。未改动任何文件", out, shown)
        case .notAFolder(let out):
            return cli.t("输出路径 {out} 已存在且不是文件夹（文件或符号链接）；请换一个 --out，未改动任何文件", out)
        }
    }
}
