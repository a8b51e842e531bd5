import Foundation

/// Times on the editor's pages as the town reads them: Beijing time (UTC+8).
enum BeijingTime {
    private static let zone = TimeZone(identifier: "Asia/Shanghai")

    /// `08:15`, or `2026-11-23 08:15:02` with the date.
    static func clock(_ date: Date, withDate: Bool = false) -> String {
        let formatter = DateFormatter()
        formatter.timeZone = zone
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = withDate ? "yyyy-MM-dd HH:mm:ss" : "HH:mm"
        return formatter.string(from: date)
    }

    /// The same instant for a `<time datetime>`.
    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        if let zone { formatter.timeZone = zone }
        return formatter.string(from: date)
    }
}
