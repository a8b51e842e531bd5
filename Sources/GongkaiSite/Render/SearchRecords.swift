import Foundation
import GongkaiContent
import GongkaiCore

/// A village's notices as the town's search knows them: newest first, each with its date,
/// folder, title, village, kind and text, and the notices holding each term.
package enum SearchRecords {
    /// `documents` with their page keys: a notice whose key `reuse` knows is not cut again (its
    /// search text depends on nothing its page does not).
    package static func village(
        _ documents: [(document: Document, key: String)], villageName: String, words: Localizer,
        reuse: (any PageReuse)? = nil
    ) -> Village {
        // Each notice's day and folder made once, not at every comparison.
        let keys = documents.map { (date: $0.document.published.iso, folder: $0.document.outputFolder) }
        let ordered = documents.indices.sorted { newestFirst(keys[$0], keys[$1]) }.map { documents[$0] }
        // Each notice's text and terms are cut in parallel: the village's search is rebuilt
        // whenever one of its notices changes.
        let cuts = parallelMap(ordered) { (d, key) -> Cut in
            if !key.isEmpty, let known = reuse?.searchCut(key: key) { return known }
            let text = flat(text(of: d, words: words))
            let fields =
                [d.published.iso, d.outputFolder, d.title, villageName, words.t(d.kind.label)].map(flat) + [text]
            let cut = Cut(notice: Notice(fields: fields), terms: SearchIndex.terms(of: text).joined(separator: " "))
            if !key.isEmpty { reuse?.store(cut: cut, key: key) }
            return cut
        }
        var village = Village()
        var postings = SearchPostings()
        for (id, cut) in cuts.enumerated() {
            village.notices.append(cut.notice)
            postings.add(cut.terms, notice: id)
        }
        village.terms = postings.terms
        return village
    }

    /// The order of the town's search, by publishing day (ISO) and output folder: a village's
    /// records and the town's merge of them must agree on it.
    package static func newestFirst(_ a: (date: String, folder: String), _ b: (date: String, folder: String)) -> Bool {
        a.date != b.date ? a.date > b.date : a.folder < b.folder
    }

    /// Title, names, entries and body as one line of plain text (the fields the page shows as
    /// the notice's content, besides its title).
    /// Fields that name another document by its file name (`decision: 2026-road-loan-decision`):
    /// not words a villager would search for.
    package static let references: Set<String> = ["decision"]

    package static func text(of d: Document, words: Localizer) -> String {
        let values = ValueText(words)
        var parts = [d.title]
        func collect(_ value: Value) {
            switch value.content {
            case .list(let items): items.forEach(collect)
            case .record(let r): r.entries.filter { !references.contains($0.key) }.forEach { collect($0.value) }
            default: parts.append(values.text(value))
            }
        }
        for entry in d.data.entries
        where !NoticeContentBuilder.metaKeys.contains(entry.key) && !references.contains(entry.key) {
            collect(entry.value)
        }
        if let body = d.body { parts.append(plain(markdown: body)) }
        return parts.joined(separator: " ")
    }

    /// Markdown's marks are not words.
    private static func plain(markdown: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in markdown.unicodeScalars {
            switch scalar {
            case "#", "*", ">", "|", "`", "_", "[", "]", "(", ")": out.append(" ")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Runs of white space (and line breaks) as one space, none at either end.
    static func flat(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in s.unicodeScalars {
            if isSpace(scalar) {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                space = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Unicode's White_Space, without asking the tables for the common ASCII and CJK text.
    package static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default: return false
        }
    }

    package struct Notice: Sendable {
        /// date, folder, title, village, kind, text
        package var fields: [String]
        package var date: String { fields[0] }
        package var folder: String { fields[1] }
        package var text: String { fields[5] }
    }

    /// A notice as cut for the search: its fields and the terms of its text, separated by
    /// spaces (a term holds none) — kept and cached as one text, split only into the postings.
    package struct Cut: Sendable {
        package var notice: Notice
        var terms: String
    }

    package struct Village {
        package var notices: [Notice] = []
        /// Each term's UTF-8 with the notices holding it, in no particular order.
        var terms: [(term: [UInt8], ids: [Int])] = []
    }
}
