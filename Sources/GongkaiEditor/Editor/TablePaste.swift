import Foundation
import GongkaiContent
import GongkaiCore

/// Rows copied from a spreadsheet put into one of a form's tables, as the server does it (the
/// page's script only hands it the pasted block and the cell it was pasted in): from that cell's
/// row and column on, rows added as needed. With a header row, columns go by their headers
/// (`ImportColumns`); a cash or bank ledger's 借方 and 贷方 split into a statement's income and
/// expense; 合计 and 承前页 lines are left out, and so are rows dated outside the document's
/// period. Values are cleaned as ledgers write them (`ImportValues`). Nothing is saved: the form
/// is shown again, checked like anything typed.
public enum TablePaste {
    public struct Outcome: Sendable, Equatable {
        public var fields: [FormField]
        /// The table pasted into.
        public var table: String
        /// Rows placed, by table.
        public var placed: [String: Int] = [:]
        /// Each header and the column it went to, as `amount` in the table pasted into or
        /// `expense.amount` in another (nil: left out); empty when there was no header.
        public var headers: [(header: String, column: String?)] = []
        public var totalsLeftOut = 0
        public var outsidePeriod = 0

        public static func == (a: Outcome, b: Outcome) -> Bool {
            a.fields == b.fields && a.table == b.table && a.placed == b.placed && a.totalsLeftOut == b.totalsLeftOut
                && a.outsidePeriod == b.outsidePeriod && a.headers.map(\.header) == b.headers.map(\.header)
                && a.headers.map(\.column) == b.headers.map(\.column)
        }
    }

    /// The most rows one paste takes (a year's ledger is a few thousand).
    public static let rowLimit = 5000

    /// Lines a ledger or list writes for sums and page turns, not entries.
    static let summaryLines: Set<String> = [
        "合计", "总计", "小计", "累计", "本月合计", "本月小计", "本期合计", "本季合计", "本年合计", "本年累计", "本月累计",
        "承前页", "承上页", "过次页", "期初余额", "上年结转", "年初余额", "期末余额",
    ]

    public static func apply(
        _ text: String, into table: String, atRow start: Int? = nil, column startColumn: String? = nil,
        fields: [FormField], specs: [FieldSpec]
    ) -> Outcome {
        var outcome = Outcome(fields: fields, table: table)
        guard let columns = tableColumns(table, specs) else { return outcome }
        var rows = Array(SpreadsheetCells.rows(text).prefix(rowLimit + 1))
        guard !rows.isEmpty else { return outcome }
        let period = fields.last { $0.name == "period" }.flatMap { Period(iso: $0.value) }
        var mapping: [String?]
        var ledger: (in: Int, out: Int)?
        if ImportColumns.isHeader(rows[0], columns: columns) {
            let headers = rows.removeFirst()
            mapping = ImportColumns.match(headers, columns: columns)
            // A ledger's money columns go to the amount of the table each row belongs to.
            if let money = ImportColumns.ledgerColumns(headers), tableColumns("income", specs) != nil,
                tableColumns("expense", specs) != nil
            {
                ledger = money
                mapping[money.in] = nil
                mapping[money.out] = nil
            }
            outcome.headers = headers.enumerated().map { index, header in
                if let ledger, index == ledger.in { return (header, "income.amount") }
                if let ledger, index == ledger.out { return (header, "expense.amount") }
                return (header, mapping[index])
            }
        } else {
            let first = startColumn.flatMap { key in columns.firstIndex { $0.key == key } } ?? 0
            let width = rows.map(\.count).max() ?? 0
            mapping = (0..<width).map { first + $0 < columns.count ? columns[first + $0].key : nil }
        }
        rows = Array(rows.prefix(rowLimit))
        let types = Dictionary(columns.map { ($0.key, $0.type) }) { a, _ in a }
        var byTable: [String: [[String: String]]] = [:]
        var order: [String] = []
        for row in rows {
            if row.contains(where: { summaryLines.contains(ImportColumns.normalized($0)) }) {
                outcome.totalsLeftOut += 1
                continue
            }
            var cells: [String: String] = [:]
            for (index, key) in mapping.enumerated() {
                guard let key, index < row.count, let type = types[key] else { continue }
                cells[key] = ImportValues.value(row[index], type: type, year: period?.first.year)
            }
            var target = table
            if let ledger {
                let moneyIn = index(row, ledger.in).map(ImportValues.number) ?? ""
                let moneyOut = index(row, ledger.out).map(ImportValues.number) ?? ""
                if !moneyIn.isEmpty, Double(moneyIn) != 0 {
                    (target, cells["amount"]) = ("income", moneyIn)
                } else if !moneyOut.isEmpty, Double(moneyOut) != 0 {
                    (target, cells["amount"]) = ("expense", moneyOut)
                } else {
                    outcome.totalsLeftOut += 1
                    continue
                }
            }
            if let period, let day = cells["date"].flatMap(CalendarDate.init(iso:)),
                day < period.first || day > period.last
            {
                outcome.outsidePeriod += 1
                continue
            }
            if byTable[target] == nil { order.append(target) }
            byTable[target, default: []].append(cells)
        }
        for target in order {
            let placedRows = byTable[target]!
            outcome.fields = place(
                placedRows, in: target, from: target == table && ledger == nil ? start : nil,
                columns: tableColumns(target, specs)!.map(\.key), fields: outcome.fields)
            outcome.placed[target] = placedRows.count
        }
        return outcome
    }

    private static func index(_ row: [String], _ i: Int) -> String? { i < row.count ? row[i] : nil }

    public static func tableColumns(_ table: String, _ specs: [FieldSpec]) -> [FieldSpec]? {
        guard let spec = specs.first(where: { $0.key == table }), case .list(.object(let inner), _) = spec.type else {
            return nil
        }
        return inner.filter {
            if case .map = $0.type { return false }
            return true
        }
    }

    /// Puts rows into a table from the row at `start` (1-based, as the page numbers them) on,
    /// or after its last row that has anything in it; the cells a paste has replace those rows'.
    static func place(
        _ rows: [[String: String]], in table: String, from start: Int?, columns: [String], fields: [FormField]
    ) -> [FormField] {
        var fields = fields
        let existing = FormRows.rows(of: table, in: fields)
        let filled = existing.filter { row in
            fields.contains { $0.name.hasPrefix("\(table).\(row).") && !$0.value.isEmpty }
        }
        var position =
            start.map { max($0 - 1, 0) } ?? (filled.last.flatMap { existing.firstIndex(of: $0) }.map { $0 + 1 } ?? 0)
        position = min(position, existing.count)
        var next = (existing.max() ?? 0) + 1
        for cells in rows {
            let number: Int
            if position < existing.count {
                number = existing[position]
            } else {
                number = next
                next += 1
                fields += columns.map { FormField("\(table).\(number).\($0)", "") }
            }
            position += 1
            for (key, value) in cells {
                let name = "\(table).\(number).\(key)"
                if let at = fields.firstIndex(where: { $0.name == name }) {
                    fields[at] = FormField(name, value)
                } else {
                    fields.append(FormField(name, value))
                }
            }
        }
        return fields
    }
}
