import GongkaiContent
import GongkaiCore

/// Whether a notice's tables fit a portrait sheet: estimates, as a browser lays out an automatic
/// table, how many lines each cell takes at the print sheet's table type (10.5 pt). A wide
/// table whose cells would wrap into three or more lines on portrait A4 is printed landscape.
package enum SheetFit {
    /// Text width of the sheet's content box, mm (A4 less 12 mm margins each side).
    static func contentWidth(_ layout: SheetLayout) -> Double {
        let (short, long): (Double, Double) = layout.size == .a4 ? (210, 297) : (297, 420)
        return (layout.orientation == .portrait ? short : long) - 24
    }

    static let em = 10.5 * 25.4 / 72  // 10.5 pt in mm
    static let cellPadding = 3.2  // 1.5 mm each side and the rules
    static let indexColumn = 9.0

    /// True when portrait would wrap some cell of `tables` into three or more lines.
    static func needsLandscape(_ tables: [DataTable], size: SheetLayout.Size) -> Bool {
        let width = contentWidth(SheetLayout(size: size, orientation: .portrait))
        return tables.contains { maxLines($0, width: width) >= 3 }
    }

    /// The most lines any cell of `table` takes in a table `width` mm wide.
    static func maxLines(_ table: DataTable, width: Double) -> Int {
        let columns = table.columns.indices
        // Natural (one-line) and minimum (widest unbreakable piece) width of each column; a
        // numeric column's header does not wrap either.
        var natural = table.columns.map { textWidth($0.label) }
        var minimum = table.columns.map { breakWidth($0.label, nowrap: $0.numeric) }
        // The first column holds the row number and any flag beside it (70 天后到期), unwrapped.
        let index = table.rows.reduce(indexColumn) { widest, row in
            max(widest, textWidth("\(row.index) " + (row.flag ?? "")) + cellPadding)
        }
        for row in table.rows {
            for (i, cell) in row.cells.enumerated() where i < natural.count {
                let w = textWidth(cell.text)
                natural[i] = max(natural[i], w)
                minimum[i] = max(minimum[i], breakWidth(cell.text, nowrap: cell.numeric || cell.nowrap))
            }
        }
        let available = width - index - Double(table.columns.count) * cellPadding
        let naturalSum = natural.reduce(0, +)
        let minimumSum = minimum.reduce(0, +)
        guard naturalSum > available else { return 1 }
        // Past the minimum, space goes to columns in proportion to what they lack.
        let extra = max(0, available - minimumSum)
        let wanted = naturalSum - minimumSum
        let widths = columns.map { minimum[$0] + (wanted > 0 ? (natural[$0] - minimum[$0]) * extra / wanted : 0) }
        var most = 1
        for row in table.rows {
            for (i, cell) in row.cells.enumerated() where i < widths.count && widths[i] > 0 {
                most = max(most, Int((textWidth(cell.text) / widths[i]).rounded(.up)))
            }
        }
        return most
    }

    /// Width of a text on one line, mm: CJK characters one em, others about half.
    static func textWidth(_ text: some StringProtocol) -> Double {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? em : em * 0.55) }
    }

    /// The widest piece that cannot break: the whole text when it may not wrap, else the
    /// longest run of non-CJK characters without a space (CJK text breaks between characters).
    static func breakWidth(_ text: String, nowrap: Bool) -> Double {
        if nowrap { return textWidth(text) }
        var widest = 0.0
        var run = 0.0
        for scalar in text.unicodeScalars {
            if isWide(scalar) {
                widest = max(widest, run, em)
                run = 0
            } else if scalar == " " {
                widest = max(widest, run)
                run = 0
            } else {
                run += em * 0.55
            }
        }
        return max(widest, run)
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x2E80 }
}
