import Foundation
import GongkaiContent
import GongkaiCore
import GongkaiSite
import Synchronization

/// The site as the editor sees it (spec §11): opens documents as form fields, checks a form
/// with every rule while the rest of its village stays as it is on disk, and saves. It keeps
/// each village's other documents parsed between checks and re-reads only files that changed,
/// so a check costs one document's rules and the village's cross-document rules.
///
/// Thread-safe: checks run side by side; saves (`EditorSave`) run one at a time.
public final class EditorWorkspace: Sendable {
    public let root: URL
    package let dateFlag: String?
    /// The author of commits (`Name <email>`); nil for git's own settings.
    package let author: String?
    private let state = Mutex(State())
    let saveLock = Mutex(())
    /// Saves write their files one at a time and are committed in that order.
    package let commits: CommitQueue

    package struct State {
        package var config: (stamp: String, config: SiteConfig)?
        package var villages: [String: [String: ParsedFile]] = [:]
    }

    /// A document file as last parsed, keyed by its stamp (size, times, inode).
    package struct ParsedFile {
        package var stamp: String
        package var document: Document?
    }

    public init(root: URL, dateFlag: String?, author: String?) {
        self.root = root
        self.dateFlag = dateFlag
        self.author = author
        commits = CommitQueue(root: root)
    }

    /// Runs `action` after every commit the editor makes, with the paths (from the site root) it
    /// wrote or deleted.
    public func whenCommitted(_ action: @escaping @Sendable ([String]) -> Void) {
        commits.whenCommitted(action)
    }

    /// Whether a save's files wait for their commit (the commit's `whenCommitted` follows).
    public var isCommitting: Bool { commits.isBusy }

    public var today: CalendarDate {
        (try? BuildDate.resolve(given: dateFlag)) ?? CalendarDate(year: 2000, month: 1, day: 1)!
    }

    package var content: URL { root.appendingPathComponent("content") }

    // MARK: - What there is to edit

    /// The site's settings, read again when gongkai.yaml changed; nil when it is unusable.
    package func config() -> SiteConfig? {
        let path = root.appendingPathComponent(SiteRoot.configName).path
        let stamp = FileTree.stamp(path)
        if let cached = state.withLock({ $0.config }), cached.stamp == stamp { return cached.config }
        guard let site = SiteLoader.prepareSettings(root: root) else { return nil }
        state.withLock { $0.config = (stamp, site) }
        return site
    }

    /// The villages by folder name, with their names.
    public func villages() -> [(id: String, name: String)] {
        FileTree.subfoldersAndLinks(of: content).folders.filter(SiteLoader.isValidVillageID).map { id in
            (
                id,
                Scaffold.villageName(at: content.appendingPathComponent(id).appendingPathComponent("village.yaml"))
                    ?? id
            )
        }
    }

    /// A village as on disk now, its documents parsed (only those changed since the last call).
    package func village(_ id: String) -> (source: VillageSource, documents: [Document])? {
        guard SiteLoader.isValidVillageID(id),
            FileManager.default.fileExists(atPath: content.appendingPathComponent(id).path)
        else { return nil }
        let scratch = DiagnosticCollector()
        guard
            let source = SiteLoader.readVillage(id, in: content, town: config()?.town ?? "", collector: scratch).village
        else { return nil }
        let known = state.withLock { $0.villages[id] ?? [:] }
        let stamped = source.inputs.map { ($0, FileTree.stamp($0.file)) }
        let changed = stamped.filter { known[$0.0.path]?.stamp != $0.1 }
        let parsed = parallelMap(changed) { input, stamp in
            (
                input.path,
                ParsedFile(
                    stamp: stamp,
                    document: DocumentParser(reporter: FileReporter(collector: scratch, file: input.path)).parse(input))
            )
        }
        var files: [String: ParsedFile] = [:]
        for (input, _) in stamped { files[input.path] = known[input.path] }
        for (path, file) in parsed { files[path] = file }
        state.withLock { $0.villages[id] = files }
        return (source, source.inputs.compactMap { files[$0.path]?.document })
    }

    /// The documents of a village, newest first, for its list of what can be edited.
    public func documents(of village: String) -> [(
        path: String, title: String, kind: Kind, published: CalendarDate, draft: Bool
    )] {
        (self.village(village)?.documents ?? [])
            .sorted { ($0.published, $0.path) > ($1.published, $1.path) }
            .map { ($0.path, $0.title, $0.kind, $0.published, $0.draft) }
    }

    // MARK: - Opening

    /// A document or village.yaml opened for editing.
    public func open(village: String, path: String) throws(EditorError) -> EditorDraft {
        try openFile(village: village, path: path).draft
    }

    /// A file read once: the form it opens as, and what a save over it compares with.
    package struct OpenedFile: Sendable {
        package var draft: EditorDraft
        package var disk: DiskFile
    }

    /// A document or village.yaml opened for editing, its bytes read once.
    package func openFile(village: String, path: String) throws(EditorError) -> OpenedFile {
        let file = try EditorPaths.existing(path, village: village, root: root)
        guard let data = FileManager.default.contents(atPath: file.path) else { throw .notFound(path) }
        let scratch = DiagnosticCollector()
        let reporter = FileReporter(collector: scratch, file: path)
        let isProfile = path.hasSuffix("/village.yaml")
        guard let text = SourceText.decode(data, reporter: reporter) else {
            guard !isProfile, let first = scratch.diagnostics.first else { throw .unreadable(path) }
            throw .unparsable(path, line: first.location.line, first.message)
        }
        if isProfile {
            let parsed = SourceText.yaml(text.text, reporter: reporter)
            let record = SchemaValidator(reporter: reporter).record(parsed.root, fields: VillageProfile.fields)
            let draft = EditorDraft(
                village: village, path: path, kind: nil, isNew: false,
                fields: FormValues.fields(of: record, specs: VillageProfile.fields), body: nil, baseHash: text.sha256)
            return OpenedFile(
                draft: draft, disk: DiskFile(hash: text.sha256, kind: nil, record: parsed.ok ? record : nil, body: nil))
        }
        let name = file.lastPathComponent
        let input = DocumentParser.Input(
            file: file.path, path: path, village: village,
            slug: String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)]),
            isMarkdown: name.hasSuffix(".md"))
        guard let document = DocumentParser(reporter: reporter).parse(text, input: input) else {
            let first = scratch.diagnostics.first
            throw .unparsable(path, line: first?.location.line ?? 1, first?.message ?? "")
        }
        let draft = EditorDraft(
            village: village, path: path, kind: document.kind, isNew: false,
            fields: FormValues.fields(of: document.data, specs: document.kind.allFields), body: document.body,
            baseHash: text.sha256)
        return OpenedFile(
            draft: draft,
            disk: DiskFile(hash: text.sha256, kind: document.kind.id, record: document.data, body: document.body))
    }

    /// A new document of a kind, with its starting values (spec §11).
    public func start(village: String, kind id: KindID) throws(EditorError) -> EditorDraft {
        guard let kind = KindRegistry.kind(id.rawValue) else { throw .notFound(id.rawValue) }
        guard let config = config() else { throw .noSettings }
        guard let loaded = self.village(village) else { throw .notFound("content/\(village)") }
        let checked = CheckedVillage(source: loaded.source, documents: loaded.documents, buildDate: today)
        let record = StartingValues.new(kind: kind, village: checked, config: config, today: today)
        let path = EditorPaths.newDocument(kind: kind, record: record, village: village, root: root, today: today)
        return EditorDraft(
            village: village, path: path, kind: kind, isNew: true,
            fields: FormValues.fields(of: record, specs: kind.allFields),
            body: path.hasSuffix(".md") ? "" : nil, baseHash: "")
    }
}

/// A form's content: what the editor shows and what a post brings back.
public struct EditorDraft: Sendable {
    public var village: String
    /// The file, relative to the site root (for a new document, the file it will be saved as).
    public var path: String
    /// nil for village.yaml.
    public var kind: Kind?
    public var isNew: Bool
    public var fields: [FormField]
    /// The Markdown body, for kinds written as Markdown.
    public var body: String?
    /// SHA-256 of the file as opened; "" for a new document.
    public var baseHash: String

    public init(
        village: String, path: String, kind: Kind?, isNew: Bool, fields: [FormField], body: String?, baseHash: String
    ) {
        self.village = village
        self.path = path
        self.kind = kind
        self.isNew = isNew
        self.fields = fields
        self.body = body
        self.baseHash = baseHash
    }

    /// The field specs of the form.
    public var specs: [FieldSpec] { kind?.allFields ?? VillageProfile.fields }

    public var isProfile: Bool { kind == nil }

    /// A Markdown file: front matter and a body (a `.yaml` file of the same kind has no body).
    public var isMarkdown: Bool { path.hasSuffix(".md") }

    /// The value posted for a field (the last, for a name repeated).
    public func value(_ name: String) -> String? { fields.last { $0.name == name }?.value }

    public var title: String { value("title") ?? value("name") ?? path }
}

public enum EditorError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(String)
    case outsideVillage(String)
    case unreadable(String)
    /// The file, the line of the first problem, and that problem (as the check words it).
    case unparsable(String, line: Int, String)
    case noSettings

    public var description: String { wording.description }

    /// In the site's language.
    public func message(_ w: Localizer) -> String { wording.message(w) }

    public var wording: Wording {
        switch self {
        case .notFound(let path): return Wording("找不到 {path}", path)
        case .outsideVillage(let path): return Wording("{path} 不在这个村的文件夹里，不能编辑", path)
        case .unreadable(let path): return Wording("无法读取 {path}", path)
        case .unparsable(let path, let line, let why):
            return Wording("{path} 无法读成表单（第 {line} 行：{why}）；请先用文本编辑器修正，或运行 gongkai check 查看", path, line, why)
        case .noSettings: return Wording("gongkai.yaml 有错误，请先运行 gongkai check 修正")
        }
    }
}

extension EditorWorkspace {
    /// The names of the village's supervisory committee, for the reviewer choice.
    public func supervisors(of village: String) -> [String] {
        self.village(village)?.source.profile?.supervisors.map(\.name) ?? []
    }

    /// Whether a path is one the editor may open or write for this village.
    public func mayEdit(path: String, village: String) -> Bool {
        (try? EditorPaths.confined(path, village: village, root: root)) != nil
    }

    /// Whether the file a form was opened from is a notice published before today, so that a
    /// change to it needs a 修订说明 (spec §11, GK-R101).
    public func isPublishedBeforeToday(_ draft: EditorDraft) -> Bool {
        guard !draft.isNew, draft.kind != nil,
            let file = try? EditorPaths.existing(draft.path, village: draft.village, root: root),
            let data = FileManager.default.contents(atPath: file.path)
        else { return false }
        return diskValues(data, draft: draft)?.isPublishedBefore(today) ?? false
    }
}
