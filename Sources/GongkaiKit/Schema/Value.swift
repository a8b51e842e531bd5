/// A validated value, typed by its schema, that remembers where it was written.
public struct Value: Sendable {
    public enum Content: Sendable {
        case string(String)
        case int(Int)
        case number(DecimalNumber)
        case bool(Bool)
        case date(CalendarDate)
        case month(Month)
        case period(Period)
        case money(Money)
        case list([Value])
        case record(Record)
        /// Unvalidated YAML (free fields).
        case raw(YAMLNode)
    }

    public var content: Content
    public var mark: Mark

    public var string: String? { if case .string(let v) = content { return v }; return nil }
    public var int: Int? { if case .int(let v) = content { return v }; return nil }
    public var number: DecimalNumber? { if case .number(let v) = content { return v }; return nil }
    public var bool: Bool? { if case .bool(let v) = content { return v }; return nil }
    public var date: CalendarDate? { if case .date(let v) = content { return v }; return nil }
    public var month: Month? { if case .month(let v) = content { return v }; return nil }
    public var period: Period? { if case .period(let v) = content { return v }; return nil }
    public var money: Money? { if case .money(let v) = content { return v }; return nil }
    public var list: [Value]? { if case .list(let v) = content { return v }; return nil }
    public var record: Record? { if case .record(let v) = content { return v }; return nil }
}

/// A validated mapping, keys in the order they were written.
public struct Record: Sendable {
    public struct Entry: Sendable {
        public var key: String
        public var keyMark: Mark
        public var value: Value
    }

    public var entries: [Entry]
    public var mark: Mark

    public init(entries: [Entry] = [], mark: Mark) {
        self.entries = entries
        self.mark = mark
    }

    public subscript(key: String) -> Value? {
        entries.first { $0.key == key }?.value
    }

    public func keyMark(_ key: String) -> Mark? {
        entries.first { $0.key == key }?.keyMark
    }
}
