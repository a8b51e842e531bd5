import GongkaiCore

/// The 公开目录 of gongkai.yaml (spec §6): what each village must publish, how often.
public struct Catalog: Sendable {
    public struct Item: Sendable, Hashable {
        public var kind: String
        public var every: Period.Granularity
    }

    public var start: Month
    public var dueDays: Int
    public var items: [Item]

    package init?(_ record: Record) {
        guard let start = record["start"]?.month else { return nil }
        self.start = start
        self.dueDays = record.int("due_days") ?? 15
        self.items = record.records("items").compactMap { r in
            guard let kind = r.string("kind"), let every = r.string("every").flatMap(Period.Granularity.init(rawValue:))
            else { return nil }
            return Item(kind: kind, every: every)
        }
    }

    /// The item's periods from the one holding `start` to the last that ended before `date`.
    package func periods(_ item: Item, before date: CalendarDate) -> [Period] {
        var period: Period
        switch item.every {
        case .month: period = .month(start)
        case .quarter: period = .quarter(start.year, (start.month + 2) / 3)
        case .year: period = .year(start.year)
        }
        var out: [Period] = []
        while period.last < date {
            out.append(period)
            period = period.next
        }
        return out
    }
}

extension Period {
    /// The period just after this one, of the same granularity.
    package var next: Period {
        switch self {
        case .year(let y): return .year(y + 1)
        case .quarter(let y, let q): return q == 4 ? .quarter(y + 1, 1) : .quarter(y, q + 1)
        case .month(let m): return .month(m.next)
        }
    }

    package func covers(_ other: Period) -> Bool { first <= other.first && other.last <= last }
}
