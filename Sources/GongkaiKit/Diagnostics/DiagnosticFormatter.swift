/// Writes diagnostics as spec §9 prescribes: one per line, or one JSON array.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text
    case json
}

public enum DiagnosticFormatter {
    public static func render(_ diagnostics: [Diagnostic], as format: DiagnosticFormat) -> String {
        switch format {
        case .text:
            return diagnostics.map(line).joined()
        case .json:
            let rows: [JSONValue] = diagnostics.map { d in
                .object([
                    ("file", .string(d.location.file)),
                    ("line", .int(d.location.line)),
                    ("column", .int(d.location.column)),
                    ("severity", .string(d.severity.rawValue)),
                    ("code", .string(d.code)),
                    ("message", .string(d.message)),
                ])
            }
            return JSONValue.array(rows).serialized(pretty: true) + "\n"
        }
    }

    public static func line(_ d: Diagnostic) -> String {
        "\(d.location.file):\(d.location.line):\(d.location.column): \(d.severity.rawValue)[\(d.code)]: \(d.message)\n"
    }
}
