import Foundation

/// A village's notices as the town's search knows them, kept by the build cache beside the
/// village's sitemap entries: an unchanged village is neither read nor cut into terms again, and
/// the town's index is merged from these, not made anew.
///
/// The notices come newest first, one line each, `D \t date \t folder \t title \t village \t kind
/// \t text` (tabs and line breaks inside values become spaces), then one line per term,
/// `T \t term \t ids`, ids counting the notices above as base-36 gaps (`SearchIndex.encode`).
enum SearchRecords {
    static func lines(_ documents: [Document], villageName: String, words: Localizer) -> String {
        let ordered = documents.sorted {
            newestFirst(($0.published.iso, $0.outputFolder), ($1.published.iso, $1.outputFolder))
        }
        var out = ""
        var postings: [String: [Int]] = [:]
        for (id, d) in ordered.enumerated() {
            let text = flat(text(of: d, words: words))
            let fields =
                [d.published.iso, d.outputFolder, d.title, villageName, words.t(d.kind.label)].map(flat) + [text]
            out += "D\t" + fields.joined(separator: "\t") + "\n"
            for term in SearchIndex.terms(of: text) { postings[term, default: []].append(id) }
        }
        for term in postings.keys.sorted() { out += "T\t\(term)\t\(SearchIndex.encode(postings[term]!))\n" }
        return out
    }

    /// The order of the town's search, by publishing day (ISO) and output folder: a village's
    /// records and the town's merge of them must agree on it.
    static func newestFirst(_ a: (date: String, folder: String), _ b: (date: String, folder: String)) -> Bool {
        a.date != b.date ? a.date > b.date : a.folder < b.folder
    }

    /// Title, names, entries and body as one line of plain text (the fields the page shows as
    /// the notice's content, besides its title).
    static func text(of d: Document, words: Localizer) -> String {
        let values = ValueText(words)
        var parts = [d.title]
        func collect(_ value: Value) {
            switch value.content {
            case .list(let items): items.forEach(collect)
            case .record(let r): r.entries.forEach { collect($0.value) }
            default: parts.append(values.text(value))
            }
        }
        for entry in d.data.entries where !NoticeContentBuilder.metaKeys.contains(entry.key) { collect(entry.value) }
        if let body = d.body { parts.append(plain(markdown: body)) }
        return parts.joined(separator: " ")
    }

    /// Markdown's marks are not words.
    private static func plain(markdown: String) -> String {
        String(markdown.map { "#*>|`_[]()".contains($0) ? " " : $0 })
    }

    private static func flat(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }

    struct Notice {
        /// date, folder, title, village, kind, text
        var fields: [String]
        var date: String { fields[0] }
        var folder: String { fields[1] }
        var text: String { fields[5] }
    }

    struct Village {
        var notices: [Notice] = []
        var terms: [(term: String, ids: [Int])] = []
    }

    /// Reads the lines back, byte by byte: a county's records are tens of megabytes.
    static func parse(_ data: Data) -> Village {
        var village = Village()
        let bytes = [UInt8](data)
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 10) ?? bytes.count
            let line = bytes[start..<end]
            start = end + 1
            let fields = line.split(separator: 9, omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
            if fields.first == "D" && fields.count == 7 {
                village.notices.append(Notice(fields: Array(fields.dropFirst())))
            } else if fields.first == "T" && fields.count == 3 {
                village.terms.append((fields[1], SearchIndex.decode(fields[2])))
            }
        }
        return village
    }
}
