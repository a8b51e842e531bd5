import Foundation
import GongkaiContent
import GongkaiCore

/// A village record as tab-separated lines: `key` and `tally`, then one `doc` or `diag` line
/// each; its pages as one `page` line each (`page folder key file=stamp=sha256=bytes…`). Tabs,
/// newlines and backslashes inside values are escaped.
package enum CachedVillageText {
    static func encode(_ record: CachedVillage) -> String {
        let t = record.tally
        var out =
            "key\t\(record.key)\ntally\t\(t.documents)\t\(t.published)\t\(t.drafts)\t\(t.scheduled)\t\(t.current)\n"
        for n in record.notices {
            let fields = [
                "doc", n.village, n.path, n.slug, n.kind.id.rawValue, TabText.escape(n.title), n.published.iso,
                n.period?.iso ?? "",
                n.noticeUntil?.iso ?? "", n.draft ? "1" : "0", n.revisions.map(\.iso).joined(separator: ","),
                String(n.openObjections),
            ]
            out += fields.joined(separator: "\t") + "\n"
        }
        for d in record.diagnostics {
            let fields = [
                "diag", TabText.escape(d.location.file), String(d.location.line), String(d.location.column),
                d.severity.rawValue,
                d.code.rawValue, TabText.escape(d.message), d.draft ? "draft" : "",
            ]
            out += fields.joined(separator: "\t") + "\n"
        }
        return out
    }

    static func encode(_ pages: [String: CachedPage]) -> String {
        var out = ""
        for folder in pages.keys.sorted() {
            let page = pages[folder]!
            out +=
                (["page", folder, page.key]
                + page.files.indices.map {
                    "\(page.files[$0])=\(page.stamps[$0])=\(page.hashes[$0].sha256)=\(page.hashes[$0].bytes)"
                }).joined(separator: "\t") + "\n"
        }
        return out
    }

    /// Notices' search cuts: `key`, the six fields, then the terms separated by spaces (a term
    /// holds no white space).
    static func encode(cuts: [String: SearchRecords.Cut]) -> String {
        var out = ""
        for key in cuts.keys.sorted() {
            let cut = cuts[key]!
            out += ([key] + cut.notice.fields.map(TabText.escape) + [cut.terms]).joined(
                separator: "\t")
            out += "\n"
        }
        return out
    }

    static func decodeCuts(_ text: String) -> [String: SearchRecords.Cut]? {
        var cuts: [String: SearchRecords.Cut] = [:]
        for line in text.split(byte: UInt8(ascii: "\n"), omittingEmpty: true) {
            let f = line.split(byte: UInt8(ascii: "\t"))
            guard f.count == 8 else { return nil }
            cuts[String(f[0])] = SearchRecords.Cut(
                notice: SearchRecords.Notice(fields: f[1...6].map(TabText.unescape)),
                terms: String(f[7]))
        }
        return cuts
    }

    static func decodePages(_ text: String) -> [String: CachedPage]? {
        var pages: [String: CachedPage] = [:]
        for line in text.split(byte: UInt8(ascii: "\n"), omittingEmpty: true) {
            let f = line.split(byte: UInt8(ascii: "\t"))
            guard f.first == "page", f.count >= 3 else { return nil }
            var page = CachedPage(key: String(f[2]), files: [], stamps: [], hashes: [])
            for file in f.dropFirst(3) {
                let parts = file.split(byte: UInt8(ascii: "="))
                guard parts.count == 4, let bytes = Int(parts[3]) else { return nil }
                page.files.append(String(parts[0]))
                page.stamps.append(String(parts[1]))
                page.hashes.append((String(parts[2]), bytes))
            }
            pages[String(f[1])] = page
        }
        return pages
    }

    static func decode(_ text: String) -> CachedVillage? {
        var record = CachedVillage(key: "", tally: NoticeTally(), notices: [], diagnostics: [])
        for line in text.split(byte: UInt8(ascii: "\n"), omittingEmpty: true) {
            let f = line.split(byte: UInt8(ascii: "\t"))
            switch f.first {
            case "key" where f.count == 2:
                record.key = String(f[1])
            case "tally" where f.count == 6:
                let n = f.dropFirst().compactMap { Int($0) }
                guard n.count == 5 else { return nil }
                record.tally = NoticeTally()
                (
                    record.tally.documents, record.tally.published, record.tally.drafts, record.tally.scheduled,
                    record.tally.current
                ) =
                    (n[0], n[1], n[2], n[3], n[4])
            case "doc" where f.count == 12:
                guard let kind = KindRegistry.kind(String(f[4])), let published = CalendarDate(iso: String(f[6])) else {
                    return nil
                }
                record.notices.append(
                    NoticeSummary(
                        village: String(f[1]), path: String(f[2]), slug: String(f[3]), kind: kind,
                        title: TabText.unescape(f[5]),
                        published: published, period: f[7].isEmpty ? nil : Period(iso: String(f[7])),
                        noticeUntil: f[8].isEmpty ? nil : CalendarDate(iso: String(f[8])), draft: f[9] == "1",
                        revisions: f[10].split(byte: UInt8(ascii: ","), omittingEmpty: true).compactMap {
                            CalendarDate(iso: String($0))
                        },
                        openObjections: Int(f[11]) ?? 0))
            case "diag" where f.count == 8:
                guard let line = Int(f[2]), let column = Int(f[3]), let severity = Severity(rawValue: String(f[4])),
                    let code = RuleCode(rawValue: String(f[5]))
                else { return nil }
                record.diagnostics.append(
                    Diagnostic(
                        location: SourceLocation(file: TabText.unescape(f[1]), line: line, column: column),
                        severity: severity,
                        code: code, message: TabText.unescape(f[6]), draft: f[7] == "draft"))
            default:
                return nil
            }
        }
        return record.key.isEmpty ? nil : record
    }

}
