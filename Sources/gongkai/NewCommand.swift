import ArgumentParser
import Foundation
import GongkaiKit

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: cli.t("新建一篇文档：列出该类型的全部字段及中文说明；不会覆盖已有文件"),
        discussion: cli.t("例：gongkai new finance.statement --village xuji --period 2026-10"))

    @Argument(help: ArgumentHelp(cli.t("文档类型，如 finance.statement（gongkai schema 列出全部类型）")))
    var kind: String

    @Option(help: ArgumentHelp(cli.t("村文件夹名，如 xuji"), valueName: "V"))
    var village: String

    @Option(help: ArgumentHelp(cli.t("所属期间 YYYY、YYYY-Qn 或 YYYY-MM"), valueName: "P"))
    var period: String?

    @Argument(help: ArgumentHelp(cli.t("站点根目录；默认从当前目录向上查找")))
    var root: String?

    @Option(help: ArgumentHelp(cli.t("公开日期，默认今天"), valueName: "D"))
    var date: String?

    func run() throws {
        let root = try SiteRoot.find(explicit: root)
        guard let kind = KindRegistry.kind(kind) else {
            throw CommandFailure.badArgument(
                cli.t(
                    "未知的文档类型 {kind}；可用类型：{all}", self.kind, KindRegistry.all.map(\.id.rawValue).joined(separator: "、")))
        }
        let villageFile = root.appendingPathComponent("content/\(village)/village.yaml")
        guard FileManager.default.fileExists(atPath: villageFile.path) else {
            throw CommandFailure.badArgument(cli.t("找不到村文件夹 content/{village}/village.yaml；请先建立村文件夹", village))
        }
        let today = try buildDate(date)
        var parsedPeriod: Period?
        if let period {
            guard let p = Period(iso: period) else {
                throw CommandFailure.badArgument(cli.t("--period {period} 不是有效期间；应为 YYYY、YYYY-Qn 或 YYYY-MM", period))
            }
            if let allowed = kind.period, !allowed.contains(p.granularity) {
                throw CommandFailure.badArgument(
                    cli.t("{kind} 的期间应为 {allowed}", kind.id, allowed.map(\.rawValue).joined(separator: " 或 ")))
            }
            parsedPeriod = p
        } else if let allowed = kind.period {
            parsedPeriod = Scaffold.previousPeriod(before: today, allowed: allowed)
        }
        let output = Scaffold.make(
            kind: kind, village: village, villageName: Scaffold.villageName(at: villageFile), period: parsedPeriod,
            today: today)
        let target = root.appendingPathComponent(output.path)
        if FileManager.default.fileExists(atPath: target.path) {
            throw CommandFailure.badArgument(cli.t("{path} 已存在，不会覆盖；请换一个期间或手动改名", output.path))
        }
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(output.text.utf8).write(to: target)
        print(output.path)
    }
}
