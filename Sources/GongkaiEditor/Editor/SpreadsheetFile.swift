import CSV
import Foundation
import XMLCoder
import ZIPFoundation

/// The cells of an uploaded spreadsheet: the first sheet of an `.xlsx` (read with ZIPFoundation
/// and XMLCoder: shared strings, inline strings, numbers as written, a date as its serial day
/// number), or a `.csv` in UTF-8 (with or without its byte-order mark) or GB18030, as older
/// Excel writes it (read with CSV.swift).
public enum SpreadsheetFile {
    public enum Failure: Error, Equatable {
        /// Neither an .xlsx nor a .csv.
        case unknownType(String)
        /// An .xlsx that is not a readable workbook.
        case unreadableWorkbook
        case unreadableText
        case tooLarge
    }

    /// The largest file taken (a year's ledger of a few thousand rows is well under it).
    public static let byteLimit = 10 * 1024 * 1024

    public static func rows(_ data: Data, filename: String) throws(Failure) -> [[String]] {
        guard data.count <= byteLimit else { throw .tooLarge }
        let name = filename.lowercased()
        if name.hasSuffix(".xlsx") || data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            guard let rows = try? workbook(data) else { throw .unreadableWorkbook }
            return rows
        }
        guard name.hasSuffix(".csv") || name.hasSuffix(".txt") else { throw .unknownType(filename) }
        guard let text = text(data) else { throw .unreadableText }
        return try csv(text)
    }

    // MARK: - CSV

    /// UTF-8 (a byte-order mark dropped), else GB18030.
    static func text(_ data: Data) -> String? {
        let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        if let utf8 = String(validating: bytes, as: UTF8.self) { return utf8 }
        return Iconv.decode(bytes, from: "GB18030")
    }

    static func csv(_ text: String) throws(Failure) -> [[String]] {
        // Excel's "CSV" in a Chinese locale may separate with tabs (its "Unicode text").
        let firstLine = text.prefix { $0 != "\n" }
        let delimiter: UnicodeScalar = firstLine.contains("\t") && !firstLine.contains(",") ? "\t" : ","
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter) else {
            throw .unreadableText
        }
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows.filter { $0.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
    }

    // MARK: - xlsx

    private struct Workbook: Decodable {
        struct Sheets: Decodable {
            struct Sheet: Decodable {
                let id: String
                enum CodingKeys: String, CodingKey { case id = "r:id" }
            }
            let sheet: [Sheet]
        }
        let sheets: Sheets
    }

    private struct Relationships: Decodable {
        struct Relationship: Decodable {
            let id: String
            let target: String
            enum CodingKeys: String, CodingKey {
                case id = "Id"
                case target = "Target"
            }
        }
        let relationships: [Relationship]
        enum CodingKeys: String, CodingKey { case relationships = "Relationship" }
    }

    /// Text that may carry attributes (`xml:space`): its content.
    private struct Text: Decodable {
        let value: String?
        enum CodingKeys: String, CodingKey { case value = "" }
    }

    private struct SharedStrings: Decodable {
        struct Item: Decodable {
            struct Run: Decodable { let t: Text? }
            let t: Text?
            let r: [Run]?
            var text: String { t?.value ?? (r ?? []).compactMap { $0.t?.value }.joined() }
        }
        let si: [Item]?
    }

    private struct Worksheet: Decodable {
        struct SheetData: Decodable {
            struct Row: Decodable {
                struct Cell: Decodable {
                    struct Inline: Decodable { let t: Text? }
                    let r: String?
                    let t: String?
                    let v: String?
                    let `is`: Inline?
                }
                let r: String?
                let c: [Cell]?
            }
            let row: [Row]?
        }
        let sheetData: SheetData
    }

    static func workbook(_ data: Data) throws -> [[String]] {
        let archive = try Archive(data: data, accessMode: .read)
        func part(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            guard entry.uncompressedSize <= UInt64(byteLimit * 4) else { throw Failure.tooLarge }
            var out = Data()
            // The size the archive declares is not trusted: a part stops growing past the bound.
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard out.count + chunk.count <= byteLimit * 4 else { throw Failure.tooLarge }
                out.append(chunk)
            }
            return out
        }
        let decoder = XMLDecoder()
        decoder.shouldProcessNamespaces = false
        guard let workbookXML = try part("xl/workbook.xml"), let relsXML = try part("xl/_rels/workbook.xml.rels")
        else { throw Failure.unreadableWorkbook }
        let book = try decoder.decode(Workbook.self, from: workbookXML)
        let rels = try decoder.decode(Relationships.self, from: relsXML)
        guard let first = book.sheets.sheet.first,
            let target = rels.relationships.first(where: { $0.id == first.id })?.target
        else { throw Failure.unreadableWorkbook }
        let sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        guard let sheetXML = try part(sheetPath) else { throw Failure.unreadableWorkbook }
        let shared = try part("xl/sharedStrings.xml").map { try decoder.decode(SharedStrings.self, from: $0) }
        let strings = shared?.si?.map(\.text) ?? []
        let sheet = try decoder.decode(Worksheet.self, from: sheetXML)
        var grid: [Int: [Int: String]] = [:]
        var width = 0
        for (rowIndex, row) in (sheet.sheetData.row ?? []).enumerated() {
            let number = row.r.flatMap(Int.init).map { $0 - 1 } ?? rowIndex
            for (cellIndex, cell) in (row.c ?? []).enumerated() {
                let column = cell.r.map(columnIndex) ?? cellIndex
                let value: String
                switch cell.t {
                case "s":
                    value = cell.v.flatMap(Int.init).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
                case "inlineStr": value = cell.is?.t?.value ?? ""
                case "b": value = cell.v == "1" ? "TRUE" : "FALSE"
                default: value = cell.v ?? ""
                }
                guard !value.isEmpty else { continue }
                grid[number, default: [:]][column] = value
                width = max(width, column + 1)
            }
        }
        guard let last = grid.keys.max() else { return [] }
        return (0...last).compactMap { number in
            guard let cells = grid[number] else { return nil }
            return (0..<width).map { cells[$0] ?? "" }
        }
    }

    /// `A1` → 0, `AB7` → 27.
    static func columnIndex(_ reference: String) -> Int {
        var index = 0
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65, scalar.value <= 90 else { break }
            index = index * 26 + Int(scalar.value - 64)
        }
        return max(index - 1, 0)
    }
}
