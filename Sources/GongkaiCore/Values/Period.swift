/// A calendar month, `YYYY-MM`.
public struct Month: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    public init(_ date: CalendarDate) {
        self.year = date.year
        self.month = date.month
    }

    /// Parses exactly `YYYY-MM`.
    public init?(iso text: String) {
        let bytes = ISOBytes(text)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), let y = bytes.number(0..<4), let m = bytes.number(5..<7)
        else { return nil }
        self.init(year: y, month: m)
    }

    public var first: CalendarDate { CalendarDate(year: year, month: month, day: 1)! }
    public var last: CalendarDate {
        CalendarDate(year: year, month: month, day: CalendarDate.daysIn(year: year, month: month))!
    }
    public var iso: String { pad(year, 4) + "-" + pad(month, 2) }
    public var chinese: String { "\(year)年\(month)月" }
    public var description: String { iso }

    public var next: Month {
        month == 12 ? Month(year: year + 1, month: 1)! : Month(year: year, month: month + 1)!
    }

    public static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }
}

/// The period a notice covers: a year, a quarter or a month (spec §3.2).
public enum Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    case year(Int)
    case quarter(Int, Int)
    case month(Month)

    public enum Granularity: String, Sendable, CaseIterable {
        case year, quarter, month
    }

    /// Parses exactly `YYYY`, `YYYY-Qn` or `YYYY-MM`.
    public init?(iso text: String) {
        let bytes = ISOBytes(text)
        if bytes.count == 4, let y = bytes.number(0..<4), y >= 1 {
            self = .year(y)
        } else if bytes.count == 7, bytes[4] == UInt8(ascii: "-"), bytes[5] == UInt8(ascii: "Q"),
            let y = bytes.number(0..<4), y >= 1, let q = bytes.number(6..<7), (1...4).contains(q)
        {
            self = .quarter(y, q)
        } else if let m = Month(iso: text) {
            self = .month(m)
        } else {
            return nil
        }
    }

    public var granularity: Granularity {
        switch self {
        case .year: return .year
        case .quarter: return .quarter
        case .month: return .month
        }
    }

    public var first: CalendarDate {
        switch self {
        case .year(let y): return CalendarDate(year: y, month: 1, day: 1)!
        case .quarter(let y, let q): return CalendarDate(year: y, month: q * 3 - 2, day: 1)!
        case .month(let m): return m.first
        }
    }

    public var last: CalendarDate {
        switch self {
        case .year(let y): return CalendarDate(year: y, month: 12, day: 31)!
        case .quarter(let y, let q): return Month(year: y, month: q * 3)!.last
        case .month(let m): return m.last
        }
    }

    public func contains(_ date: CalendarDate) -> Bool { first <= date && date <= last }

    /// The period just before this one, of the same granularity.
    public var previous: Period {
        switch self {
        case .year(let y): return .year(y - 1)
        case .quarter(let y, let q): return q == 1 ? .quarter(y - 1, 4) : .quarter(y, q - 1)
        case .month(let m):
            return .month(m.month == 1 ? Month(year: m.year - 1, month: 12)! : Month(year: m.year, month: m.month - 1)!)
        }
    }

    public var iso: String {
        switch self {
        case .year(let y): return pad(y, 4)
        case .quarter(let y, let q): return pad(y, 4) + "-Q\(q)"
        case .month(let m): return m.iso
        }
    }

    public var chinese: String {
        switch self {
        case .year(let y): return "\(y)年"
        case .quarter(let y, let q): return "\(y)年第\(["一", "二", "三", "四"][q - 1])季度"
        case .month(let m): return m.chinese
        }
    }

    public var description: String { iso }

    public static func < (a: Period, b: Period) -> Bool {
        (a.first, a.last) < (b.first, b.last)
    }
}

/// The first bytes of a short ISO text (a period or a month), read without splitting it into
/// characters: the build reads one for every notice of every village it keeps.
struct ISOBytes {
    /// The text's length in bytes; only the first eight are kept.
    let count: Int
    private var first: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0)

    init(_ text: String) {
        count = text.utf8.count
        guard count <= 8 else { return }
        withUnsafeMutableBytes(of: &first) { kept in
            for (index, byte) in text.utf8.enumerated() { kept[index] = byte }
        }
    }

    subscript(index: Int) -> UInt8 {
        withUnsafeBytes(of: first) { $0[index] }
    }

    /// The decimal number the bytes in `range` spell, nil unless all are ASCII digits.
    func number(_ range: Range<Int>) -> Int? {
        guard count <= 8 else { return nil }
        var value = 0
        for index in range {
            let byte = self[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
