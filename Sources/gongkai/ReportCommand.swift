import ArgumentParser
import Foundation
import GongkaiKit

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: cli.t("按公开目录逐村逐项列出：已公开、逾期公开、未公开、待公开；有未公开时退出码为 1"))

    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp(cli.t("输出格式：text 或 json"), valueName: "text|json"))
    var format: DiagnosticFormat = .text

    func run() throws {
        let (root, date) = try site.resolve()
        let (loaded, collector) = SiteBuilder.checkedSite(root: root, buildDate: date)
        let problems = collector.diagnostics.filter { $0.severity == .error }
        if !problems.isEmpty {
            FileHandle.standardError.write(Data(DiagnosticFormatter.render(problems, as: .text).utf8))
        }
        guard let loaded else { throw ExitCode(1) }
        guard let report = CatalogReport(config: loaded.site.config, buildDate: date, villages: loaded.villages) else {
            throw CommandFailure.badArgument(cli.t("gongkai.yaml 没有配置公开目录 catalog；请添加 start、items"))
        }
        print(format == .json ? report.json : report.text, terminator: "")
        if report.hasMissing { throw ExitCode(1) }
    }
}
