import GongkaiContent
import GongkaiCore

/// Narrow tables on a portrait sheet take half its width, so a sheet lays them side by side: two
/// narrow tables in a row become one (本年收入 beside 本年支出), and one narrow table of 8 to 40
/// rows is folded into two halves (rows 1–5 beside 6–10). A longer table keeps its order down
/// the pages, since a fold that crosses a page would be read out of order.
package enum SheetTables {
    static let narrowColumns = 2
    static let foldRows = 8...40
    static let pairRows = 1...20

    static func sideBySide(_ tables: [DataTable], width: Double, words: Localizer) -> [DataTable] {
        var out: [DataTable] = []
        var i = 0
        while i < tables.count {
            let table = tables[i]
            if i + 1 < tables.count, fitsHalf(table, width), fitsHalf(tables[i + 1], width),
                pairRows.contains(table.rows.count), pairRows.contains(tables[i + 1].rows.count)
            {
                out.append(pair(table, tables[i + 1], words: words))
                i += 2
                continue
            }
            out.append(foldRows.contains(table.rows.count) && fitsHalf(table, width) ? fold(table) : table)
            i += 1
        }
        return out
    }

    /// At most two columns besides 序号, whose widest cells fit half the sheet.
    static func fitsHalf(_ table: DataTable, _ width: Double) -> Bool {
        guard table.numbered, table.columns.count <= narrowColumns, !table.rows.isEmpty else { return false }
        let widest = table.columns.indices.map { column in
            table.rows.reduce(SheetFit.textWidth(table.columns[column].label)) { widest, row in
                column < row.cells.count ? max(widest, SheetFit.textWidth(row.cells[column].text)) : widest
            }
        }
        let flags = table.rows.reduce(0.0) { max($0, SheetFit.textWidth($1.flag ?? "")) }
        let half = SheetFit.indexColumn + flags + widest.reduce(0, +) + Double(widest.count) * SheetFit.cellPadding
        return half <= width / 2 - 4
    }

    /// The table's row `i` as cells: its 序号 (and flag) first, blanks past its end.
    package static func cells(_ table: DataTable, _ i: Int) -> [TableCell] {
        let index = TableColumn(label: table.indexLabel, numeric: false)
        guard i < table.rows.count else {
            return ([index] + table.columns).map { TableCell(text: "", numeric: $0.numeric, label: $0.label) }
        }
        let row = table.rows[i]
        let number = row.flag.map { "\(row.index) \($0)" } ?? "\(row.index)"
        return [TableCell(text: number, numeric: false, label: table.indexLabel, nowrap: true)] + row.cells
    }

    static func footerCells(_ table: DataTable) -> [TableCell] {
        guard let footer = table.footer else {
            return ([TableColumn(label: "", numeric: false)] + table.columns).map {
                TableCell(text: "", numeric: $0.numeric, label: "")
            }
        }
        return [TableCell(text: "", numeric: false, label: "")] + footer.cells
    }

    package static func columns(_ table: DataTable) -> [TableColumn] {
        [TableColumn(label: table.indexLabel, numeric: false)] + table.columns
    }

    package static func pair(_ left: DataTable, _ right: DataTable, words: Localizer) -> DataTable {
        let count = max(left.rows.count, right.rows.count)
        var table = left
        table.key = "\(left.key)+\(right.key)"
        table.caption = words.t("{first}与{second}", left.caption, right.caption)
        table.columns = columns(left) + columns(right)
        table.rows = (0..<count).map { TableRow(index: $0 + 1, cells: cells(left, $0) + cells(right, $0), flag: nil) }
        table.rowCount = left.rowCount + right.rowCount
        table.countText = words.t("共 {rowCount} 项", table.rowCount)
        table.endText = words.t(
            "以上共 {total} 项：{caption} {rows} 项，{otherCaption} {otherRows} 项。", table.rowCount, left.caption,
            left.rowCount, right.caption,
            right.rowCount)
        table.footer =
            left.footer == nil && right.footer == nil
            ? nil : TableFooter(cells: footerCells(left) + footerCells(right))
        table.totals = left.totals + right.totals
        table.numbered = false
        return table
    }

    static func fold(_ table: DataTable) -> DataTable {
        let half = (table.rows.count + 1) / 2
        var first = table
        first.rows = Array(table.rows[..<half])
        first.footer = nil
        var second = table
        second.rows = Array(table.rows[half...])
        var folded = table
        folded.columns = columns(table) + columns(table)
        folded.rows = (0..<half).map { TableRow(index: $0 + 1, cells: cells(first, $0) + cells(second, $0), flag: nil) }
        folded.footer = table.footer.map { _ in TableFooter(cells: footerCells(first) + footerCells(second)) }
        folded.numbered = false
        return folded
    }
}
