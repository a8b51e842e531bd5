import GongkaiKit

/// The preview of an uploaded spreadsheet, above the form: which column of the file goes to
/// which field (a choice the user may change), then every row with where it goes and its
/// problems. 导入这些行 posts the file's cells again with the choices; nothing lands before.
struct ImportPreviewHTML {
    let page: EditorPage
    let preview: EditorPage.ImportPreview
    /// Rows shown in full; the rest are counted.
    static let shownRows = 300

    private var w: Localizer { page.w }

    func html() -> String {
        let specs = page.draft.specs
        let columns = TablePaste.tableColumns(preview.table, specs) ?? []
        let tableLabel = specs.first { $0.key == preview.table }.map { w.t($0.label) } ?? preview.table
        let plan = preview.plan
        let placed = plan.rows.filter { $0.leftOut == nil }.count
        var out = "<section class=\"notice import-preview\" id=\"import-preview\" aria-labelledby=\"import-title\">"
        out += "<h2 id=\"import-title\">"
        out +=
            Html.text(w.t("导入预览：{filename}（{count} 行，可放入 {placed} 行）", preview.filename, plan.rows.count, placed))
            + "</h2>"
        out += "<p>" + Html.text(w.t("下面是文件的各列将放入{tableLabel}的哪个字段，以及每一行；可以改某一列放入的字段。", tableLabel))
        out += Html.text(w.t("按“导入这些行”后放入表格，保存前不会写入。")) + "</p>"
        out += mappingHTML(columns)
        out += rowsHTML(columns)
        // Above the form, so its fields name the form they belong to.
        out += "<textarea hidden form=\"editor\" name=\"\(Html.attr("_import_cells." + preview.table))\">"
        out += Html.text(SpreadsheetCells.text(preview.sheet)) + "</textarea>"
        out += "<button type=\"submit\" form=\"editor\" class=\"primary\" name=\"_action\" "
        out += "value=\"\(Html.attr("paste:" + preview.table))\">\(w.t("导入这些行"))</button></section>"
        return out
    }

    private func mappingHTML(_ columns: [FieldSpec]) -> String {
        guard !preview.plan.headers.isEmpty else {
            return "<p>" + Html.text(w.t("文件没有表头行：各列按顺序放入。")) + "</p>"
        }
        var choices: [(value: String, label: String)] = [("", w.t("不导入"))]
        choices += columns.map { ($0.key, w.t($0.label)) }
        // A statement's ledger columns: money in and money out go to the two tables' amounts.
        let ledgerTables = ["income", "expense"].filter { TablePaste.tableColumns($0, page.draft.specs) != nil }
        if ledgerTables.count == 2 {
            choices += ledgerTables.map { ($0 + ".amount", page.columnLabel($0 + ".amount", in: "")) }
        }
        let sample = preview.plan.rows.first { $0.leftOut == nil }?.source ?? []
        var out = "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(Html.attr(w.t("各列放入的字段")))\">"
        out += "<table class=\"import-columns\"><caption>\(w.t("各列放入的字段"))</caption><thead><tr>"
        out += "<th scope=\"col\">\(w.t("文件中的列"))</th><th scope=\"col\">\(w.t("放入"))</th>"
        out += "<th scope=\"col\">\(w.t("第一行的值"))</th></tr></thead><tbody>"
        for (index, header) in preview.plan.headers.enumerated() {
            let id = "column-\(index)"
            out += "<tr><th scope=\"row\"><label for=\"\(id)\">\(Html.text(header.header))</label></th><td>"
            out += "<select id=\"\(id)\" form=\"editor\" name=\"_column.\(index)\">"
            for choice in choices {
                let selected = choice.value == (header.column ?? "") ? " selected" : ""
                out += "<option value=\"\(Html.attr(choice.value))\"\(selected)>\(Html.text(choice.label))</option>"
            }
            out += "</select></td><td>\(Html.text(index < sample.count ? sample[index] : ""))</td></tr>"
        }
        return out + "</tbody></table></div>"
    }

    private func rowsHTML(_ columns: [FieldSpec]) -> String {
        let labels = Dictionary(columns.map { ($0.key, w.t($0.label)) }) { a, _ in a }
        let shown = columns.filter { column in preview.plan.rows.contains { $0.cells[column.key] != nil } }
        var out = "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(Html.attr(w.t("文件中的行")))\">"
        out += "<table class=\"import-rows\"><caption>\(w.t("文件中的行"))</caption><thead><tr>"
        out += "<th scope=\"col\">\(w.t("行"))</th>"
        for column in shown { out += "<th scope=\"col\">\(Html.text(labels[column.key] ?? column.key))</th>" }
        out += "<th scope=\"col\">\(w.t("放入"))</th><th scope=\"col\">\(w.t("问题"))</th></tr></thead><tbody>"
        for row in preview.plan.rows.prefix(Self.shownRows) {
            let problems = ImportProblem.of(row, columns: columns)
            out += "<tr\(problems.isEmpty ? "" : " class=\"invalid\"") id=\"import-row-\(row.line)\">"
            out += "<th scope=\"row\">\(row.line)</th>"
            for column in shown { out += "<td>\(Html.text(row.cells[column.key] ?? ""))</td>" }
            out += "<td>\(Html.text(destination(row)))</td><td>"
            out += Html.text(w.list(problems.map { words($0, labels) }))
            out += "</td></tr>"
        }
        out += "</tbody></table></div>"
        if preview.plan.rows.count > Self.shownRows {
            out += "<p>" + Html.text(w.t("另有 {shownRows} 行未列出", preview.plan.rows.count - Self.shownRows)) + "</p>"
        }
        if preview.plan.beyondLimit > 0 {
            out +=
                "<p>"
                + Html.text(
                    w.t("文件超过 {rowLimit} 行：其余 {beyondLimit} 行不导入", TablePaste.rowLimit, preview.plan.beyondLimit))
            out += "</p>"
        }
        return out
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
