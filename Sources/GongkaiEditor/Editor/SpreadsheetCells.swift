import Foundation

/// Cells as spreadsheets (Excel, WPS, LibreOffice) put them on the clipboard: rows on lines, cells
/// separated by tabs; a cell in double quotes may hold tabs and line breaks, with `""` for a quote.
/// CSV is the same with commas.
public enum SpreadsheetCells {
    public static func rows(_ text: String, separator: Character = "\t") -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var atCellStart = true
        var characters = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let held = pending {
                pending = nil
                return held
            }
            return characters.next()
        }
        func endRow() {
            row.append(cell)
            rows.append(row)
            row = []
            cell = ""
            atCellStart = true
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    let following = next()
                    if following == "\"" {
                        cell.append("\"")
                    } else {
                        quoted = false
                        pending = following
                    }
                } else {
                    cell.append(c)
                }
                continue
            }
            switch c {
            case "\"" where atCellStart:
                quoted = true
                atCellStart = false
            case separator:
                row.append(cell)
                cell = ""
                atCellStart = true
            case "\r\n", "\n", "\r":
                endRow()
            default:
                cell.append(c)
                atCellStart = false
            }
        }
        if !cell.isEmpty || !row.isEmpty { endRow() }
        // Blank lines (a trailing line break, rows left empty) carry nothing.
        return rows.filter { $0.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
    }

    /// Rows as a clipboard holds them, quoting a cell that has a tab, a line break or a quote.
    public static func text(_ rows: [[String]]) -> String {
        rows.map { row in
            row.map { cell in
                guard cell.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\"" }) else {
                    return cell
                }
                return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }.joined(separator: "\t")
        }.joined(separator: "\n") + "\n"
    }
}
