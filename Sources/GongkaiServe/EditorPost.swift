import Foundation
import GongkaiKit

/// An editor form post decoded once: what was asked (`action`), the document as the form has
/// it, and the words typed for the commit. The form carries no state of its own: whether the
/// document is a draft, and its sign-off, come from the file on disk (`settle`).
struct EditorPost {
    var path: String
    /// `check`, `save`, `submit`, `publish`, `approve`, `add:income`, … (spec §12).
    var action: String
    var draft: EditorDraft
    var message: String?
    var revisionNote: String
    /// The files posted to be stored (`_upload`).
    var uploads: [FormPost.Upload]
    /// Some file was posted, in whatever field.
    var postsFiles: Bool
    /// 覆盖: the hash of the file on disk the user chose to write over.
    var overwriting: String?
    /// Cells pasted into a table (`paste:income`, or `paste:income:3:amount` from the cell the
    /// page's script saw the paste in), with the pasted block.
    var paste: (table: String, row: Int?, column: String?, text: String)?
    /// A spreadsheet uploaded for a table (`import:income`, the file in `_import.income`).
    var importFile: (table: String, filename: String, bytes: [UInt8])?
    /// The columns chosen in an upload's preview: `_column.3` = `amount` ("": left out).
    var columnChoices: [Int: String?] = [:]

    init(_ form: FormPost, village: String) {
        path = form.value("_path") ?? ""
        action = form.value("_action") ?? "check"
        let kind = form.value("_kind").flatMap { KindRegistry.kind($0) }
        var fields: [FormField] = kind.map { [FormField("kind", $0.id.rawValue)] } ?? []
        for (name, value) in form.fields where !name.hasPrefix("_") && name != "body" && name != "kind" {
            fields.append(FormField(name, value))
        }
        fields = FormRows.mergeMapEntries(form.fields, into: fields)
        draft = EditorDraft(
            village: village, path: path, kind: kind, isNew: form.value("_new") == "1", fields: fields,
            body: path.hasSuffix(".md") ? (form.value("body") ?? "") : nil, baseHash: form.value("_base") ?? "")
        overwriting = action == "overwrite" ? form.value("_disk") : nil
        message = form.value("_message")
        revisionNote = form.value("_revision") ?? ""
        uploads = form.uploads.filter { $0.field == "_upload" && !($0.bytes.isEmpty && $0.filename.isEmpty) }
        postsFiles = form.uploads.contains { !$0.bytes.isEmpty && $0.field == "_upload" }
        for (name, value) in form.fields where name.hasPrefix("_column.") {
            if let index = Int(name.dropFirst("_column.".count)), index >= 0, index < 1000 {
                columnChoices[index] = value.isEmpty ? .some(nil) : value
            }
        }
        if action.hasPrefix("import:"), case let table = String(action.dropFirst("import:".count)),
            let file = form.uploads.first(where: { $0.field == "_import." + table && !$0.bytes.isEmpty })
        {
            importFile = (table, file.filename, file.bytes)
        }
        let parts = action.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        // The cells of an upload's preview, or a block pasted in the box under the table.
        let cells = form.value("_import_cells." + (parts.count > 1 ? parts[1] : "")).flatMap { $0.isEmpty ? nil : $0 }
        if parts.count >= 2, parts.count <= 4, parts[0] == "paste", let text = cells ?? form.value("_paste." + parts[1])
        {
            paste = (
                parts[1], parts.count > 2 ? Int(parts[2]) : nil, parts.count > 3 && !parts[3].isEmpty ? parts[3] : nil,
                text
            )
        }
    }

    /// Whether it would write anything: a save of some kind, or a file posted with it.
    var writes: Bool {
        ["save", "draft", "overwrite", "submit", "publish"].contains(action) || postsFiles
    }

    /// The step it asks for, if any.
    var step: ReviewFlow.Step? { ReviewFlow.Step(rawValue: action) }

    /// The document's state from disk: a draft on disk (or a new document) is checked as a
    /// draft; and the sign-off is the supervisor's act (spec §12), shown and never posted —
    /// whatever is posted for it, the file's own `reviewed` stands (but for the one local user).
    mutating func settle(isDraft: Bool, onDisk: EditorDraft?, keepPostedSignOff: Bool) {
        if draft.kind != nil, isDraft { draft.fields.append(FormField("draft", "true")) }
        guard !keepPostedSignOff else { return }
        draft.fields.removeAll { $0.name == "reviewed" || $0.name.hasPrefix("reviewed.") }
        draft.fields += onDisk?.fields.filter { $0.name.hasPrefix("reviewed.") } ?? []
    }
}
