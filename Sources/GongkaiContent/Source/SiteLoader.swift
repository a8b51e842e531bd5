import Foundation
import GongkaiCore

/// A village as found on disk: its profile and the files it holds, nothing parsed yet.
public struct VillageSource: Sendable {
    public var id: String
    public var profile: VillageProfile?
    public var folder: URL
    /// The village folder's files as the walk found them (paths in one buffer).
    package var scan: FileTree.Scan
    /// Which of `scan.files` are documents (one per slug) and which attachments.
    package var documentIndices: [Int]
    package var attachmentIndices: [Int]
    /// Attachment files, relative to the village folder, sorted.
    public var attachments: [String] { attachmentIndices.map { scan.relative(scan.files[$0]) } }
    /// The village's document files as listed (one per slug), with their stamps: made when
    /// asked, since a rebuild asks for one village's and the county's other files need no names.
    package var documentFiles: [FileTree.Entry] {
        documentIndices.map {
            FileTree.Entry(relative: scan.relative(scan.files[$0]), folder: scan.root, info: scan.files[$0].info)
        }
    }
    /// The village's document files, to be parsed when its turn comes.
    package var inputs: [DocumentParser.Input] {
        let folder = "content/\(id)/"
        return documentFiles.map { entry in
            let name =
                entry.relative.utf8.lastIndex(of: UInt8(ascii: "/")).map {
                    entry.relative[entry.relative.utf8.index(after: $0)...]
                } ?? entry.relative[...]
            let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) ?? name.endIndex
            return DocumentParser.Input(
                file: entry.path, path: folder + entry.relative, village: id, slug: String(name[..<dot]),
                isMarkdown: SiteLoader.isMarkdown(name), stamp: entry.stamp)
        }
    }
    /// The SHA-256 of every file of the village folder with its stamp (and every link with its
    /// target), one per line: what a build cache keys on (a county's listings are megabytes).
    package var listingDigest: String
}

/// Everything read from a site root before any document is parsed.
public struct LoadedSite: Sendable {
    package init(
        root: URL, config: SiteConfig, villages: [VillageSource], buildDate: CalendarDate, history: GitHistory?,
        sources: FileLedger
    ) {
        self.root = root
        self.config = config
        self.villages = villages
        self.buildDate = buildDate
        self.history = history
        self.sources = sources
    }

    public var root: URL
    public var config: SiteConfig
    public var villages: [VillageSource]
    public var buildDate: CalendarDate
    /// nil outside a git repository.
    public var history: GitHistory?
    /// Every source file a build reads, the one place they are recorded (for manifest.json):
    /// gongkai.yaml and village.yaml here, documents as villages are checked, attachments as
    /// they are copied, the theme's overrides when the site is written.
    package let sources: FileLedger
}

/// The Source stage: reads gongkai.yaml and every village.yaml up front; each village's
/// documents are parsed when its turn comes (`parseDocuments`, or `VillageCheck` which also
/// checks each one as it is parsed).
public enum SiteLoader {
    static let documentExtensions = ["md", "yaml", "yml"]

    /// `.md`, `.yaml` or `.yml`, in any case.
    static func isDocument(extension dotted: UnsafeBufferPointer<UInt8>) -> Bool {
        let bytes = dotted.dropFirst()
        return documentExtensions.contains { known in
            known.utf8.count == bytes.count
                && zip(known.utf8, bytes).allSatisfy { $0 == $1 | (0x41...0x5A ~= $1 ? 0x20 : 0) }
        }
    }

    static func isMarkdown(_ name: Substring) -> Bool {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
        return name[name.index(after: dot)...].lowercased() == "md"
    }

    /// Reads gongkai.yaml, every village.yaml and the list of each village's files.
    /// Returns nil for the site when gongkai.yaml itself is unusable.
    /// With `memo`, a village it knows unchanged is taken from it instead of read again.
    /// `historyFile`: where the history is kept between runs (beside the build cache).
    public static func prepare(
        root: URL, buildDate: CalendarDate, memo: FolderMemo? = nil, historyFile: HistoryFile? = nil,
        listings: ListingFiles? = nil
    ) -> (LoadedSite?, DiagnosticCollector) {
        let configURL = root.appendingPathComponent(SiteRoot.configName)
        // The settings name the locale every message is worded in: read the file once and parse
        // it; only when parsing reported problems, parse the same text again to word them in the
        // locale known now. (A file that cannot be read names no locale: its problem is worded
        // in the default one.)
        let first = DiagnosticCollector()
        let source = SourceText.read(configURL, reporter: FileReporter(collector: first, file: SiteRoot.configName))
        let readProblems = first.diagnostics
        let readCount = first.count
        var parsed = source.map {
            SourceText.yaml($0.text, reporter: FileReporter(collector: first, file: SiteRoot.configName))
        }
        let collector = DiagnosticCollector(localizer: Localizer(locale: SiteConfig.locale(of: parsed?.root)))
        let configReporter = FileReporter(collector: collector, file: SiteRoot.configName)
        readProblems.forEach(collector.report)
        if first.count > readCount, let source {
            parsed = SourceText.yaml(source.text, reporter: configReporter)
        }
        var config: SiteConfig?
        let sources = FileLedger()
        if let source {
            sources.record(SiteRoot.configName, sha256: source.sha256, bytes: source.bytes)
        }
        if let parsed, parsed.ok {
            let record = SchemaValidator(reporter: configReporter).record(parsed.root, fields: SiteConfig.fields)
            let problems = SiteConfig.boundsProblems(record)
            problems.forEach(configReporter.report)
            config = problems.isEmpty ? SiteConfig(record) : nil
        }

        let content = root.appendingPathComponent("content")
        let (villageIDs, links) = FileTree.subfoldersAndLinks(of: content)
        for link in links {
            collector.report(
                .s012, at: SourceLocation(file: "content/\(link.relative)", line: 1, column: 1),
                .symbolicLink(path: "content/\(link.relative)", target: link.target))
        }
        if villageIDs.isEmpty {
            collector.report(.s013, at: SourceLocation(file: "content", line: 1, column: 1), .noVillages)
        }
        let town = config?.town ?? ""
        // git reads the log in its own process while the folders are listed here.
        let history = config.map { config in Pending { config.history.load(root: root, file: historyFile) } }
        let known = memo?.unchanged() ?? [:]
        let read = parallelMap(villageIDs) { id -> (village: VillageSource?, profileSource: HashedFile?) in
            guard let memo else {
                return readVillage(id, in: content, town: town, collector: collector, listings: listings)
            }
            if let village = known[id] {
                collector.replay(village.diagnostics)
                return (village.source, village.profile)
            }
            let (fresh, reported) = collector.recording { readVillage(id, in: content, town: town, collector: $0) }
            memo.remember(
                id, FolderMemo.Village(source: fresh.village, profile: fresh.profileSource, diagnostics: reported))
            return fresh
        }
        let villages = read.compactMap(\.village)
        read.compactMap(\.profileSource).forEach(sources.record)

        guard let config else {
            // Without settings nothing can be built, but every document can still be checked.
            for village in villages { _ = parseDocuments(village, collector: collector) }
            return (nil, collector)
        }
        let site = LoadedSite(
            root: root, config: config, villages: villages, buildDate: buildDate,
            history: history?.value,
            sources: sources)
        return (site, collector)
    }

    /// Only the settings, for the editor; nil when gongkai.yaml is unusable (`check` says why).
    package static func prepareSettings(root: URL) -> SiteConfig? {
        let reporter = FileReporter(collector: DiagnosticCollector(), file: SiteRoot.configName)
        guard let source = SourceText.read(root.appendingPathComponent(SiteRoot.configName), reporter: reporter)
        else { return nil }
        let parsed = SourceText.yaml(source.text, reporter: reporter)
        guard parsed.ok else { return nil }
        let record = SchemaValidator(reporter: reporter).record(parsed.root, fields: SiteConfig.fields)
        return SiteConfig.boundsProblems(record).isEmpty ? SiteConfig(record) : nil
    }

    /// Lists a village folder and reads its village.yaml; nil for a folder that is no village.
    package static func readVillage(
        _ id: String, in content: URL, town: String, collector: DiagnosticCollector, listings: ListingFiles? = nil
    ) -> (village: VillageSource?, profileSource: HashedFile?) {
        let folder = content.appendingPathComponent(id, isDirectory: true)
        let reporterPath = "content/\(id)"
        if !isValidVillageID(id) {
            collector.report(
                .s004, at: SourceLocation(file: reporterPath, line: 1, column: 1), .badVillageFolder(name: id))
            return (nil, nil)
        }
        var documents: [Int] = []
        var attachments: [Int] = []
        var hasProfile = false
        var listing: [UInt8] = []
        let known = listings?.read(id)
        let scan = FileTree.scan(under: folder.path, known: known)
        listings?.keep(scan.listing, of: id, known: known)
        listing.reserveCapacity(scan.files.count * 72)
        for link in scan.links {
            let path = "\(reporterPath)/\(link.relative)"
            collector.report(
                .s012, at: SourceLocation(file: path, line: 1, column: 1),
                .symbolicLink(path: path, target: link.target))
            listing += Array((link.relative + "\t-> " + link.target + "\n").utf8)
        }
        scan.paths.withUnsafeBufferPointer { paths in
            var slugs = SlugTable(capacity: scan.files.count)
            for (index, file) in scan.files.enumerated() {
                let path = UnsafeBufferPointer(rebasing: paths[file.start..<file.end])
                listing += path
                listing.append(UInt8(ascii: "\t"))
                file.info.appendBinary(to: &listing)
                listing.append(UInt8(ascii: "\n"))
                let nameStart = (path.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 }) ?? 0
                if path.elementsEqual("village.yaml".utf8) {
                    hasProfile = true
                } else if let dot = path[nameStart...].lastIndex(of: UInt8(ascii: ".")),
                    isDocument(extension: UnsafeBufferPointer(rebasing: path[dot...]))
                {
                    let slug = Slug(UnsafeBufferPointer(rebasing: path[nameStart..<dot]))
                    if let other = slugs.insert(slug, index) {
                        let path = "\(reporterPath)/\(scan.relative(file))"
                        collector.report(
                            .s010, at: SourceLocation(file: path, line: 1, column: 1),
                            .duplicateSlug(
                                slug: String(decoding: slug.bytes, as: UTF8.self),
                                otherFile: "\(reporterPath)/\(scan.relative(scan.files[other]))"))
                        continue
                    }
                    documents.append(index)
                } else {
                    attachments.append(index)
                }
            }
        }
        var profile: VillageProfile?
        var profileSource: HashedFile?
        let profilePath = "\(reporterPath)/village.yaml"
        if hasProfile {
            let reporter = FileReporter(collector: collector, file: profilePath)
            if let source = SourceText.read(
                folder.appendingPathComponent("village.yaml", isDirectory: false), reporter: reporter)
            {
                profileSource = HashedFile(path: profilePath, sha256: source.sha256, bytes: source.bytes)
                let parsed = SourceText.yaml(source.text, reporter: reporter)
                if parsed.ok {
                    let record = SchemaValidator(reporter: reporter).record(parsed.root, fields: VillageProfile.fields)
                    profile = VillageProfile(id: id, path: profilePath, record: record, defaultTown: town)
                }
            }
        } else {
            collector.report(
                .s002, at: SourceLocation(file: profilePath, line: 1, column: 1), .missingVillageFile(village: id))
        }
        let village = VillageSource(
            id: id, profile: profile, folder: folder, scan: scan, documentIndices: documents,
            attachmentIndices: attachments, listingDigest: Hashing.sha256Hex(listing))
        return (village, profileSource)
    }

    /// Parses a village's documents on every core, reporting what does not parse.
    static func parseDocuments(_ village: VillageSource, collector: DiagnosticCollector) -> [Document] {
        parallelMap(village.inputs) { input in
            DocumentParser(reporter: FileReporter(collector: collector, file: input.path)).parse(input)
        }.compactMap { $0 }
    }

    public static func isValidVillageID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.isLowerAlphanumeric else { return false }
        return id.unicodeScalars.allSatisfy { $0.isLowerAlphanumeric || $0 == "-" }
    }
}

/// A document's slug as bytes of the walk's paths: no string is made for a file that is no
/// duplicate of another. (Valid while the paths it points into are.)
private struct Slug {
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// FNV-1a from a start drawn once per process, so that names made to collide in one
    /// build do not in the next.
    var hash: UInt64 {
        var hash = Self.start
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    private static let start = UInt64.random(in: 1...UInt64.max)
}

/// The slugs of one village's documents, each with its file's index: a table open by hash
/// rather than a `Dictionary`, whose seeded hashing of every slug of a county was a tenth of
/// listing it.
private struct SlugTable {
    private var slots: [(hash: UInt64, slug: Slug, index: Int)?]
    private let mask: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: nil, count: size)
        mask = size - 1
    }

    /// Adds `slug` for the file at `index`; the index of the file that already has it, if any
    /// (then nothing is added).
    mutating func insert(_ slug: Slug, _ index: Int) -> Int? {
        let hash = slug.hash
        var slot = Int(truncatingIfNeeded: hash) & mask
        while let taken = slots[slot] {
            if taken.hash == hash, taken.slug.bytes.elementsEqual(slug.bytes) { return taken.index }
            slot = (slot + 1) & mask
        }
        slots[slot] = (hash, slug, index)
        return nil
    }
}

extension Unicode.Scalar {
    var isLowerAlphanumeric: Bool { ("a"..."z").contains(self) || ("0"..."9").contains(self) }
}
