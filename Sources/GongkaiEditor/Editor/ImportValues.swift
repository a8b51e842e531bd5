import Foundation
import GongkaiContent
import GongkaiCore

/// A spreadsheet's cell as the form wants it, by the field's type: dates in the forms ledgers
/// write them (`2026/10/5`, `2026年10月5日`, `10-05` with the year of the period, a spreadsheet's
/// serial day number) as `YYYY-MM-DD`; amounts without thousands separators, currency signs or
/// `元`. Anything else is left as it was, for the check to name.
public enum ImportValues {
    public static func value(_ cell: String, type: FieldType, year: Int?) -> String {
        let text = cell.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return "" }
        switch type {
        case .date: return date(text, year: year) ?? text
        case .money, .number, .int: return number(text)
        default: return text
        }
    }

    /// `1,234.50`, `¥1 234.50`, `1234.50元`, `(12.00)` → `1234.50`, `-12.00`.
    static func number(_ text: String) -> String {
        var t = text.filter { !",，  ¥￥".contains($0) }
        if t.hasSuffix("元") { t.removeLast() }
        if t.hasPrefix("("), t.hasSuffix(")") { t = "-" + t.dropFirst().dropLast() }
        return t
    }

    static func date(_ text: String, year: Int?) -> String? {
        // A spreadsheet's serial day: days since 1899-12-30 (the 1900 leap-year quirk puts the
        // epoch a day early for every date after February 1900, which is every date here).
        if let serial = Double(text), serial >= 20000, serial < 80000, serial == serial.rounded(.down) {
            return CalendarDate(dayNumber: Int(serial) - 25569).iso
        }
        let parts = text.replacingOccurrences(of: "日", with: "")
            .split { "-/.年月 ".contains($0) }.map(String.init)
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        switch numbers.count {
        case 3 where numbers[0] > 999:
            return CalendarDate(year: numbers[0], month: numbers[1], day: numbers[2])?.iso
        case 2:
            guard let year else { return nil }
            return CalendarDate(year: year, month: numbers[0], day: numbers[1])?.iso
        default:
            return nil
        }
    }
}
