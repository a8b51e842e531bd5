import GongkaiCore

/// A document's values as the form fields that `FormDocument` reads back (spec §11): the inverse
/// of reading a form, so opening a file and posting its form unchanged gives the same values.
/// Names: `title`; `reviewed.date` inside an object; a list of text as the name repeated; a
/// table's cells as `income.1.amount` (rows numbered from 1); a map's entries as `scores.党建`.
public struct FormField: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

public enum FormValues {
    public static func fields(of record: Record, specs: [FieldSpec], prefix: String = "") -> [FormField] {
        var out: [FormField] = []
        for spec in specs {
            guard let value = record[spec.key] else { continue }
            out += fields(of: value, spec: spec, name: prefix + spec.key)
        }
        return out
    }

    package static func fields(of value: Value, spec: FieldSpec, name: String) -> [FormField] {
        switch (spec.type, value.content) {
        case (.list(.object(let inner), _), .list(let rows)):
            return rows.enumerated().flatMap { index, row -> [FormField] in
                guard let record = row.record else { return [] }
                return fields(of: record, specs: inner, prefix: "\(name).\(index + 1).")
            }
        case (.list, .list(let items)):
            return items.map { FormField(name, text($0)) }
        case (.object(let inner), .record(let record)):
            return fields(of: record, specs: inner, prefix: name + ".")
        case (.map, .record(let record)):
            return record.entries.map { FormField("\(name).\($0.key)", text($0.value)) }
        case (.any, _):
            return []
        default:
            return [FormField(name, text(value))]
        }
    }

    /// A scalar as a person types it.
    public static func text(_ value: Value) -> String {
        switch value.content {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .number(let number): return number.description
        case .bool(let flag): return flag ? "true" : "false"
        case .date(let date): return date.iso
        case .month(let month): return month.iso
        case .period(let period): return period.iso
        case .money(let money): return money.formatted
        case .raw(let node): return node.scalar?.text ?? ""
        case .list(let items): return items.map(text).joined(separator: "、")
        case .record: return ""
        }
    }
}
