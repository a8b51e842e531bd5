import GongkaiCore
import Synchronization

/// A validated value, typed by its schema, that remembers where it was written.
public struct Value: Sendable {
    package init(content: Content, mark: Mark) {
        self.content = content
        self.mark = mark
    }

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

    public var string: String? {
        if case .string(let v) = content { return v }
        return nil
    }
    public var int: Int? {
        if case .int(let v) = content { return v }
        return nil
    }
    public var number: DecimalNumber? {
        if case .number(let v) = content { return v }
        return nil
    }
    public var bool: Bool? {
        if case .bool(let v) = content { return v }
        return nil
    }
    public var date: CalendarDate? {
        if case .date(let v) = content { return v }
        return nil
    }
    public var month: Month? {
        if case .month(let v) = content { return v }
        return nil
    }
    public var period: Period? {
        if case .period(let v) = content { return v }
        return nil
    }
    public var money: Money? {
        if case .money(let v) = content { return v }
        return nil
    }
    public var list: [Value]? {
        if case .list(let v) = content { return v }
        return nil
    }
    public var record: Record? {
        if case .record(let v) = content { return v }
        return nil
    }
}

/// A validated mapping, keys in the order they were written.
public struct Record: Sendable {
    public struct Entry: Sendable {
        public var key: String
        public var keyMark: Mark
        public var value: Value

        package init(key: String, keyMark: Mark, value: Value) {
            self.key = key
            self.keyMark = keyMark
            self.value = value
        }
    }

    public var entries: [Entry]
    public var mark: Mark

    public init(entries: [Entry] = [], mark: Mark) {
        self.entries = entries
        self.mark = mark
    }

    public subscript(key: String) -> Value? {
        if RecordAudit.isOn.load(ordering: .relaxed) { RecordAudit.note(key) }
        return entries.first { $0.key == key }?.value
    }

    public func keyMark(_ key: String) -> Mark? {
        entries.first { $0.key == key }?.keyMark
    }
}

/// Notes every key read from a record while it is on: a test runs each rule with it on and
/// checks that every key the rule reads is one its kinds declare (a misspelt key would
/// otherwise read as missing, and silently switch the rule off). Off, it costs one relaxed load.
package enum RecordAudit {
    static let isOn = Atomic<Bool>(false)
    private static let keys = Mutex<Set<String>>([])

    package static func note(_ key: String) {
        keys.withLock { _ = $0.insert(key) }
    }

    /// The keys `body` reads from records.
    static func keysRead(_ body: () throws -> Void) rethrows -> Set<String> {
        keys.withLock { $0 = [] }
        isOn.store(true, ordering: .relaxed)
        defer { isOn.store(false, ordering: .relaxed) }
        try body()
        return keys.withLock { $0 }
    }
}
