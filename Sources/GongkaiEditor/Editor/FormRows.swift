import GongkaiContent
import GongkaiCore
import GongkaiSite

/// A form's tables edited by the buttons beside them (新增一行, 删除, 上移, 下移), as the server
/// does it when the page has no JavaScript: the posted fields with rows added, removed or swapped,
/// then numbered 1, 2, 3… in order so every row's name says where it stands.
public enum FormRows {
    public enum Edit: Sendable, Equatable {
        case add(table: String)
        case delete(table: String, row: Int)
        case up(table: String, row: Int)
        case down(table: String, row: Int)

        /// `add:income`, `del:income:3`, `up:income:3`, `down:income:3`.
        public init?(_ action: String) {
            let parts = action.split(separator: ":").map(String.init)
            guard parts.count >= 2, parts[1].count <= 200 else { return nil }
            let row = parts.count == 3 ? Int(parts[2]) : nil
            switch (parts[0], row) {
            case ("add", nil) where parts.count == 2: self = .add(table: parts[1])
            case ("del", let row?): self = .delete(table: parts[1], row: row)
            case ("up", let row?): self = .up(table: parts[1], row: row)
            case ("down", let row?): self = .down(table: parts[1], row: row)
            default: return nil
            }
        }

        public func apply(to fields: [FormField], specs: [FieldSpec]) -> [FormField] {
            switch self {
            case .add(let table):
                guard let columns = FormRows.columns(of: table, in: specs) else { return fields }
                let next = (FormRows.rows(of: table, in: fields).max() ?? 0) + 1
                return fields + columns.map { FormField("\(table).\(next).\($0)", "") }
            case .delete(let table, let row):
                let prefix = "\(table).\(row)."
                return fields.filter { !$0.name.hasPrefix(prefix) }
            case .up(let table, let row), .down(let table, let row):
                let rows = FormRows.rows(of: table, in: fields)
                guard let index = rows.firstIndex(of: row) else { return fields }
                let other = self == .up(table: table, row: row) ? index - 1 : index + 1
                guard rows.indices.contains(other) else { return fields }
                return FormRows.swap(table, row, rows[other], in: fields)
            }
        }
    }

    /// The row numbers a table has in the posted fields, blank rows included, in order.
    public static func rows(of table: String, in fields: [FormField]) -> [Int] {
        let prefix = table + "."
        var seen: [Int] = []
        for field in fields where field.name.hasPrefix(prefix) {
            if let n = Int(field.name.dropFirst(prefix.count).prefix { $0 != "." }), !seen.contains(n) {
                seen.append(n)
            }
        }
        return seen.sorted()
    }

    /// Appends a row with these cells.
    public static func append(_ cells: [String: String], to table: String, in fields: [FormField]) -> [FormField] {
        let next = (rows(of: table, in: fields).max() ?? 0) + 1
        return fields + cells.sorted { $0.key < $1.key }.map { FormField("\(table).\(next).\($0.key)", $0.value) }
    }

    /// Rows of every table numbered 1, 2, 3… in their order.
    public static func renumber(_ fields: [FormField], specs: [FieldSpec]) -> [FormField] {
        var out = fields
        for table in tableNames(specs) {
            let rows = self.rows(of: table, in: out)
            let mapping = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1, $0 + 1) })
            out = out.map { field in
                guard let (row, rest) = split(field.name, table: table), let n = mapping[row] else { return field }
                return FormField("\(table).\(n)\(rest)", field.value)
            }
        }
        return out
    }

    /// `_mapkey.scores` / `_mapvalue.scores` (a new entry of a map) as the field `scores.<key>`.
    public static func mergeMapEntries(_ posted: [(name: String, value: String)], into fields: [FormField])
        -> [FormField]
    {
        var out = fields
        for (name, key) in posted where name.hasPrefix("_mapkey.") {
            let target = String(name.dropFirst("_mapkey.".count))
            let trimmed = key.trimmingASCIIWhitespace()
            guard !trimmed.isEmpty, !trimmed.contains("."),
                let value = posted.last(where: { $0.name == "_mapvalue." + target })?.value
            else { continue }
            out.append(FormField("\(target).\(trimmed)", value))
        }
        return out
    }

    package static func swap(_ table: String, _ a: Int, _ b: Int, in fields: [FormField]) -> [FormField] {
        fields.map { field in
            guard let (row, rest) = split(field.name, table: table), row == a || row == b else { return field }
            return FormField("\(table).\(row == a ? b : a)\(rest)", field.value)
        }.sorted { lhs, rhs in
            // Keep rows in number order so the page lists them so.
            guard let l = split(lhs.name, table: table), let r = split(rhs.name, table: table) else { return false }
            return l.row < r.row
        }
    }

    private static func split(_ name: String, table: String) -> (row: Int, rest: Substring)? {
        let prefix = table + "."
        guard name.hasPrefix(prefix) else { return nil }
        let tail = name.dropFirst(prefix.count)
        let digits = tail.prefix { $0 != "." }
        guard let row = Int(digits) else { return nil }
        return (row, tail.dropFirst(digits.count))
    }

    /// The names of every table in a form (`income`, `members`).
    static func tableNames(_ specs: [FieldSpec]) -> [String] {
        specs.compactMap { spec in
            if case .list(.object, _) = spec.type { return spec.key }
            return nil
        }
    }

    package static func columns(of table: String, in specs: [FieldSpec]) -> [String]? {
        guard let spec = specs.first(where: { $0.key == table }), case .list(.object(let inner), _) = spec.type else {
            return nil
        }
        return inner.compactMap { column in
            if case .map = column.type { return nil }
            return column.key
        }
    }
}
