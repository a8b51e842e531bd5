import Foundation

/// The build date: `--date`, else SOURCE_DATE_EPOCH, else today in China Standard Time.
public enum BuildDate {
    public static func resolve(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> CalendarDate {
        if let flag {
            guard let date = CalendarDate(iso: flag) else {
                throw CommandFailure.badArgument("--date \(flag) 不是有效日期；应为 YYYY-MM-DD，如 2026-11-05")
            }
            return date
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int(epoch) else {
                throw CommandFailure.badArgument("SOURCE_DATE_EPOCH=\(epoch) 不是整数秒")
            }
            return CalendarDate.today(secondsSinceEpoch: seconds)
        }
        return CalendarDate.today(secondsSinceEpoch: Int(Date().timeIntervalSince1970))
    }
}
