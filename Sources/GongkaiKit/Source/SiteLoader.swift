import Foundation

/// One village: its profile, its documents and the files it publishes as they are.
public struct Village: Sendable {
    public var id: String
    public var profile: VillageProfile?
    public var documents: [Document]
    /// Attachment files, relative to the village folder, sorted.
    public var attachments: [String]
    public var folder: URL
}

/// Everything read from a site root, validated.
public struct LoadedSite: Sendable {
    public var root: URL
    public var config: SiteConfig
    public var villages: [Village]
    public var buildDate: CalendarDate
    /// nil outside a git repository.
    public var history: GitHistory?
    /// gongkai.yaml, village.yaml and document files as read (attachments and templates are
    /// recorded when they are copied and loaded).
    public var sources: [FileRecord]
}

/// The Source stage: reads gongkai.yaml, every village.yaml and every document, once.
public enum SiteLoader {
    static let documentExtensions = ["md", "yaml", "yml"]

    /// Returns the site (nil when gongkai.yaml itself is unusable) and every problem found.
    public static func load(root: URL, buildDate: CalendarDate) -> (LoadedSite?, DiagnosticCollector) {
        let configURL = root.appendingPathComponent(SiteRoot.configName)
        let configText = FileManager.default.contents(atPath: configURL.path)
            .flatMap { String(validating: $0, as: UTF8.self) }?.droppingBOM()
        let configYAML = configText.flatMap { try? YAMLLoader.load($0).get() }
        let collector = DiagnosticCollector(localizer: Localizer(locale: SiteConfig.locale(of: configYAML?.root)))

        let configReporter = FileReporter(collector: collector, file: SiteRoot.configName)
        var config: SiteConfig?
        var sources: [FileRecord] = []
        if let source = SourceText.read(configURL, reporter: configReporter) {
            sources.append(FileRecord(path: SiteRoot.configName, sha256: source.sha256, bytes: source.bytes))
            let parsed = SourceText.yaml(source.text, reporter: configReporter)
            if parsed.ok {
                let record = SchemaValidator(reporter: configReporter).record(parsed.root, fields: SiteConfig.fields)
                config = SiteConfig(record)
            }
        }

        let content = root.appendingPathComponent("content")
        let villageIDs = FileTree.subfolders(of: content)
        var villages: [Village] = []
        var inputs: [DocumentParser.Input] = []
        for id in villageIDs {
            let folder = content.appendingPathComponent(id)
            let reporterPath = "content/\(id)"
            if !isValidVillageID(id) {
                collector.report(.s004, at: SourceLocation(file: reporterPath, line: 1, column: 1), .badVillageFolder(name: id))
                continue
            }
            var attachments: [String] = []
            var slugs: [String: String] = [:]
            var hasProfile = false
            for entry in FileTree.files(under: folder) {
                let path = "\(reporterPath)/\(entry.relative)"
                let ext = entry.url.pathExtension.lowercased()
                if entry.relative == "village.yaml" {
                    hasProfile = true
                } else if documentExtensions.contains(ext) {
                    let slug = entry.url.deletingPathExtension().lastPathComponent
                    if let other = slugs[slug] {
                        collector.report(.s010, at: SourceLocation(file: path, line: 1, column: 1), .duplicateSlug(slug: slug, otherFile: other))
                        continue
                    }
                    slugs[slug] = path
                    inputs.append(DocumentParser.Input(url: entry.url, path: path, village: id, slug: slug, isMarkdown: ext == "md"))
                } else {
                    attachments.append(entry.relative)
                }
            }
            var profile: VillageProfile?
            let profilePath = "\(reporterPath)/village.yaml"
            if hasProfile {
                let reporter = FileReporter(collector: collector, file: profilePath)
                if let source = SourceText.read(folder.appendingPathComponent("village.yaml"), reporter: reporter) {
                    sources.append(FileRecord(path: profilePath, sha256: source.sha256, bytes: source.bytes))
                    let parsed = SourceText.yaml(source.text, reporter: reporter)
                    if parsed.ok {
                        let record = SchemaValidator(reporter: reporter).record(parsed.root, fields: VillageProfile.fields)
                        profile = VillageProfile(id: id, path: profilePath, record: record, defaultTown: config?.town ?? "")
                    }
                }
            } else {
                collector.report(.s002, at: SourceLocation(file: profilePath, line: 1, column: 1), .missingVillageFile(village: id))
            }
            villages.append(Village(id: id, profile: profile, documents: [], attachments: attachments, folder: folder))
        }

        let parsed = parallelMap(inputs) { input in
            DocumentParser(reporter: FileReporter(collector: collector, file: input.path)).parse(input)
        }
        var byVillage: [String: [Document]] = [:]
        for document in parsed.compactMap({ $0 }) {
            byVillage[document.village, default: []].append(document)
            sources.append(FileRecord(path: document.path, sha256: document.sourceSHA256, bytes: document.bytes))
        }
        for i in villages.indices {
            villages[i].documents = (byVillage[villages[i].id] ?? []).sorted { $0.path < $1.path }
        }

        guard let config else { return (nil, collector) }
        let site = LoadedSite(
            root: root, config: config, villages: villages, buildDate: buildDate, history: GitHistory.load(root: root),
            sources: sources)
        Validator.check(site, collector: collector)
        return (site, collector)
    }

    static func isValidVillageID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.isLowerAlphanumeric else { return false }
        return id.unicodeScalars.allSatisfy { $0.isLowerAlphanumeric || $0 == "-" }
    }
}

extension Unicode.Scalar {
    var isLowerAlphanumeric: Bool { ("a"..."z").contains(self) || ("0"..."9").contains(self) }
}
