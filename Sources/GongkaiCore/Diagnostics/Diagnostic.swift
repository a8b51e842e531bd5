/// How bad a problem is: an error blocks publishing, a warning is printed and published.
public enum Severity: String, Sendable, Hashable, Comparable {
    case error
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}

/// A 1-based position in a file; the file is relative to the site root.
public struct SourceLocation: Sendable, Hashable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public init(file: String, mark: Mark) {
        self.init(file: file, line: mark.line, column: mark.column)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// One located problem, already worded for the site's locale.
public struct Diagnostic: Sendable, Hashable {
    public var location: SourceLocation
    public var severity: Severity
    public var code: RuleCode
    public var message: String
    /// It lies in a draft (spec §3.1): reported, but blocking only that draft's publishing.
    public var draft: Bool

    public init(location: SourceLocation, severity: Severity, code: RuleCode, message: String, draft: Bool = false) {
        self.location = location
        self.severity = severity
        self.code = code
        self.message = message
        self.draft = draft
    }

    /// An error that stops a build: one outside every draft.
    public var blocks: Bool { severity == .error && !draft }

    /// The order diagnostics are printed in: by file, position, then code.
    package static func printOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.location != b.location { return a.location < b.location }
        if a.code != b.code { return a.code.rawValue < b.code.rawValue }
        return a.message < b.message
    }
}
