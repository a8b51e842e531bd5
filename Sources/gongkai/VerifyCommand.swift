import ArgumentParser
import Foundation
import GongkaiKit

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: cli.t("按 manifest.json 重新计算网站每个文件的 SHA-256，列出所有不一致的文件"))

    @Argument(help: ArgumentHelp(cli.t("网站文件夹（含 manifest.json），默认 ./site")))
    var site: String = "site"

    func run() throws {
        let report = try Verifier.verify(site: URL(fileURLWithPath: site).standardizedFileURL)
        print(report.text, terminator: "")
        if !report.isClean { throw ExitCode(1) }
    }
}
