import GongkaiCore

/// Short typed reads of validated records, for rules and renderers.
extension Record {
    package func date(_ key: String) -> CalendarDate? { self[key]?.date }
    package func money(_ key: String) -> Money? { self[key]?.money }
    package func int(_ key: String) -> Int? { self[key]?.int }
    package func string(_ key: String) -> String? { self[key]?.string }
    package func number(_ key: String) -> DecimalNumber? { self[key]?.number }
    package func list(_ key: String) -> [Value] { self[key]?.list ?? [] }
    package func records(_ key: String) -> [Record] { list(key).compactMap(\.record) }
    package func record(_ key: String) -> Record? { self[key]?.record }
    /// The amounts under `key` of every record, or nil when one is missing (already reported
    /// as a wrong or missing value), so a sum rule does not repeat that error as a wrong total.
    package static func amounts(_ records: [Record], _ key: String) -> [Money]? {
        let values = records.compactMap { $0.money(key) }
        return values.count == records.count ? values : nil
    }

    /// Where the value of `key` was written, else where the mapping starts.
    package func mark(_ key: String) -> Mark { self[key]?.mark ?? mark }
}

extension CalendarDate {
    /// The same day a number of years earlier or later (29 February becomes the 28th).
    package func adding(years: Int) -> CalendarDate {
        CalendarDate(
            year: year + years, month: month, day: min(day, CalendarDate.daysIn(year: year + years, month: month)))!
    }
}
