import GongkaiContent
import GongkaiCore

/// What changed between two versions of a notice, field by field and row by row, as the page's
/// 更正 table shows it (spec §8): money, dates and names as the page writes them.
package struct NoticeChanges {
    /// Fields whose change is not a change of what the notice says.
    private static let unshown: Set<String> = ["kind", "revisions", "draft", "sheet", "extra"]
    /// The cell that names a table row, in this order of preference.
    private static let rowNameKeys = ["item", "name", "resource", "source", "title"]

    package let words: Localizer
    private var values: ValueText { ValueText(words) }

    func between(_ old: Document, _ new: Document) -> [ChangeRow] {
        var rows = fields(
            new.kind.allFields.filter { !NoticeChanges.unshown.contains($0.key) }, old.data, new.data, place: "")
        rows += paragraphs(old.body ?? "", new.body ?? "")
        return rows
    }

    private func fields(_ specs: [FieldSpec], _ old: Record?, _ new: Record?, place: String) -> [ChangeRow] {
        specs.flatMap { spec -> [ChangeRow] in
            let before = old?[spec.key]
            let after = new?[spec.key]
            if before == nil && after == nil { return [] }
            let here = place + words.t(spec.label)
            switch spec.type {
            case .list(.object(let columns), _):
                return table(
                    columns, before?.list?.compactMap(\.record) ?? [], after?.list?.compactMap(\.record) ?? [],
                    place: here)
            case .object(let inner):
                return fields(inner, before?.record, after?.record, place: here + " · ")
            case .list:
                let was = (before?.list ?? []).map(values.text)
                let now = (after?.list ?? []).map(values.text)
                return was.filter { !now.contains($0) }.map { ChangeRow(place: here, old: $0, new: nil) }
                    + now.filter { !was.contains($0) }.map { ChangeRow(place: here, old: nil, new: $0) }
            default:
                let was = before.map { values.text($0, spec) }
                let now = after.map { values.text($0, spec) }
                return was == now ? [] : [ChangeRow(place: here, old: was, new: now)]
            }
        }
    }

    /// Rows kept in order are matched first; between two kept rows, a removed row and an added
    /// one in the same position are one row changed, shown cell by cell.
    private func table(_ columns: [FieldSpec], _ old: [Record], _ new: [Record], place: String) -> [ChangeRow] {
        func line(_ row: Record) -> String {
            columns.compactMap { spec in row[spec.key].map { values.text($0, spec) } }.joined(separator: words.t("，"))
        }
        let nameKey = NoticeChanges.rowNameKeys.first { key in columns.contains { $0.key == key } }
        func name(_ row: Record, _ number: Int) -> String {
            let named = nameKey.flatMap { row[$0] }.map { words.t("（") + values.text($0) + words.t("）") } ?? ""
            return words.t("{place} 第 {number} 行", place, number) + named
        }
        func removed(_ i: Int) -> ChangeRow {
            ChangeRow(place: name(old[i], i + 1) + words.t(" 删除"), old: line(old[i]), new: nil)
        }
        func added(_ j: Int) -> ChangeRow {
            ChangeRow(place: name(new[j], j + 1) + words.t(" 新增"), old: nil, new: line(new[j]))
        }
        return Alignment.steps(old.map(line), new.map(line)).flatMap { step -> [ChangeRow] in
            switch step {
            case .kept: return []
            case .changed(let i, let j) where sameRow(columns, old[i], new[j]):
                return fields(columns, old[i], new[j], place: name(new[j], j + 1) + " · ")
            case .changed(let i, let j): return [removed(i), added(j)]
            case .removed(let i): return [removed(i)]
            case .added(let j): return [added(j)]
            }
        }
    }

    /// A row that kept at least half its cells is the same row changed; otherwise one row went
    /// and another came.
    private func sameRow(_ columns: [FieldSpec], _ old: Record, _ new: Record) -> Bool {
        let cells = columns.filter { old[$0.key] != nil || new[$0.key] != nil }
        let kept = cells.filter { spec in old[spec.key].map(values.text) == new[spec.key].map(values.text) }
        return kept.count * 2 >= cells.count
    }

    /// The body as paragraphs (blocks between blank lines).
    private func paragraphs(_ old: String, _ new: String) -> [ChangeRow] {
        func split(_ body: String) -> [String] {
            body.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty }
        }
        let was = split(old)
        let now = split(new)
        return Alignment.steps(was, now).compactMap { step in
            switch step {
            case .kept: return nil
            case .changed(let i, let j): return ChangeRow(place: words.t("正文 第 {j} 段", j + 1), old: was[i], new: now[j])
            case .removed(let i):
                return ChangeRow(place: words.t("正文 第 {j} 段", i + 1) + words.t(" 删除"), old: was[i], new: nil)
            case .added(let j):
                return ChangeRow(place: words.t("正文 第 {j} 段", j + 1) + words.t(" 新增"), old: nil, new: now[j])
            }
        }
    }
}

/// Two sequences lined up by their longest common subsequence.
package enum Alignment {
    package enum Step: Equatable {
        case kept(Int, Int)
        case changed(Int, Int)
        case removed(Int)
        case added(Int)
    }

    /// A notice has at most a few hundred rows, so the quadratic table is small.
    package static func steps(_ old: [String], _ new: [String]) -> [Step] {
        let n = old.count
        let m = new.count
        var longest = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                longest[i][j] = old[i] == new[j] ? longest[i + 1][j + 1] + 1 : max(longest[i + 1][j], longest[i][j + 1])
            }
        }
        var steps: [Step] = []
        var removed: [Int] = []
        var added: [Int] = []
        func flush() {
            for k in 0..<max(removed.count, added.count) {
                if k < removed.count && k < added.count {
                    steps.append(.changed(removed[k], added[k]))
                } else if k < removed.count {
                    steps.append(.removed(removed[k]))
                } else {
                    steps.append(.added(added[k]))
                }
            }
            removed = []
            added = []
        }
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n && j < m && old[i] == new[j] {
                flush()
                steps.append(.kept(i, j))
                i += 1
                j += 1
            } else if j < m && (i == n || longest[i][j + 1] >= longest[i + 1][j]) {
                added.append(j)
                j += 1
            } else {
                removed.append(i)
                i += 1
            }
        }
        flush()
        return steps
    }
}

extension NoticeChanges {
    /// What changed since the notice was first published, from git; nil outside git, when
    /// nothing changed, or when the first version cannot be read as a document any more.
    static func sinceFirstPublished(_ document: Document, history: GitHistory?, words: Localizer)
        -> Corrections?
    {
        // An old version over the size any source may have is not read (as a file on disk would not be).
        guard let history, let first = history.firstPublished(document.path, published: document.published),
            first.text.utf8.count <= SourceText.maximumBytes
        else { return nil }
        let input = DocumentParser.Input(
            file: document.path, path: document.path, village: document.village, slug: document.slug,
            isMarkdown: document.path.hasSuffix(".md"))
        let reporter = FileReporter(collector: DiagnosticCollector(), file: document.path)
        let source = SourceText(text: first.text, sha256: "", bytes: first.text.utf8.count)
        guard let old = DocumentParser(reporter: reporter).parse(source, input: input) else { return nil }
        let rows = NoticeChanges(words: words).between(old, document)
        if rows.isEmpty { return nil }
        // Published on its day, or on the day it was committed when that came later.
        let since = max(first.commit.date, old.published)
        return Corrections(since: words.date(since), sinceISO: since.iso, rows: rows)
    }
}
