import GongkaiCore

/// The type of a field's value (spec §3.2).
public indirect enum FieldType: Sendable {
    public static let largestInt = 1_000_000_000

    /// Text of at most `maxLength` characters (when given).
    case string(maxLength: Int? = nil)
    /// Multi-line text.
    case text
    /// A person's name as written on the notice.
    case name
    /// A phone number that is public by design (exempt from GK-X002).
    case publicPhone
    /// A whole number; the maximum keeps every sum and product of counts far from overflow.
    case int(minimum: Int = 0, maximum: Int = FieldType.largestInt)
    case number(positive: Bool = false)
    case bool
    case date
    case month
    case period([Period.Granularity])
    case money(negative: Bool = false, positive: Bool = false)
    case choice([String])
    case list(FieldType, nonEmpty: Bool = false)
    case object([FieldSpec])
    /// Free keys mapped to values of one type (e.g. scores by category).
    case map(FieldType)
    case url
    case locale
    /// A kind id of spec §4 (unknown ones are GK-S007 with a suggestion).
    case kindID
    /// Any YAML, not validated (`extra`, `rules`, `catalog` until their issue).
    case any

    package var isScalar: Bool {
        switch self {
        case .list, .object, .map, .any: return false
        default: return true
        }
    }
}

/// One field of a schema: its key, Chinese label, type and whether it must be present.
public struct FieldSpec: Sendable {
    public var key: String
    public var label: String
    public var type: FieldType
    public var required: Bool

    public init(_ key: String, _ label: String, _ type: FieldType, required: Bool = true) {
        self.key = key
        self.label = label
        self.type = type
        self.required = required
    }

    public static func optional(_ key: String, _ label: String, _ type: FieldType) -> FieldSpec {
        FieldSpec(key, label, type, required: false)
    }
}
