import Foundation
import PackagePlugin

/// Generates a Swift source that holds every file under the package's `templates/`, so the
/// built-in theme is compiled into the binary, and the page models' template lookup from their
/// declarations in `Render/PageModels.swift` and `Render/ThemeWords.swift`, and the editor's
/// in `Render/EditorPageModels.swift` and `Render/EditorWords.swift`.
@main
struct TemplatesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(
            at: templates, includingPropertiesForKeys: [.isRegularFileKey])
        {
            for case let url as URL in walker
            where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                inputs.append(url)
            }
        }
        inputs.sort { $0.path < $1.path }
        let render = context.package.directoryURL.appending(path: "Sources/GongkaiSite/Render")
        let models = ["PageModels.swift", "ThemeWords.swift", "EditorPageModels.swift", "EditorWords.swift"].map {
            render.appending(path: $0)
        }
        let fields = context.pluginWorkDirectoryURL.appending(path: "TemplateFields.swift")
        return [
            .buildCommand(
                displayName: "Generating template fields of the page models",
                executable: try context.tool(named: "GenerateTemplateFields").url,
                arguments: [fields.path] + models.prefix(2).map(\.path) + ["--factories"]
                    + models.dropFirst(2).map(\.path),
                inputFiles: models,
                outputFiles: [fields]),
            .buildCommand(
                displayName: "Embedding \(inputs.count) theme files",
                executable: try context.tool(named: "EmbedTemplates").url,
                arguments: [templates.path, output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]),
        ]
    }
}
