import GongkaiKit

/// The preview of an uploaded spreadsheet, above the form (`editor-import-preview`): which
/// column of the file goes to which field (a choice the user may change), then every row with
/// where it goes and its problems. 导入这些行 posts the file's cells again with the choices;
/// nothing lands before.
struct ImportPreviewModel {
    let page: EditorPage
    let preview: EditorPage.ImportPreview
    /// Rows shown in full; the rest are counted.
    static let shownRows = 300

    private var w: Localizer { page.w }

    func model() -> EditorImportPreview {
        let specs = page.draft.specs
        let columns = TablePaste.tableColumns(preview.table, specs) ?? []
        let tableLabel = specs.first { $0.key == preview.table }.map { w.t($0.label) } ?? preview.table
        let plan = preview.plan
        let placed = plan.rows.filter { $0.leftOut == nil }.count
        let labels = Dictionary(columns.map { ($0.key, w.t($0.label)) }) { a, _ in a }
        let shown = columns.filter { column in plan.rows.contains { $0.cells[column.key] != nil } }
        return EditorImportPreview.make(
            heading: w.t("导入预览：{filename}（{count} 行，可放入 {placed} 行）", preview.filename, plan.rows.count, placed),
            about: w.t("下面是文件的各列将放入{tableLabel}的哪个字段，以及每一行；可以改某一列放入的字段。", tableLabel),
            hasHeaders: !plan.headers.isEmpty, columns: mapping(columns),
            shownColumns: shown.map { labels[$0.key] ?? $0.key },
            rows: plan.rows.prefix(Self.shownRows).map { row in
                let problems = ImportProblem.of(row, columns: columns)
                return EditorImportRow.make(
                    line: row.line, invalid: !problems.isEmpty, cells: shown.map { row.cells[$0.key] ?? "" },
                    destination: destination(row), problems: w.list(problems.map { words($0, labels) }))
            },
            more: plan.rows.count > Self.shownRows
                ? w.t("另有 {shownRows} 行未列出", plan.rows.count - Self.shownRows) : nil,
            beyond: plan.beyondLimit > 0
                ? w.t("文件超过 {rowLimit} 行：其余 {beyondLimit} 行不导入", TablePaste.rowLimit, plan.beyondLimit) : nil,
            cellsName: "_import_cells." + preview.table, cells: SpreadsheetCells.text(preview.sheet),
            action: "paste:" + preview.table)
    }

    /// Each column of the file and the field it goes to, with every field it may go to instead.
    private func mapping(_ columns: [FieldSpec]) -> [EditorImportColumn] {
        var choices: [(value: String, label: String)] = [("", w.t("不导入"))]
        choices += columns.map { ($0.key, w.t($0.label)) }
        // A statement's ledger columns: money in and money out go to the two tables' amounts.
        let ledgerTables = ["income", "expense"].filter { TablePaste.tableColumns($0, page.draft.specs) != nil }
        if ledgerTables.count == 2 {
            choices += ledgerTables.map { ($0 + ".amount", page.columnLabel($0 + ".amount", in: "")) }
        }
        let sample = preview.plan.rows.first { $0.leftOut == nil }?.source ?? []
        return preview.plan.headers.enumerated().map { index, header in
            EditorImportColumn.make(
                id: "column-\(index)", name: "_column.\(index)", header: header.header,
                options: choices.map {
                    EditorOption.make(value: $0.value, label: $0.label, selected: $0.value == (header.column ?? ""))
                },
                sample: index < sample.count ? sample[index] : "")
        }
    }

    private func destination(_ row: TablePaste.Plan.Row) -> String {
        switch row.leftOut {
        case .summary?: return w.t("不导入：合计、承前页等汇总行")
        case .outsidePeriod?: return w.t("不导入：不在本期")
        case nil:
            return row.table.flatMap { table in page.draft.specs.first { $0.key == table } }.map { w.t($0.label) } ?? ""
        }
    }

    private func words(_ problem: ImportProblem, _ labels: [String: String]) -> String {
        switch problem {
        case .notADate(let column, let value): return w.t("{column}“{text}”不是日期", labels[column] ?? column, value)
        case .notAnAmount(let column, let value): return w.t("{column}“{text}”不是金额", labels[column] ?? column, value)
        case .tooManyDecimals(let column, let value):
            return w.t("{column}“{text}”超过两位小数", labels[column] ?? column, value)
        case .personalNumber(let column):
            return w.t("{column}里有未隐去的身份证号、手机号或银行卡号，会被公开", labels[column] ?? column)
        }
    }
}
