/// A limit on what a Markdown body may hold (`MarkdownBounds` checks a body against them).
public enum MarkdownLimit: Sendable, Hashable {
    case bodyBytes, quoteDepth, tableColumns, tableRows, cdataOpeners, atSigns

    public var maximum: Int {
        switch self {
        case .bodyBytes: return 128 * 1024
        case .quoteDepth: return Self.nestingLimit
        case .tableColumns: return 64
        case .tableRows: return 2_000
        case .cdataOpeners: return 16
        case .atSigns: return 1_000
        }
    }

    /// How deep YAML mappings and sequences, and Markdown block quotes, may nest.
    public static let nestingLimit = 64
}
