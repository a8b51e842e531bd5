/// Short typed reads of validated records, for rules and renderers.
extension Record {
    func date(_ key: String) -> CalendarDate? { self[key]?.date }
    func money(_ key: String) -> Money? { self[key]?.money }
    func int(_ key: String) -> Int? { self[key]?.int }
    func string(_ key: String) -> String? { self[key]?.string }
    func number(_ key: String) -> DecimalNumber? { self[key]?.number }
    func list(_ key: String) -> [Value] { self[key]?.list ?? [] }
    func records(_ key: String) -> [Record] { list(key).compactMap(\.record) }
    func record(_ key: String) -> Record? { self[key]?.record }
    /// The amounts under `key` of every record, or nil when one is missing (already reported
    /// as a wrong or missing value), so a sum rule does not repeat that error as a wrong total.
    static func amounts(_ records: [Record], _ key: String) -> [Money]? {
        let values = records.compactMap { $0.money(key) }
        return values.count == records.count ? values : nil
    }

    /// Where the value of `key` was written, else where the mapping starts.
    func mark(_ key: String) -> Mark { self[key]?.mark ?? mark }
}

extension CalendarDate {
    /// The same day a number of years earlier or later (29 February becomes the 28th).
    func adding(years: Int) -> CalendarDate {
        CalendarDate(
            year: year + years, month: month, day: min(day, CalendarDate.daysIn(year: year + years, month: month)))!
    }
}
