/// The words pages show, in the site's locale. Text is keyed by its zh-Hans wording, as gettext
/// keys by the source text: code reads in the language the notices are written in. One
/// catalogue in three files: `ThemeTable` (the site, print sheets, the schema's labels),
/// `EditorTable` (the editor, account pages, `serve` and the command line) and `MessageTable`
/// (the diagnostics and the rules' messages) hold every key's zh-Hant and English.
extension Localizer {
    /// `key` in this locale, its placeholders filled with `arguments`. A placeholder is named
    /// (`{file} 第 {line} 行`), so a translation may put it anywhere; the values are given in the
    /// order the names first appear in the zh-Hans key. A key the table lacks shows as written
    /// (a test holds the table to every key the code and schema use).
    /// A wording may choose by a count: `{count:row|rows}` is `row` when `count` is 1 and `rows`
    /// otherwise (Chinese has one form; English wordings use this wherever they count).
    package func t(_ key: String, _ arguments: any CustomStringConvertible...) -> String {
        t(key, values: arguments.map(\.description))
    }

    /// The same, with the values already as text (a message whose values were kept).
    package func t(_ key: String, values: [String]) -> String {
        var text = key
        if locale != .zhHans,
            let entry = ThemeTable.entries[key] ?? EditorTable.entries[key] ?? MessageTable.entries[key]
        {
            text = locale == .zhHant ? entry.hant : entry.en
        }
        guard !values.isEmpty else { return text }
        return Self.filling(text, Self.named(values, by: key))
    }

    /// Each value under the next placeholder name of `key`, in the order the names first appear.
    static func named(_ values: [String], by key: String) -> [Substring: String] {
        var named: [Substring: String] = [:]
        var next = 0
        for name in placeholders(in: key) where next < values.count && named[name] == nil {
            named[name] = values[next]
            next += 1
        }
        return named
    }

    /// The names of `{name}` and `{name:one|other}` in `text`, in order.
    static func placeholders(in text: String) -> [Substring] {
        var names: [Substring] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            rest = rest[rest.index(after: open)...]
            if let end = rest.firstIndex(where: { $0 == "}" || $0 == ":" }), isName(rest[..<end]) {
                names.append(rest[..<end])
            }
        }
        return names
    }

    private static func isName(_ s: Substring) -> Bool {
        guard let first = s.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) else {
            return false
        }
        return s.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        }
    }

    /// `{name}` replaced by its value and `{name:one|other}` by `one` when that value is 1, else
    /// by `other`, in one pass: a value that itself holds `{line}` (a file's text in a message)
    /// is left as it is. Braces that are neither stay as written.
    static func filling(_ text: String, _ named: [Substring: String]) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}"), let filled = fill(after[..<close], named) else {
                out += "{"
                rest = after
                continue
            }
            out += filled
            rest = after[after.index(after: close)...]
        }
        return out + rest
    }

    /// What the inside of one pair of braces becomes, or nil to leave it as written.
    private static func fill(_ inside: Substring, _ named: [Substring: String]) -> Substring? {
        guard let colon = inside.firstIndex(of: ":") else { return named[inside].map { Substring($0) } }
        let forms = inside[inside.index(after: colon)...].split(separator: "|", omittingEmptySubsequences: false)
        guard let value = named[inside[..<colon]], forms.count == 2 else { return nil }
        return value == "1" ? forms[0] : forms[1]
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// `2026年11月5日`, or `5 November 2026`.
    package func date(_ d: CalendarDate) -> String {
        locale == .en ? "\(d.day) \(Localizer.monthNames[d.month - 1]) \(d.year)" : d.chinese
    }

    /// `2026年11月`, or `November 2026`.
    package func month(_ m: Month) -> String {
        locale == .en ? "\(Localizer.monthNames[m.month - 1]) \(m.year)" : m.chinese
    }

    /// `2026年第三季度`, or `Q3 2026`.
    package func period(_ p: Period) -> String {
        guard locale == .en else { return p.chinese }
        switch p {
        case .year(let y): return "\(y)"
        case .quarter(let y, let q): return "Q\(q) \(y)"
        case .month(let m): return month(m)
        }
    }

    /// `1,234.50 元`; the 大写 stays Chinese in every locale, as the law writes it.
    package func money(_ m: Money) -> String { t("{amount} 元", m.formatted) }

    /// The voice that reads a notice aloud. Notices are written in Chinese whatever the
    /// interface's language, so an English page still reads them in a Chinese voice.
    package var speechLang: String { locale == .zhHant ? "zh-TW" : "zh-CN" }
}
