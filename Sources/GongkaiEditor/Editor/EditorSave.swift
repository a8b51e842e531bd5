import Foundation
import GongkaiContent
import GongkaiCore
import GongkaiSite

/// What a save did, or why it did not (spec §11: nothing lost, nothing failing a rule published).
public enum EditorSaveOutcome: Sendable {
    /// Written; `commit` is the short hash, nil outside a git repository (history is off);
    /// `elsewhere`, the problems the change brings to the village's other files.
    case saved(path: String, commit: String?, elsewhere: [Diagnostic] = [])
    /// The form held what the file holds: nothing written.
    case unchanged(path: String)
    /// 保存 with errors: nothing written; only 保存为草稿 keeps it.
    case refused(EditorCheck)
    /// A published notice changed after its date: a 修订说明 is needed first (GK-R101).
    case needsRevisionNote(EditorCheck)
    /// The file changed on disk since the form was opened: both versions' differing fields.
    case conflict(EditorConflict)
    case failed(Wording)
}

public struct EditorConflict: Sendable {
    public struct Difference: Sendable, Hashable {
        public var field: String
        public var onDisk: String
        public var inForm: String
    }
    public var differences: [Difference]
    /// The hash of the file as it is now (a form reopened from it saves over it).
    public var diskHash: String
    public var deleted: Bool
}

public struct EditorSaveRequest: Sendable {
    /// `keep` (保存, spec §12): a new document or a draft is kept a draft, a published notice
    /// stays published; `draft` and `publish` set the state.
    public enum Mode: Sendable { case keep, publish, draft }
    public var draft: EditorDraft
    public var mode: Mode
    /// The commit message; default `更新：<title>` or `新建：<title>`.
    public var message: String?
    public var revisionNote: String?
    /// Attachment files (relative to the village folder) uploaded with this form, committed with it.
    public var uploads: [String]
    /// The signed-in user as the commit's author (`Name <email>`), over the workspace's.
    public var author: String?
    /// The file as the request read it just before (its hash is tested again under the lock).
    package var opened: EditorWorkspace.DiskFile?

    /// What the request read, when it read the file the form is for, typed as the form is.
    func onDisk(for draft: EditorDraft) -> EditorWorkspace.DiskFile? {
        guard let opened, !draft.isNew, opened.kind == draft.kind?.id else { return nil }
        return opened
    }

    public init(
        draft: EditorDraft, mode: Mode, message: String? = nil, revisionNote: String? = nil, uploads: [String] = [],
        author: String? = nil
    ) {
        self.author = author
        self.draft = draft
        self.mode = mode
        self.message = message
        self.revisionNote = revisionNote
        self.uploads = uploads
    }
}

extension EditorWorkspace {
    /// Saves a form: refused when the file changed since it was opened, when 保存 meets an error,
    /// or when a published notice changes without a 修订说明; otherwise the canonical file is
    /// written (nothing when it holds the same bytes) and committed. One save at a time.
    public func save(_ request: EditorSaveRequest) -> EditorSaveOutcome {
        // Reading and checking run side by side; only writing and committing take turns, after
        // making sure the file is still the one that was checked.
        let write: Write
        switch prepare(request) {
        case .done(let outcome): return outcome
        case .write(let prepared): write = prepared
        }
        let queued: Queued = saveLock.withLock { _ in
            // Read again under the lock: another save may have written the file since it was read.
            let onDisk = FileManager.default.contents(atPath: write.file.path)
            let diskHash = onDisk.map(Hashing.sha256Hex) ?? ""
            guard diskHash == write.diskHash else {
                let disk = onDisk.map { DiskFile($0, draft: write.draft) }
                return .done(.conflict(conflict(write.draft, disk: disk, diskHash: diskHash)))
            }
            return writeAndQueue(write, request: request)
        }
        // The commit is made once the lock is let go, with those of saves queued meanwhile.
        return finish(queued, path: write.draft.path, elsewhere: write.check.elsewhere) {
            Wording("已写入 {path}，但提交到 git 失败：{reason}", write.draft.path, "\($0)")
        }
    }

    /// A checked form ready to be written over the file whose hash is `diskHash`.
    private struct Write {
        package var file: URL
        package var text: String
        var diskHash: String
        package var draft: EditorDraft
        package var check: EditorCheck
    }

    /// A save that ended under the lock, or whose commit waits in the queue.
    package enum Queued {
        case done(EditorSaveOutcome)
        case queued(CommitQueue.Ticket)
    }

    private enum Prepared {
        case done(EditorSaveOutcome)
        case write(Write)
    }

    private func prepare(_ request: EditorSaveRequest) -> Prepared {
        var draft = request.draft
        let file: URL
        do { file = try EditorPaths.confined(draft.path, village: draft.village, root: root) } catch {
            return .done(.failed(error.wording))
        }
        // The file is read and parsed once here; the conflict test, the draft flag, the writer
        // and the unchanged and 修订说明 tests share it.
        let disk =
            request.onDisk(for: draft)
            ?? FileManager.default.contents(atPath: file.path).map { DiskFile($0, draft: draft) }
        let diskHash = disk?.hash ?? ""
        if diskHash != draft.baseHash {
            return .done(.conflict(conflict(draft, disk: disk, diskHash: diskHash)))
        }
        var mode = request.mode
        if mode == .keep {
            let isDraft = disk?.record.map { $0["draft"]?.bool == true }
            mode = isDraft ?? true ? .draft : .publish
        }
        if draft.kind != nil {
            draft.fields.removeAll { $0.name == "draft" }
            if mode == .draft { draft.fields.append(FormField("draft", "true")) }
        }
        var check = self.check(draft)
        guard var text = fileText(draft, check: check, disk: disk) else {
            return .done(mode == .draft && check.record == nil ? .failed(Wording("表单无法读成文档")) : .refused(check))
        }
        let old = disk?.values(specs: draft.specs)
        if let old, let new = check.record.map({ Self.values($0, body: draft.body, specs: draft.specs) }) {
            // Same values, however the file was laid out by hand: nothing to write.
            if old.all == new.all { return .done(.unchanged(path: draft.path)) }
            if old.meaning != new.meaning, old.isPublishedBefore(today) {
                let note = (request.revisionNote ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                guard !note.isEmpty else { return .done(.needsRevisionNote(check)) }
                let row = (FormRows.rows(of: "revisions", in: draft.fields).max() ?? 0) + 1
                draft.fields.append(FormField("revisions.\(row).date", today.iso))
                draft.fields.append(FormField("revisions.\(row).note", note))
                check = self.check(draft)
                guard let revised = fileText(draft, check: check, disk: disk) else { return .done(.refused(check)) }
                text = revised
            }
        }
        if check.hasErrors && mode == .publish { return .done(.refused(check)) }
        return .write(Write(file: file, text: text, diskHash: diskHash, draft: draft, check: check))
    }

    /// Writes the file and joins the commit queue (under the save lock: commits follow writes).
    private func writeAndQueue(_ write: Write, request: EditorSaveRequest) -> Queued {
        let draft = write.draft
        let bytes = Data(write.text.utf8)
        do {
            try FileManager.default.createDirectory(
                at: write.file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: write.file, options: .atomic)
        } catch {
            return .done(.failed(Wording("无法写入 {path}：{reason}", draft.path, error.localizedDescription)))
        }
        let verb = draft.isNew ? "新建" : "更新"  // content
        let message =
            request.message.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
            ?? "\(verb)：\(draft.title)"
        let uploads = Set(request.uploads + attachedFiles(draft)).sorted().map { "content/\(draft.village)/\($0)" }
        let changes =
            [(path: draft.path, data: Optional(bytes))]
            + uploads.compactMap { path in
                FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map { (path, $0) }
            }
        return .queued(
            commits.enqueue(
                .init(
                    changes: changes, message: message, author: request.author ?? author,
                    paths: [draft.path] + uploads)))
    }

    /// Deletes a document and commits the deletion (after the form's confirmation).
    public func delete(
        village: String, path: String, baseHash: String, message: String?, author: String? = nil
    ) -> EditorSaveOutcome {
        let queued: Queued = saveLock.withLock { _ in
            let file: URL
            do throws(EditorError) { file = try EditorPaths.existing(path, village: village, root: root) } catch {
                return .done(.failed(error.wording))
            }
            guard !path.hasSuffix("/village.yaml") else { return .done(.failed(Wording("village.yaml 不能删除"))) }
            let onDisk = FileManager.default.contents(atPath: file.path)
            guard onDisk.map(Hashing.sha256Hex) == baseHash else {
                return .done(.failed(Wording("{path} 在打开后已被修改；请重新打开后再删除", path)))
            }
            do { try FileManager.default.removeItem(at: file) } catch {
                return .done(.failed(Wording("删除 {path} 失败：{reason}", path, error.localizedDescription)))
            }
            let text = message?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return .queued(
                commits.enqueue(
                    .init(
                        changes: [(path, nil)], message: text.isEmpty ? "删除：\(path)" : text,  // content
                        author: author ?? self.author, paths: [path])))
        }
        return finish(queued, path: path) { Wording("删除 {path} 失败：{reason}", path, "\($0)") }
    }

    /// The outcome of a queued commit, once made.
    package func finish(
        _ queued: Queued, path: String, elsewhere: [Diagnostic] = [], failure: (Error) -> Wording
    ) -> EditorSaveOutcome {
        switch queued {
        case .done(let outcome): return outcome
        case .queued(let ticket):
            switch commits.commit(ticket) {
            case .success(let commit): return .saved(path: path, commit: commit, elsewhere: elsewhere)
            case .failure(let error): return .failed(failure(error))
            }
        }
    }

    /// The files under `files/` the form's attachments table names that exist: an upload made on
    /// an earlier 检查 of the same form is committed with the save that lists it.
    private func attachedFiles(_ draft: EditorDraft) -> [String] {
        draft.fields.compactMap { field -> String? in
            let parts = field.name.split(separator: ".")
            guard parts.count == 3, parts[0] == "attachments", parts[2] == "file" else { return nil }
            let path = field.value
            guard path.hasPrefix("files/"), !path.contains(".."), !path.contains("\\"),
                path.split(separator: "/").count == 2
            else { return nil }
            var info = stat()
            let file = root.appendingPathComponent("content/\(draft.village)/\(path)")
            return lstat(file.path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? path : nil
        }
    }

    /// The canonical file of a checked form, keeping what a form cannot show (`extra`).
    private func fileText(_ draft: EditorDraft, check: EditorCheck, disk: DiskFile?) -> String? {
        guard var record = check.record else { return nil }
        if let old = disk?.record {
            for spec in draft.specs {
                guard case .any = spec.type, record[spec.key] == nil, let value = old[spec.key] else { continue }
                record.entries.append(Record.Entry(key: spec.key, keyMark: .start, value: value))
            }
        }
        if draft.kind != nil, check.document == nil { return nil }
        return try? DocumentWriter.file(record, fields: draft.specs, body: draft.body)
    }

    /// The file as it is on disk, read and parsed once for a save.
    package struct DiskFile: Sendable {
        var hash: String
        /// The kind its values are typed by (nil for village.yaml).
        var kind: KindID?
        /// Its values, when its YAML parses (typed by the form's fields).
        var record: Record?
        /// A Markdown file's body.
        var body: String?

        init(hash: String, kind: KindID?, record: Record?, body: String?) {
            self.hash = hash
            self.kind = kind
            self.record = record
            self.body = body
        }

        init(_ bytes: Data, draft: EditorDraft) {
            kind = draft.kind?.id
            hash = Hashing.sha256Hex(bytes)
            var text = String(decoding: bytes, as: UTF8.self)
            if draft.isMarkdown, case .success(let split) = FrontMatter.split(text) {
                text = split.yaml
                body = split.body
            }
            let reporter = FileReporter(collector: DiagnosticCollector(), file: draft.path)
            let parsed = SourceText.yaml(text, reporter: reporter)
            record = parsed.ok ? SchemaValidator(reporter: reporter).record(parsed.root, fields: draft.specs) : nil
        }

        func values(specs: [FieldSpec]) -> Values? {
            record.map { EditorWorkspace.values($0, body: body, specs: specs) }
        }
    }

    /// A document's values as form fields: all of them, and only what it says (not its
    /// revision notes, draft flag or print layout), with its body.
    package struct Values: Equatable {
        package var all: [FormField]
        var meaning: [FormField]
        package var published: CalendarDate?
        package var draft: Bool

        func isPublishedBefore(_ date: CalendarDate) -> Bool {
            !draft && (published.map { $0 < date } ?? false)
        }
    }

    package static func values(_ record: Record, body: String?, specs: [FieldSpec]) -> Values {
        var all = FormValues.fields(of: record, specs: specs)
        if let body { all.append(FormField("body", body.trimmingCharacters(in: .whitespacesAndNewlines))) }
        let meaning = all.filter {
            !$0.name.hasPrefix("revisions.") && $0.name != "draft" && !$0.name.hasPrefix("sheet.")
        }
        return Values(
            all: all, meaning: meaning, published: record["published"]?.date, draft: record["draft"]?.bool ?? false)
    }

    func diskValues(_ data: Data, draft: EditorDraft) -> Values? {
        DiskFile(data, draft: draft).values(specs: draft.specs)
    }

    /// The fields that differ between the file now on disk and the form.
    private func conflict(_ draft: EditorDraft, disk file: DiskFile?, diskHash: String) -> EditorConflict {
        var disk: [FormField] = []
        var diskBody: String?
        if let file, let record = file.record {
            disk = FormValues.fields(of: record, specs: draft.specs)
            diskBody = file.body
        }
        func grouped(_ fields: [FormField]) -> [String: String] {
            Dictionary(fields.map { ($0.name, $0.value) }, uniquingKeysWith: { $0 + "、" + $1 })
        }
        let mine = grouped(draft.fields.filter { !$0.value.isEmpty })
        let theirs = grouped(disk)
        var names: [String] = []
        for field in disk + draft.fields where !names.contains(field.name) { names.append(field.name) }
        var differences = names.compactMap { name -> EditorConflict.Difference? in
            let a = theirs[name] ?? ""
            let b = mine[name] ?? ""
            return a == b ? nil : .init(field: name, onDisk: a, inForm: b)
        }
        if let body = draft.body, (diskBody ?? "") != body {
            differences.append(.init(field: "body", onDisk: diskBody ?? "", inForm: body))
        }
        return EditorConflict(differences: differences, diskHash: diskHash, deleted: file == nil && !draft.isNew)
    }
}
