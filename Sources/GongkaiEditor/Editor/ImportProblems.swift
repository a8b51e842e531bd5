import GongkaiContent
import GongkaiCore

/// What the preview of an upload says of a row before anything lands in the form: a date that
/// is not a date, an amount that is not one (or has three decimals), a personal number that
/// would be published. The check says it again, as for anything typed, once the rows are in.
public enum ImportProblem: Sendable, Equatable {
    case notADate(column: String, value: String)
    case notAnAmount(column: String, value: String)
    case tooManyDecimals(column: String, value: String)
    case personalNumber(column: String)

    /// The problems of a planned row, by the table's columns (`column` is the field's key).
    public static func of(_ row: TablePaste.Plan.Row, columns: [FieldSpec]) -> [ImportProblem] {
        var found: [ImportProblem] = []
        for column in columns {
            guard let value = row.cells[column.key], !value.isEmpty else { continue }
            switch column.type {
            case .date where CalendarDate(iso: value) == nil:
                found.append(.notADate(column: column.key, value: value))
            case .money(let negative, _):
                switch Money.parse(value, allowNegative: negative) {
                case .failure(.tooManyDecimals): found.append(.tooManyDecimals(column: column.key, value: value))
                case .failure: found.append(.notAnAmount(column: column.key, value: value))
                case .success: break
                }
            default: break
            }
            if !PersonalNumbers.find(in: value).isEmpty { found.append(.personalNumber(column: column.key)) }
        }
        return found
    }
}
