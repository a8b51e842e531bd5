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
    public struct Outcome: Sendable {
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
    }

    /// The most rows one paste takes (a year's ledger is a few thousand).
    public static let rowLimit = 5000

    /// Lines a ledger or list writes for sums and page turns, not entries.
    static let summaryLines: Set<String> = [
        "合计", "总计", "小计", "累计", "本月合计", "本月小计", "本期合计", "本季合计", "本年合计", "本年累计", "本月累计",
        "承前页", "承上页", "过次页", "期初余额", "上年结转", "年初余额", "期末余额",
    ]

    /// What would happen to each row, before anything is placed: the preview of an upload shows
    /// it, and a paste carries it out.
    public struct Plan: Sendable {
        /// Each header and the column it goes to (`amount`, or `expense.amount` in another
        /// table; nil: left out); empty without a header row.
        public var headers: [(header: String, column: String?)] = []
        public var rows: [Row] = []
        /// Rows past `rowLimit`, not looked at.
        public var beyondLimit = 0

        public struct Row: Sendable {
            /// Its line in the block or the sheet (1 for the first).
            public var line: Int
            public var source: [String]
            /// The table it goes to and its cells, cleaned; nil table: left out.
            public var table: String?
            public var cells: [String: String]
            public var leftOut: LeftOut?
        }

        public enum LeftOut: Sendable, Equatable {
            case summary
            case outsidePeriod
        }
    }

    public static func apply(
        _ text: String, into table: String, atRow start: Int? = nil, column startColumn: String? = nil,
        columns override: [Int: String?] = [:], fields: [FormField], specs: [FieldSpec]
    ) -> Outcome {
        var outcome = Outcome(fields: fields, table: table)
        guard
            let plan = plan(
                SpreadsheetCells.rows(text), into: table, column: startColumn, columns: override, fields: fields,
                specs: specs)
        else { return outcome }
        outcome.headers = plan.headers
        var byTable: [String: [[String: String]]] = [:]
        var order: [String] = []
        for row in plan.rows {
            switch row.leftOut {
            case .summary?: outcome.totalsLeftOut += 1
            case .outsidePeriod?: outcome.outsidePeriod += 1
            case nil:
                guard let target = row.table else { continue }
                if byTable[target] == nil { order.append(target) }
                byTable[target, default: []].append(row.cells)
            }
        }
        let ledger = plan.headers.contains { $0.column?.contains(".") == true }
        for target in order {
            let placedRows = byTable[target]!
            outcome.fields = place(
                placedRows, in: target, from: target == table && !ledger ? start : nil,
                columns: tableColumns(target, specs)!.map(\.key), fields: outcome.fields)
            outcome.placed[target] = placedRows.count
        }
        return outcome
    }

    /// Each row's fate. The header is the first of the first five rows that names columns (a
    /// sheet may have a title above it); without one, cells go by position from `startColumn`.
    /// `override` sets the column of a header by its index ("" or nil: left out).
    public static func plan(
        _ sheet: [[String]], into table: String, column startColumn: String? = nil,
        columns override: [Int: String?] = [:], fields: [FormField], specs: [FieldSpec]
    ) -> Plan? {
        guard let columns = tableColumns(table, specs), !sheet.isEmpty else { return nil }
        var plan = Plan()
        let period = fields.last { $0.name == "period" }.flatMap { Period(iso: $0.value) }
        let splitsLedger = tableColumns("income", specs) != nil && tableColumns("expense", specs) != nil
        let layout: Layout
        if let headed = headed(sheet, columns: columns, ledgers: splitsLedger, override: override) {
            layout = headed
            plan.headers = zip(headed.headers, headed.mapping).map { ($0, $1) }
        } else {
            let first = startColumn.flatMap { key in columns.firstIndex { $0.key == key } } ?? 0
            let width = sheet.map(\.count).max() ?? 0
            layout = Layout(
                mapping: (0..<width).map { first + $0 < columns.count ? columns[first + $0].key : nil }, headers: [],
                firstData: 0)
        }
        let types = Dictionary(columns.map { ($0.key, $0.type) }) { a, _ in a }
        let data = sheet.dropFirst(layout.firstData)
        plan.beyondLimit = max(0, data.count - rowLimit)
        for (offset, row) in data.prefix(rowLimit).enumerated() {
            plan.rows.append(
                planned(
                    row, line: layout.firstData + offset + 1, table: table, layout: layout, types: types,
                    period: period))
        }
        return plan
    }

    /// Which column of the sheet goes to which field, and where its data starts.
    private struct Layout {
        var mapping: [String?]
        var headers: [String]
        var firstData: Int
        /// A ledger's 借方 and 贷方 columns, which split its rows between income and expense.
        var ledger: (in: Int, out: Int)? {
            guard let moneyIn = mapping.firstIndex(of: "income.amount"),
                let moneyOut = mapping.firstIndex(of: "expense.amount")
            else { return nil }
            return (moneyIn, moneyOut)
        }
    }

    /// The columns by the header row, when one of the first five rows names columns; the
    /// person's choices (`override`) over the guess.
    private static func headed(
        _ sheet: [[String]], columns: [FieldSpec], ledgers: Bool, override: [Int: String?]
    ) -> Layout? {
        guard
            let header = sheet.prefix(5).firstIndex(where: {
                ImportColumns.isHeader($0, columns: columns, ledgers: ledgers)
            })
        else { return nil }
        var headers = sheet[header]
        var firstData = header + 1
        // A header of two rows (金额 merged over 借方 and 贷方 below it; 日期 merged down both
        // rows, so its name is only in the first): the second row's names, the first's where
        // the second has none.
        if firstData < sheet.count, ImportColumns.namesColumns(sheet[firstData], columns: columns) {
            let below = sheet[firstData]
            headers = (0..<max(headers.count, below.count)).map { index in
                let lower = index < below.count ? below[index] : ""
                return lower.trimmingCharacters(in: .whitespaces).isEmpty && index < headers.count
                    ? headers[index] : lower
            }
            firstData += 1
        }
        var mapping = ImportColumns.match(headers, columns: columns)
        if ledgers, let money = ImportColumns.ledgerColumns(headers) {
            mapping[money.in] = "income.amount"
            mapping[money.out] = "expense.amount"
        }
        for (index, column) in override where index < mapping.count {
            mapping[index] = column.flatMap { $0.isEmpty ? nil : $0 }
        }
        // A column chosen twice goes where it was chosen first.
        var seen: Set<String> = []
        mapping = mapping.map { column in
            guard let column, seen.insert(column).inserted else { return nil }
            return column
        }
        return Layout(mapping: mapping, headers: headers, firstData: firstData)
    }

    /// One row of the sheet as it would be placed: its cleaned cells and table, or why it is left out.
    private static func planned(
        _ row: [String], line: Int, table: String, layout: Layout, types: [String: FieldType], period: Period?
    ) -> Plan.Row {
        var planned = Plan.Row(line: line, source: row, table: table, cells: [:])
        if row.contains(where: { summaryLines.contains(ImportColumns.normalized($0)) }) {
            planned.leftOut = .summary
            return planned
        }
        for (index, key) in layout.mapping.enumerated() {
            guard let key, !key.contains("."), index < row.count, let type = types[key] else { continue }
            planned.cells[key] = ImportValues.value(row[index], type: type, year: period?.first.year)
        }
        if let ledger = layout.ledger {
            let moneyIn = index(row, ledger.in).map(ImportValues.number) ?? ""
            let moneyOut = index(row, ledger.out).map(ImportValues.number) ?? ""
            if !moneyIn.isEmpty, Double(moneyIn) != 0 {
                (planned.table, planned.cells["amount"]) = ("income", moneyIn)
            } else if !moneyOut.isEmpty, Double(moneyOut) != 0 {
                (planned.table, planned.cells["amount"]) = ("expense", moneyOut)
            } else {
                planned.leftOut = .summary
                return planned
            }
        }
        if let period, let day = planned.cells["date"].flatMap(CalendarDate.init(iso:)),
            day < period.first || day > period.last
        {
            planned.leftOut = .outsidePeriod
        }
        return planned
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
