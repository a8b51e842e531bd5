import Foundation
import GongkaiContent
import GongkaiCore

/// The build date: the one given, else SOURCE_DATE_EPOCH, else today in China Standard Time.
public enum BuildDate {
    /// What is wrong with a date given; the command line names its own flag.
    public enum Problem: Error, CustomStringConvertible, Sendable {
        case notADate(String)
        case notSeconds(String)

        public var description: String {
            switch self {
            case .notADate(let text): return "\(text) 不是有效日期；应为 YYYY-MM-DD，如 2026-11-05"
            case .notSeconds(let text): return "SOURCE_DATE_EPOCH=\(text) 不是整数秒"
            }
        }
    }

    public static func resolve(
        given: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(Problem) -> CalendarDate {
        if let given {
            guard let date = CalendarDate(iso: given) else { throw .notADate(given) }
            return date
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int(epoch) else { throw .notSeconds(epoch) }
            return CalendarDate.today(secondsSinceEpoch: seconds)
        }
        return CalendarDate.today(secondsSinceEpoch: Int(Date().timeIntervalSince1970))
    }
}
