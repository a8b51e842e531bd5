import Foundation

/// A village record as tab-separated lines: `key` and `tally`, then one `doc` or `diag` line
/// each; its pages as one `page` line each. Tabs, newlines and backslashes inside values are
/// escaped.
enum CachedVillageText {
    static func encode(_ record: CachedVillage) -> String {
        let t = record.tally
        var out =
            "key\t\(record.key)\ntally\t\(t.documents)\t\(t.published)\t\(t.drafts)\t\(t.scheduled)\t\(t.current)\n"
        for n in record.notices {
            let fields = [
                "doc", n.village, n.path, n.slug, n.kind.id.rawValue, escape(n.title), n.published.iso,
                n.period?.iso ?? "",
                n.noticeUntil?.iso ?? "", n.draft ? "1" : "0", n.revisions.map(\.iso).joined(separator: ","),
                String(n.openObjections),
            ]
            out += fields.joined(separator: "\t") + "\n"
        }
        for d in record.diagnostics {
            let fields = [
                "diag", escape(d.location.file), String(d.location.line), String(d.location.column),
                d.severity.rawValue,
                d.code, escape(d.message), d.draft ? "draft" : "",
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
                (["page", folder, page.key] + zip(page.files, page.stamps).map { "\($0)=\($1)" }).joined(
                    separator: "\t") + "\n"
        }
        return out
    }

    static func decodePages(_ text: String) -> [String: CachedPage]? {
        var pages: [String: CachedPage] = [:]
        for line in text.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.first == "page", f.count >= 3 else { return nil }
            var page = CachedPage(key: String(f[2]), files: [], stamps: [])
            for pair in f.dropFirst(3) {
                guard let eq = pair.firstIndex(of: "=") else { return nil }
                page.files.append(String(pair[..<eq]))
                page.stamps.append(String(pair[pair.index(after: eq)...]))
            }
            pages[String(f[1])] = page
        }
        return pages
    }

    static func decode(_ text: String) -> CachedVillage? {
        var record = CachedVillage(key: "", tally: NoticeTally(), notices: [], diagnostics: [])
        for line in text.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
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
                        title: unescape(f[5]),
                        published: published, period: f[7].isEmpty ? nil : Period(iso: String(f[7])),
                        noticeUntil: f[8].isEmpty ? nil : CalendarDate(iso: String(f[8])), draft: f[9] == "1",
                        revisions: f[10].split(separator: ",").compactMap { CalendarDate(iso: String($0)) },
                        openObjections: Int(f[11]) ?? 0))
            case "diag" where f.count == 8:
                guard let line = Int(f[2]), let column = Int(f[3]), let severity = Severity(rawValue: String(f[4]))
                else { return nil }
                record.diagnostics.append(
                    Diagnostic(
                        location: SourceLocation(file: unescape(f[1]), line: line, column: column), severity: severity,
                        code: String(f[5]), message: unescape(f[6]), draft: f[7] == "draft"))
            default:
                return nil
            }
        }
        return record.key.isEmpty ? nil : record
    }

    static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else {
            return text
        }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func unescape(_ text: Substring) -> String {
        guard text.contains("\\") else { return String(text) }
        var out = ""
        var escaped = false
        for scalar in text.unicodeScalars {
            if escaped {
                switch scalar {
                case "t": out += "\t"
                case "n": out += "\n"
                case "r": out += "\r"
                default: out.unicodeScalars.append(scalar)
                }
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
