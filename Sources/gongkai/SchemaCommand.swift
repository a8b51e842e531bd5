import ArgumentParser
import Foundation
import GongkaiKit

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: cli.t("说明文档类型及字段；--json-schema 导出供编辑器使用的 JSON Schema"),
        discussion: [
            "gongkai schema                    " + cli.t("列出全部类型"),
            "gongkai schema finance.statement  " + cli.t("列出该类型的字段"),
            "gongkai schema --json-schema      " + cli.t("把全部 JSON Schema 写入 schemas/ 文件夹"),
        ].joined(separator: "\n"))

    @Argument(help: ArgumentHelp(cli.t("文档类型，如 finance.statement")))
    var kind: String?

    @Flag(help: ArgumentHelp(cli.t("输出 JSON Schema（draft 2020-12）")))
    var jsonSchema = false

    @Option(help: ArgumentHelp(cli.t("--json-schema 写入的文件夹（不给 KIND 时），默认 ./schemas"), valueName: "DIR"))
    var out: String = "schemas"

    func run() throws {
        var selected: Kind?
        if let kind {
            guard let k = KindRegistry.kind(kind) else {
                throw CommandFailure.badArgument(
                    cli.t("未知的文档类型 {kind}；可用类型：{all}", kind, KindRegistry.all.map(\.id.rawValue).joined(separator: "、"))
                )
            }
            selected = k
        }
        switch (selected, jsonSchema) {
        case (nil, false):
            print(SchemaDescription.kinds())
        case (let kind?, false):
            print(SchemaDescription.describe(kind), terminator: "")
        case (let kind?, true):
            print(JSONSchemaExport.text(kind: kind), terminator: "")
        case (nil, true):
            let folder = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, text) in JSONSchemaExport.files() {
                try Data(text.utf8).write(to: folder.appendingPathComponent(name))
                print(folder.appendingPathComponent(name).path)
            }
        }
    }
}
