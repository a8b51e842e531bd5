/// Writes diagnostics as spec §9 prescribes: one per line, or one JSON array.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text
    case json
}

///
/// A draft's problem (spec §3.1, §5) says so: in text, its message begins with the draft mark of
/// the locale (（草稿）, (draft)); in JSON, its object has `"draft": true`.
public enum DiagnosticFormatter {
    public static func render(
        _ diagnostics: [Diagnostic], as format: DiagnosticFormat, locale: SiteLocale = .zhHans
    ) -> String {
        switch format {
        case .text:
            return diagnostics.map { line($0, locale: locale) }.joined()
        case .json:
            let rows: [JSONValue] = diagnostics.map { d in
                var fields: [(String, JSONValue)] = [
                    ("file", .string(d.location.file)),
                    ("line", .int(d.location.line)),
                    ("column", .int(d.location.column)),
                    ("severity", .string(d.severity.rawValue)),
                    ("code", .string(d.code.rawValue)),
                    ("message", .string(d.message)),
                ]
                if d.draft { fields.append(("draft", .bool(true))) }
                return .object(fields)
            }
            return JSONValue.array(rows).serialized(pretty: true) + "\n"
        }
    }

    public static func line(_ d: Diagnostic, locale: SiteLocale = .zhHans) -> String {
        let mark = d.draft ? Localizer(locale: locale).t("（草稿）") : ""
        return "\(d.location.file):\(d.location.line):\(d.location.column): \(d.severity.rawValue)[\(d.code)]: "
            + "\(mark)\(d.message)\n"
    }
}
