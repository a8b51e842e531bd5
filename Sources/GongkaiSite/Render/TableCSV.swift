import GongkaiContent
import GongkaiCore

/// A notice's tables as CSV (RFC 4180, UTF-8 with BOM so Excel reads Chinese): one file per
/// list of records, values as in data.json (money with 2 decimals, dates ISO). Safe to open in
/// Excel or WPS (spec §8): a text cell a spreadsheet would run as a formula gets a leading `'`;
/// money and numbers stay plain numbers.
package enum TableCSV {
    /// File name → CSV text, for every list-of-records field of the document.
    /// The headers are the fields' labels in the site's locale; the cells are the data.
    package static func files(_ d: Document, words: Localizer) -> [(String, String)] {
        d.kind.fields.compactMap { spec -> (String, String)? in
            guard case .list(.object(let fields), _) = spec.type else { return nil }
            return ("\(spec.key).csv", csv(d.data.records(spec.key), fields, words: words))
        }
    }

    static func csv(_ records: [Record], _ fields: [FieldSpec], words: Localizer) -> String {
        let values = ValueText(words)
        func cell(_ v: Value) -> String { TableCSV.cell(v, values) }
        var header: [String] = []
        var columns: [(Record) -> String] = []
        for field in fields {
            if case .map = field.type {
                // A map (scores by category) becomes one column per key, in first-seen order.
                var keys: [String] = []
                for r in records {
                    for e in r.record(field.key)?.entries ?? [] where !keys.contains(e.key) { keys.append(e.key) }
                }
                for key in keys {
                    header.append(key)
                    columns.append { r in r.record(field.key)?[key].map(cell) ?? "" }
                }
            } else {
                header.append(words.t(field.label))
                columns.append { r in r[field.key].map(cell) ?? "" }
            }
        }
        var out = "\u{FEFF}" + header.map { quote(inert($0)) }.joined(separator: ",") + "\r\n"
        for r in records {
            out += columns.map { quote($0(r)) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// A cell's text: numbers as they are, any other text made inert.
    package static func cell(_ v: Value, _ values: ValueText) -> String {
        switch v.content {
        case .money, .number, .int: return text(v, values)
        default: return inert(text(v, values))
        }
    }

    /// OWASP's advice against formula injection: text that starts like a formula is prefixed
    /// with `'`, which spreadsheets show as nothing and read as "this is text".
    static func inert(_ text: String) -> String {
        guard let first = text.utf8.first else { return text }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return "'" + text
        default: return text
        }
    }

    package static func text(_ v: Value, _ values: ValueText) -> String {
        switch v.content {
        case .money(let m): return m.plain
        case .date(let d): return d.iso
        case .month(let m): return m.iso
        case .period(let p): return p.iso
        case .number(let n): return n.description
        case .list(let items): return values.words.list(items.map { text($0, values) })
        default: return values.text(v)
        }
    }

    static func quote(_ field: String) -> String {
        // Bytes, not characters: "\r\n" is one Character and equals neither "\r" nor "\n".
        guard
            field.utf8.contains(where: {
                $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
            })
        else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
