import Foundation
import GongkaiContent
import GongkaiCore

/// The built-in theme (compiled in from the repository's `templates/`) with a site root's
/// own `templates/` laid over it file by file.
package struct Theme: Sendable {
    package let library: TemplateLibrary
    /// Files that are not templates (style sheets, icons), by path: copied to the output root.
    package let assets: [(path: String, bytes: [UInt8])]
    /// The site root's own template files, as sources of the build.
    let overrides: [HashedFile]
    /// A hash of every theme file as used (built-in and overrides), for the build cache.
    package let digest: String

    static let templateExtension = ".mustache"
    /// A template is at most 256 KiB (the largest built-in one is 10 KiB), so parsing any
    /// template stays well under a tenth of a second; other theme files (images) at most 20 MiB.
    static let templateByteLimit = 256 << 10
    static let assetByteLimit = 20 << 20

    /// Loads the theme, reporting templates that do not parse.
    package static func load(siteRoot: URL, collector: DiagnosticCollector) -> Theme? {
        load(overrides: siteRoot.appendingPathComponent("templates"), collector: collector)
    }

    /// The built-in theme alone.
    package static let builtIn = load(overrides: nil, collector: DiagnosticCollector())!

    private static func load(overrides: URL?, collector: DiagnosticCollector) -> Theme? {
        var files: [String: (text: [UInt8], source: String)] = [:]
        var overrideRecords: [HashedFile] = []
        for (name, text) in EmbeddedTheme.files {
            files[name] = (Array(text.utf8), "built-in")
        }
        for entry in overrides.map(FileTree.files(under:)) ?? [] {
            let reporter = FileReporter(collector: collector, file: "templates/\(entry.relative)")
            let limit = entry.relative.hasSuffix(templateExtension) ? templateByteLimit : assetByteLimit
            if let data = SourceText.readBytes(entry.url, reporter: reporter, limit: limit) {
                files[entry.relative] = ([UInt8](data), "templates/\(entry.relative)")
                overrideRecords.append(
                    HashedFile(path: "templates/\(entry.relative)", sha256: Hashing.sha256Hex(data), bytes: data.count))
            }
        }
        var library = TemplateLibrary()
        var assets: [(String, [UInt8])] = []
        var ok = true
        for name in files.keys.sorted() {
            let (bytes, source) = files[name]!
            guard name.hasSuffix(templateExtension) else {
                assets.append((name, bytes))
                continue
            }
            let templateName = String(name.dropLast(templateExtension.count))
            do {
                library.register(try Template(String(decoding: bytes, as: UTF8.self)), named: templateName)
            } catch let error as Template.ParseError {
                ok = false
                collector.report(
                    .t001, at: SourceLocation(file: shownPath(name, source), line: error.line, column: error.column),
                    .templateSyntax(reason: error.reason))
            } catch {
                ok = false
                collector.report(
                    .t001, at: SourceLocation(file: shownPath(name, source), line: 1, column: 1),
                    .templateSyntax(reason: Wording("{error}", "\(error)")))
            }
        }
        for finding in ThemeCheck.run(library) {
            let file = finding.template + templateExtension
            let location = SourceLocation(
                file: shownPath(file, files[file]?.source ?? "built-in"), line: finding.at.line,
                column: finding.at.column)
            switch finding.problem {
            case .unknownName(let name, let pages, let model, let suggestion):
                collector.report(
                    .t002, at: location,
                    .templateUnknownName(name: name, pages: pages, model: model, suggestion: suggestion))
            case .missingPartial(let name):
                collector.report(.t003, at: location, .templateMissingPartial(name: name))
            case .endlessPartial(let chain):
                collector.report(.t003, at: location, .templateEndlessPartial(chain: chain.joined(separator: " → ")))
            }
        }
        let digest = Hashing.key(files.keys.sorted().map { "\($0)=\(Hashing.sha256Hex(files[$0]!.text))" })
        return ok ? Theme(library: library, assets: assets, overrides: overrideRecords, digest: digest) : nil
    }

    /// A theme file as diagnostics name it: the override's path, or `built-in:NAME`.
    private static func shownPath(_ file: String, _ source: String) -> String {
        source == "built-in" ? "built-in:" + file : source
    }

    package func render(_ model: some TemplateObject, template: String) throws -> String {
        try library.render(model, template: template)
    }

    /// A page as bytes, for writing: skips checking the UTF-8 of text made only of strings.
    package func renderBytes(_ model: some TemplateObject, template: String) throws -> [UInt8] {
        try library.renderBytes(model, template: template)
    }

    /// Where a template comes from: `templates/NAME.mustache` of the site root, or the built-in theme.
    package func source(of template: String) -> String {
        let file = template + Theme.templateExtension
        return overrides.contains { $0.path == "templates/" + file } ? "templates/" + file : "built-in:" + file
    }
}
