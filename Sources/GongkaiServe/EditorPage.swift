import Foundation
import GongkaiKit

/// The editor's form for one document, generated from its kind's fields (spec §11): a `<label
/// for>` for every field, required ones marked, the hint beside it, a widget by type, tables
/// for lists of records, fieldsets for objects; each problem beside its field and in a summary.
struct EditorPage {
    /// What the page says above the form.
    enum Notice {
        /// An action done: 已保存为草稿, 已提交村务监督委员会审核, 已公开…
        case done(String, commit: String?, pageURL: String?)
        case unchanged
        case refused(errors: Int)
        case needsRevision
        case conflict(EditorConflict)
        case failed(String)
        case checked
        /// Rows pasted from a spreadsheet, not yet saved.
        case pasted(TablePaste.Outcome)
        /// A spreadsheet uploaded: what would land where, before anything does.
        case importPreview(ImportPreview)
    }

    /// An uploaded spreadsheet as the preview shows it.
    struct ImportPreview {
        var filename: String
        var table: String
        var sheet: [[String]]
        var plan: TablePaste.Plan
    }

    let draft: EditorDraft
    let check: EditorCheck?
    let notice: Notice?
    let csrf: String
    let villageName: String
    let supervisors: [String]
    /// The file on disk is a notice published before today: a change needs a 修订说明.
    let askRevision: Bool
    let message: String
    let revisionNote: String
    /// Where the document stands and the steps this user may take (the 审核与发布 box).
    var box: ReviewBox? = nil
    /// The village's other documents' titles by path, to name them in what a change does to them.
    var titles: [String: String] = [:]
    /// With accounts the sign-off is an act (审核通过), not typing: `reviewed` is shown, not edited.
    var signOffReadOnly = false
    /// Whether the user may change this file: without it the document is shown as a read-only
    /// sheet (a supervisor; a secretary while it waits for its sign-off).
    var mayWrite = true
    /// Who the page is for (the account bar).
    var may = Permissions(identity: nil)

    /// The 审核与发布 box at the top of the page.
    struct ReviewBox {
        var state: String
        var waiting: String?
        var returnedReason: String?
        var steps: [ReviewFlow.Step]
        /// 退回 pressed without a reason.
        var reasonProblem: String?
    }

    /// The site's language.
    var w: Localizer { may.words }

    private var problems: [String: [EditorCheck.Problem]] {
        Dictionary(grouping: check?.problems ?? [], by: { $0.field ?? "" })
    }

    func html() -> String {
        let heading =
            (draft.isProfile ? w.t("村情 · 两委 · 监委") : (draft.kind.map { w.t($0.label) } ?? ""))
            + (draft.isNew ? w.t("（新建）") : "")
        var hidden = [
            ("_csrf", csrf), ("_path", draft.path), ("_base", draft.baseHash), ("_kind", draft.kind?.id.rawValue ?? ""),
            ("_new", draft.isNew ? "1" : "0"),
        ]
        if case .conflict(let conflict) = notice { hidden.append(("_disk", conflict.diskHash)) }
        var fields = ""
        for spec in draft.specs where !["kind", "draft", "extra", "revisions"].contains(spec.key) {
            fields += field(spec, name: spec.key)
        }
        if let revisions = draft.specs.first(where: { $0.key == "revisions" }),
            draft.fields.contains(where: { $0.name.hasPrefix("revisions.") })
        {
            fields += field(revisions, name: "revisions")
        }
        let page = EditorDocumentPage.make(
            chrome: may.chrome(title: draft.isNew ? w.t("新建：{title}", draft.title) : w.t("编辑：{title}", draft.title)),
            ui: may.editorWords, heading: heading,
            villageDocuments: EditorLink.make(
                href: EditorRoutes.villageURL(draft.village), text: w.t("{villageName}的文档", villageName), note: ""),
            notice: noticeLine(), conflict: conflictBox(), pasted: pastedBox(),
            importPreview: importPreview.map { ImportPreviewModel(page: self, preview: $0).model() },
            review: reviewBox(),
            problems: check.flatMap(ownProblems),
            elsewhere: check.flatMap(elsewhere), action: EditorRoutes.postURL(draft.village), editable: mayWrite,
            hidden: hidden.map { EditorHidden.make(name: $0.0, value: $0.1) }, fields: fields,
            body: draft.isMarkdown && mayWrite ? body() : nil,
            readOnlyBody: draft.isMarkdown && !mayWrite ? readOnlyBody() : "", upload: !draft.isProfile && mayWrite,
            commit: mayWrite ? commit() : nil, buttons: buttons(),
            delete: !draft.isNew && !draft.isProfile && mayWrite
                ? EditorRoutes.deleteURL(village: draft.village, path: draft.path) : nil)
        return may.page(page, "editor-document")
    }

    // MARK: - Above the form

    /// The line above the form for what was just done (or refused).
    private func noticeLine() -> EditorNotice? {
        func line(_ tone: String?, _ text: String) -> EditorNotice {
            EditorNotice.make(
                tone: tone, role: tone == "bad" ? "alert" : "status", id: nil, commit: nil, text: text, link: nil)
        }
        switch notice {
        case .done(let words, let commit, let page)?:
            return EditorNotice.make(
                tone: "ok", role: "status", id: "done", commit: commit, text: words + w.t("。"),
                link: page.map { EditorLink.make(href: $0, text: w.t("在预览中查看"), note: "") })
        case .unchanged?: return line(nil, w.t("没有改动，文件未写入。"))
        case .checked?: return check?.problems.isEmpty ?? true ? line("ok", w.t("检查通过：没有发现问题。")) : nil
        case .refused(let errors)?:
            return line("bad", w.t("有 {errors} 个错误，未保存。这篇文档已经公开，公开的内容必须没有错误：请改正后再保存。", errors))
        case .needsRevision?:
            return line(
                "bad", w.t("这篇文档已经公开，修改后需要填写“本次修订说明”") + w.t("（会记入修订记录，村民可以看到）。请在下方填写后再保存。"))
        case .failed(let why)?: return line("bad", why)
        case .pasted?, .importPreview?, .conflict?, nil: return nil
        }
    }

    /// What differs between the form and the file changed since it was opened.
    private func conflictBox() -> EditorConflictBox? {
        guard case .conflict(let conflict) = notice else { return nil }
        return EditorConflictBox.make(
            deleted: conflict.deleted,
            differences: conflict.differences.map {
                EditorDifference.make(field: label(of: $0.field), onDisk: $0.onDisk, inForm: $0.inForm)
            },
            discard: EditorRoutes.documentURL(village: draft.village, path: draft.path))
    }

    private var importPreview: ImportPreview? {
        guard case .importPreview(let preview) = notice else { return nil }
        return preview
    }

    /// What a paste did: the rows placed in each table, which header went to which column,
    /// and the lines left out; nothing is saved yet.
    private func pastedBox() -> EditorPastedBox? {
        guard case .pasted(let outcome) = notice else { return nil }
        let labels = Dictionary(draft.specs.map { ($0.key, w.t($0.label)) }) { a, _ in a }
        var lines: [String] = []
        if outcome.placed.isEmpty { lines.append(w.t("粘贴的内容里没有可以放入表格的行。")) }
        for (table, count) in outcome.placed.sorted(by: { $0.key < $1.key }) {
            lines.append(w.t("已放入{table} {count} 行", labels[table] ?? table, count))
        }
        if !outcome.headers.isEmpty {
            let used = outcome.headers.compactMap { header, column in
                column.map { "\(header) → \(columnLabel($0, in: outcome.table))" }
            }
            let unused = outcome.headers.filter { $0.column == nil && !$0.header.isEmpty }.map(\.header)
            lines.append(w.t("按表头对应：{used}", w.list(used)))
            if !unused.isEmpty { lines.append(w.t("未用的列：{unused}", w.list(unused))) }
        }
        if outcome.totalsLeftOut > 0 {
            lines.append(w.t("没有放入 {totalsLeftOut} 个合计、承前页等汇总行", outcome.totalsLeftOut))
        }
        if outcome.outsidePeriod > 0 {
            let period = draft.value("period").flatMap(Period.init(iso:)).map(w.period) ?? ""
            lines.append(w.t("没有放入 {outsidePeriod} 行不在本期（{period}）的记录", outcome.outsidePeriod, period))
        }
        return EditorPastedBox.make(lines: lines)
    }

    /// `amount` of a table, or `expense.amount` of another, as a person reads it.
    func columnLabel(_ column: String, in table: String) -> String {
        let parts = column.split(separator: ".").map(String.init)
        let (owner, key) = parts.count == 2 ? (parts[0], parts[1]) : (table, column)
        let label = TablePaste.tableColumns(owner, draft.specs)?.first { $0.key == key }.map { w.t($0.label) } ?? key
        guard owner != table, let tableSpec = draft.specs.first(where: { $0.key == owner }) else { return label }
        return w.t(tableSpec.label) + " · " + label
    }

    /// Under each table: cells copied from a spreadsheet pasted in a box, for the page without
    /// script (the script sends a paste into a cell through the same box and button), or a file.
    private func pasteBox(_ name: String, label: String) -> String {
        may.page(
            EditorPasteBox.make(ui: may.editorWords, table: name, label: w.t("粘贴到{label}的单元格", label)),
            "editor-paste-box")
    }

    /// What the change would do to the village's other files, each with a link to open it.
    private func elsewhere(_ check: EditorCheck) -> EditorCheckSummary? {
        guard !check.elsewhere.isEmpty else { return nil }
        return EditorCheckSummary.make(
            heading: w.t("这次修改会让本村其他文档出现 {count} 个问题", check.elsewhere.count), draftHint: false,
            items: check.elsewhere.map { d in
                EditorCheckItem.make(
                    severity: d.severity.rawValue,
                    href: EditorRoutes.documentURL(village: draft.village, path: d.location.file),
                    place: w.t("{place} 第 {number} 行", titles[d.location.file] ?? w.t("本村另一篇文档"), d.location.line),
                    message: d.message, code: d.code.rawValue)
            })
    }

    private func ownProblems(_ check: EditorCheck) -> EditorCheckSummary? {
        guard !check.problems.isEmpty else { return nil }
        return EditorCheckSummary.make(
            heading: w.t("检查发现 {errorCount} 个错误、{warningCount} 个警告", check.errorCount, check.warningCount),
            draftHint: check.errorCount > 0 && draft.value("draft") == "true",
            items: check.problems.map { problem in
                EditorCheckItem.make(
                    severity: problem.diagnostic.severity.rawValue, href: problem.field.map { "#" + anchor(for: $0) },
                    place: problem.field.map(label(of:)), message: problem.diagnostic.message,
                    code: problem.diagnostic.code.rawValue)
            })
    }

    // MARK: - Fields

    private func field(_ spec: FieldSpec, name: String) -> String {
        if !mayWrite { return readOnly(spec, name: name) }
        switch spec.type {
        case .list(.object(let inner), _): return table(spec, name: name, columns: inner)
        case .object where name == "reviewed" && signOffReadOnly:
            let date = draft.value("reviewed.date") ?? ""
            let by = draft.fields.filter { $0.name == "reviewed.by" }.map(\.value).joined(separator: w.t("、"))
            var out =
                "<fieldset class=\"group\" id=\"\(Html.attr(Self.id(name)))\"><legend>\(Html.text(w.t(spec.label)))"
            out += "</legend>" + problemsHTML(name)
            out +=
                date.isEmpty
                ? "<p>\(w.t("尚未审核。"))</p>" : "<p>\(w.t("{date}，{by} 审核通过。", Html.text(date), Html.text(by)))</p>"
            out += "<p class=\"hint\">\(w.t("由本村村务监督委员会成员登录后在“审核与发布”中按“审核通过”填写，不能在此输入。"))</p>"
            return out + "</fieldset>"
        case .object(let inner):
            var out =
                "<fieldset class=\"group\" id=\"\(Html.attr(Self.id(name)))\"><legend>\(Html.text(w.t(spec.label)))"
            out += required(spec) + "</legend>" + problemsHTML(name)
            for inner in inner { out += field(inner, name: name + "." + inner.key) }
            return out + "</fieldset>"
        case .list(.name, _) where name == "reviewed.by":
            return reviewers(spec, name: name)
        case .list(let element, _):
            return repeated(spec, name: name, element: element)
        case .map(let element):
            return map(spec, name: name, element: element)
        case .any:
            return ""
        default:
            let id = Self.id(name)
            let problems = self.problems[name] ?? []
            var out = "<div class=\"field\(problems.isEmpty ? "" : " invalid")\">"
            out += "<label for=\"\(Html.attr(id))\">\(Html.text(w.t(spec.label)))\(required(spec))</label>"
            out += input(
                spec.type, name: name, id: id, value: draft.value(name) ?? "",
                describedBy: describedBy(name, hint: true), invalid: !problems.isEmpty, required: spec.required)
            out += "<p class=\"hint\" id=\"\(Html.attr("h-" + id))\">\(Html.text(plainHint(spec.type.hint(w))))</p>"
            out += extras(name)
            out += problemsHTML(name)
            return out + "</div>"
        }
    }

    private func required(_ spec: FieldSpec) -> String {
        spec.required
            ? "<span class=\"req\" aria-hidden=\"true\"> *</span><span class=\"visually-hidden\">\(w.t("（必填）"))</span>"
            : ""
    }

    private func describedBy(_ name: String, hint: Bool) -> String {
        let id = Self.id(name)
        var ids: [String] = hint ? ["h-" + id] : []
        if problems[name] != nil { ids.append("e-" + id) }
        return ids.joined(separator: " ")
    }

    private func input(
        _ type: FieldType, name: String, id: String, value: String, describedBy: String, invalid: Bool, required: Bool
    ) -> String {
        var attributes = "id=\"\(Html.attr(id))\" name=\"\(Html.attr(name))\""
        if !describedBy.isEmpty { attributes += " aria-describedby=\"\(Html.attr(describedBy))\"" }
        if invalid { attributes += " aria-invalid=\"true\"" }
        if required { attributes += " aria-required=\"true\"" }
        let v = Html.attr(value)
        switch type {
        case .text:
            return "<textarea \(attributes) rows=\"3\">\(Html.text(value))</textarea>"
        case .choice(let options):
            var out =
                "<select \(attributes)><option value=\"\"\(value.isEmpty ? " selected" : "")>\(w.t("（请选择）"))</option>"
            for option in options + (options.contains(value) || value.isEmpty ? [] : [value]) {
                out +=
                    "<option value=\"\(Html.attr(option))\"\(option == value ? " selected" : "")>"
                    + "\(Html.text(choiceLabel(option)))</option>"
            }
            return out + "</select>"
        case .bool:
            var out = "<select \(attributes)>"
            for (option, label) in [("", w.t("（未填）")), ("true", w.t("是")), ("false", w.t("否"))] {
                out += "<option value=\"\(option)\"\(option == value ? " selected" : "")>\(label)</option>"
            }
            return out + "</select>"
        case .date:
            return "<input type=\"date\" \(attributes) value=\"\(v)\">"
        case .month:
            return "<input type=\"month\" \(attributes) value=\"\(v)\">"
        case .money:
            return
                "<input type=\"text\" inputmode=\"decimal\" class=\"money\" \(attributes) value=\"\(v)\" autocomplete"
                + "=\"off\">"
        case .int:
            return
                "<input type=\"text\" inputmode=\"numeric\" class=\"number\" \(attributes) value=\"\(v)\" autocomplete"
                + "=\"off\">"
        case .number:
            return
                "<input type=\"text\" inputmode=\"decimal\" class=\"number\" \(attributes) value=\"\(v)\" autocomplete"
                + "=\"off\">"
        case .publicPhone:
            return "<input type=\"tel\" \(attributes) value=\"\(v)\">"
        case .url:
            return "<input type=\"url\" \(attributes) value=\"\(v)\">"
        case .string(let max):
            return "<input type=\"text\" \(attributes) value=\"\(v)\"\(max.map { " maxlength=\"\($0 * 2)\"" } ?? "")>"
        default:
            return "<input type=\"text\" \(attributes) value=\"\(v)\">"
        }
    }

    /// What the totals script shows beside a field: the closing balance the entries imply.
    private func extras(_ name: String) -> String {
        guard name == "closing_balance", draft.kind?.id == .financeStatement else { return "" }
        return "<p class=\"implied\" aria-live=\"polite\">\(w.t("按明细计算："))<output data-implied=\"closing\" "
            + "for=\"f-opening_balance\">—</output> \(w.t("元（期初余额 + 收入合计 − 支出合计）"))</p>"
    }

    private func problemsHTML(_ name: String) -> String {
        guard let list = problems[name], !list.isEmpty else { return "" }
        var out = "<div class=\"problems\" id=\"\(Html.attr("e-" + Self.id(name)))\">"
        for problem in list {
            let d = problem.diagnostic
            out +=
                "<p class=\"\(d.severity.rawValue)\">\(Html.text(d.message))"
                + " <span class=\"code\">\(Html.text(d.code.rawValue))</span></p>"
        }
        return out + "</div>"
    }

    /// Rows of a table as posted (blank ones included), by row number.
    private func rowNumbers(_ name: String) -> [Int] {
        let prefix = name + "."
        return Set(
            draft.fields.compactMap { field -> Int? in
                guard field.name.hasPrefix(prefix) else { return nil }
                return Int(field.name.dropFirst(prefix.count).prefix { $0 != "." })
            }
        ).sorted()
    }

    private func table(_ spec: FieldSpec, name: String, columns specs: [FieldSpec]) -> String {
        let rows = rowNumbers(name)
        // A map column (points' scores) gets one column per key any row or the categories name.
        var columns: [(name: String, label: String, type: FieldType, required: Bool)] = []
        for column in specs {
            if case .map(let element) = column.type {
                var keys: [String] = draft.fields.compactMap { f -> String? in
                    guard f.name.hasPrefix("categories."), f.name.hasSuffix(".name") else { return nil }
                    return f.value
                }
                for row in rows {
                    let prefix = "\(name).\(row).\(column.key)."
                    for f in draft.fields where f.name.hasPrefix(prefix) {
                        let key = String(f.name.dropFirst(prefix.count))
                        if !keys.contains(key) { keys.append(key) }
                    }
                }
                columns += keys.filter { !$0.isEmpty }.map {
                    ("\(column.key).\($0)", w.t("{label}：{text}", column.label, $0), element, false)
                }
            } else {
                columns.append((column.key, column.label, column.type, column.required))
            }
        }
        let id = Self.id(name)
        var out = "<section class=\"table-field\" id=\"\(Html.attr(id))\" aria-labelledby=\"\(Html.attr("t-" + id))\">"
        out +=
            "<h2 class=\"table-title\" id=\"\(Html.attr("t-" + id))\">\(Html.text(w.t(spec.label)))\(required(spec))<"
            + "/h2>"
        out += "<p class=\"hint\">\(w.t("每行一项；空行不会保存。"))</p>" + problemsHTML(name)
        out +=
            "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label"
            + "=\"\(w.t("{label}（表格可左右滚动）", Html.attr(w.t(spec.label))))\">"
        out += "<table class=\"rows\" data-table=\"\(Html.attr(name))\"><thead><tr><th scope=\"col\">\(w.t("行"))</th>"
        for column in columns {
            out +=
                "<th scope=\"col\""
                + ">\(Html.text(w.t(column.label)))"
                + (column.required ? "<span class=\"req\" aria-hidden=\"true\"> *</span>" : "") + "</th>"
        }
        out += "<th scope=\"col\">\(w.t("操作"))</th></tr></thead><tbody>"
        for (index, row) in rows.enumerated() {
            out += rowHTML(
                table: w.t(spec.label), name: name, row: row, position: index + 1, count: rows.count, columns: columns)
        }
        out += "</tbody>"
        let sums = columns.filter { if case .money = $0.type { return true } else { return false } }
        if !sums.isEmpty {
            out += "<tfoot><tr><th scope=\"row\">\(w.t("合计"))</th>"
            for column in columns {
                if case .money = column.type {
                    out +=
                        "<td data-label=\"\(w.t("{label}合计", Html.attr(w.t(column.label))))\">"
                        + "<output data-sum=\"\(Html.attr(name + "." + column.name))\">—</output></td>"
                } else {
                    out += "<td class=\"empty\"></td>"
                }
            }
            out += "<td class=\"empty\"></td></tr></tfoot>"
        }
        out += "</table></div>"
        out += "<template data-row-template=\"\(Html.attr(name))\">"
        out += rowHTML(
            table: w.t(spec.label), name: name, row: 0, position: 0, count: 0, columns: columns, template: true)
        out += "</template>"
        out += "<button type=\"submit\" name=\"_action\" value=\"\(Html.attr("add:" + name))\" class=\"add-row\" "
        out += "data-add-row=\"\(Html.attr(name))\">\(w.t("新增一行"))</button>"
        out += pasteBox(name, label: w.t(spec.label))
        out += "</section>"
        return out
    }

    private func rowHTML(
        table label: String, name: String, row: Int, position: Int, count: Int,
        columns: [(name: String, label: String, type: FieldType, required: Bool)], template: Bool = false
    ) -> String {
        let rowName = template ? "\(name).__ROW__" : "\(name).\(row)"
        let rowProblems = problems[rowName] ?? []
        var out =
            "<tr\(rowProblems.isEmpty ? "" : " class=\"invalid\"")><th scope=\"row\" data-label=\"\(w.t("第"))\""
            + ">\(template ? w.t("新") : String(position))</th>"
        for column in columns {
            let cellName = rowName + "." + column.name
            let id = Self.id(cellName)
            let cellProblems = problems[cellName] ?? []
            out +=
                "<td data-label=\"\(Html.attr(w.t(column.label)))\"\(cellProblems.isEmpty ? "" : " class=\"invalid\"")>"
            // The template's row number is filled in by the script when it adds the row.
            let shownRow = template ? "__POS__" : String(position)
            let cellLabel = w.t("{table} 第 {row} 行 {column}", Html.text(label), shownRow, Html.text(w.t(column.label)))
            out += "<label class=\"visually-hidden\" for=\"\(Html.attr(id))\">\(cellLabel)</label>"
            out += input(
                column.type, name: cellName, id: id, value: template ? "" : draft.value(cellName) ?? "",
                describedBy: describedBy(cellName, hint: false), invalid: !cellProblems.isEmpty, required: false)
            out += problemsHTML(cellName) + "</td>"
        }
        out += "<td class=\"row-actions\" data-label=\"\(w.t("操作"))\">"
        if !template {
            out += "<button type=\"submit\" name=\"_action\" value=\"\(Html.attr("del:\(name):\(row)"))\" "
            out += "aria-label=\"\(w.t("删除第 {position} 行", position))\">\(w.t("删除"))</button>"
            if position > 1 {
                out += "<button type=\"submit\" name=\"_action\" value=\"\(Html.attr("up:\(name):\(row)"))\" "
                out += "aria-label=\"\(w.t("第 {position} 行上移", position))\">\(w.t("上移"))</button>"
            }
            if position < count {
                out += "<button type=\"submit\" name=\"_action\" value=\"\(Html.attr("down:\(name):\(row)"))\" "
                out += "aria-label=\"\(w.t("第 {position} 行下移", position))\">\(w.t("下移"))</button>"
            }
        }
        out += problemsHTML(rowName)
        return out + "</td></tr>"
    }

    /// Reviewer names: a choice of the village's supervisors (spec §11), and room for others.
    private func reviewers(_ spec: FieldSpec, name: String) -> String {
        let chosen = draft.fields.filter { $0.name == name }.map(\.value)
        let id = Self.id(name)
        var out =
            "<fieldset class=\"choices\" id"
            + "=\"\(Html.attr(id))\"\(problems[name] == nil ? "" : " aria-invalid=\"true\"")"
        out += " aria-describedby=\"\(Html.attr(describedBy(name, hint: true)))\">"
        out += "<legend>\(Html.text(w.t(spec.label)))\(required(spec))</legend>"
        for (index, supervisor) in supervisors.enumerated() {
            let boxID = "\(id)-\(index)"
            out +=
                "<div class=\"choice\"><input type=\"checkbox\" id=\"\(Html.attr(boxID))\" name=\"\(Html.attr(name))\" "
            out += "value=\"\(Html.attr(supervisor))\"\(chosen.contains(supervisor) ? " checked" : "")>"
            out += "<label for=\"\(Html.attr(boxID))\">\(Html.text(supervisor))</label></div>"
        }
        let others = chosen.filter { !supervisors.contains($0) }
        for (index, other) in (others + [""]).enumerated() {
            let otherID = "\(id)-other-\(index)"
            out += "<div class=\"field\"><label for=\"\(Html.attr(otherID))\">\(w.t("其他审核人"))</label>"
            out +=
                "<input type=\"text\" id=\"\(Html.attr(otherID))\" name=\"\(Html.attr(name))\" value"
                + "=\"\(Html.attr(other))\"></div>"
        }
        out += "<p class=\"hint\" id=\"\(Html.attr("h-" + id))\">\(w.t("勾选村务监督委员会成员（村情中登记的成员）"))</p>"
        return out + problemsHTML(name) + "</fieldset>"
    }

    private func repeated(_ spec: FieldSpec, name: String, element: FieldType) -> String {
        let values = draft.fields.filter { $0.name == name }.map(\.value)
        let id = Self.id(name)
        var out =
            "<fieldset class=\"group\" id=\"\(Html.attr(id))\"><legend>\(Html.text(w.t(spec.label)))\(required(spec))"
            + "</legen"
            + "d>"
        for (index, value) in (values + [""]).enumerated() {
            let itemID = "\(id)-\(index)"
            out +=
                "<div class=\"field\"><label for=\"\(Html.attr(itemID))\""
                + ">\(w.t("{label} 第 {index} 项", Html.text(w.t(spec.label)), index + 1))</la"
                + "bel>"
            out += input(
                element, name: name, id: itemID, value: value, describedBy: describedBy(name, hint: true),
                invalid: problems[name] != nil, required: false)
            out += "</div>"
        }
        out +=
            "<p class=\"hint\" id=\"\(Html.attr("h-" + id))\">\(w.t("{hint}；空项不会保存", Html.text(spec.type.hint(w))))</p>"
        return out + problemsHTML(name) + "</fieldset>"
    }

    private func map(_ spec: FieldSpec, name: String, element: FieldType) -> String {
        let id = Self.id(name)
        var out = "<fieldset class=\"group\" id=\"\(Html.attr(id))\"><legend>\(Html.text(w.t(spec.label)))</legend>"
        for field in draft.fields where field.name.hasPrefix(name + ".") {
            let key = String(field.name.dropFirst(name.count + 1))
            out += "<div class=\"field\"><label for=\"\(Html.attr(Self.id(field.name)))\">\(Html.text(key))</label>"
            out += input(
                element, name: field.name, id: Self.id(field.name), value: field.value, describedBy: "",
                invalid: problems[field.name] != nil, required: false)
            out += problemsHTML(field.name) + "</div>"
        }
        out += "<div class=\"field\"><label for=\"\(Html.attr(id + "-newkey"))\">\(w.t("新增一项：名称"))</label>"
        out +=
            "<input type=\"text\" id=\"\(Html.attr(id + "-newkey"))\" name=\"\(Html.attr("_mapkey." + name))\"></div>"
        out += "<div class=\"field\"><label for=\"\(Html.attr(id + "-newvalue"))\">\(w.t("新增一项：数值"))</label>"
        out +=
            "<input type=\"text\" id=\"\(Html.attr(id + "-newvalue"))\" name=\"\(Html.attr("_mapvalue." + name))\"></di"
            + "v>"
        return out + problemsHTML(name) + "</fieldset>"
    }

    private func body() -> EditorBody {
        let text = draft.body ?? ""
        return EditorBody.make(
            text: text, invalid: !(problems["body"] ?? []).isEmpty, problems: problemsHTML("body"),
            preview: Markdown.html(text))
    }

    private func commit() -> EditorCommit {
        let invalid: Bool = { if case .needsRevision = notice { return true } else { return false } }()
        return EditorCommit.make(
            askRevision: askRevision, revisionInvalid: invalid, revisionNote: revisionNote, message: message)
    }

    /// The actions, in a bar that stays on screen: 保存 and 检查 for whoever may change the
    /// document, then the steps of its way to publication that this user may take.
    private func buttons() -> [EditorButton] {
        var buttons: [EditorButton] = []
        let steps = box?.steps ?? []
        if mayWrite {
            buttons.append(EditorButton.make(action: "save", label: w.t("保存"), primary: steps.isEmpty))
            buttons.append(EditorButton.make(action: "check", label: w.t("检查"), primary: false))
        }
        for step in steps {
            buttons.append(
                EditorButton.make(
                    action: step.rawValue, label: step == .publish ? w.t("发布…") : w.t(step.label),
                    primary: step == .approve || step == .submit || step == .publish))
        }
        if case .conflict = notice, mayWrite {
            buttons.append(EditorButton.make(action: "overwrite", label: w.t("用我的版本覆盖"), primary: false))
        }
        return buttons
    }

    /// 审核与发布, at the top: where the document stands, who it waits for, the last 退回 reason,
    /// and the reason field when this user may send it back.
    private func reviewBox() -> EditorReviewBox? {
        guard let box else { return nil }
        return EditorReviewBox.make(
            state: w.t("状态：{state}", box.state), waiting: box.waiting,
            reason: box.returnedReason.flatMap { $0.isEmpty ? nil : w.t("退回原因：{reason}", $0) },
            mayReturn: box.steps.contains(.return), reasonProblem: box.reasonProblem)
    }

    // MARK: - Read-only

    /// A field as a sheet shows it: label and value, tables as tables; nothing to type in.
    private func readOnly(_ spec: FieldSpec, name: String) -> String {
        // The print layout is the secretary's concern, and says nothing when left to the kind.
        if name == "sheet" { return "" }
        switch spec.type {
        case .list(.object(let inner), _):
            let rows = rowNumbers(name)
            guard !rows.isEmpty else { return sheetLine(w.t(spec.label), w.t("（无）")) }
            let columns = inner.filter { if case .map = $0.type { return false } else { return true } }
            var out =
                "<section class=\"table-field readonly\"><h2 class=\"table-title\">\(Html.text(w.t(spec.label)))</h2>"
            out += "<div class=\"scroll\"><table class=\"rows\"><thead><tr><th scope=\"col\">\(w.t("行"))</th>"
            for column in columns { out += "<th scope=\"col\">\(Html.text(w.t(column.label)))</th>" }
            out += "</tr></thead><tbody>"
            for (index, row) in rows.enumerated() {
                out += "<tr><th scope=\"row\" data-label=\"\(w.t("第"))\">\(index + 1)</th>"
                for column in columns {
                    let value = draft.value("\(name).\(row).\(column.key)") ?? ""
                    out += "<td data-label=\"\(Html.attr(w.t(column.label)))\">\(Html.text(value))</td>"
                }
                out += "</tr>"
            }
            return out + "</tbody></table></div>" + problemsHTML(name) + "</section>"
        case .object(let inner):
            var out = "<fieldset class=\"group readonly\"><legend>\(Html.text(w.t(spec.label)))</legend>"
            if name == "reviewed", draft.value("reviewed.date") == nil {
                out += "<p>\(w.t("尚未审核。"))</p>"
            } else {
                for inner in inner { out += readOnly(inner, name: name + "." + inner.key) }
            }
            return out + problemsHTML(name) + "</fieldset>"
        case .list:
            let values = draft.fields.filter { $0.name == name }.map(\.value).filter { !$0.isEmpty }
            return sheetLine(w.t(spec.label), values.joined(separator: w.t("、")), name: name)
        case .map:
            let values = draft.fields.filter { $0.name.hasPrefix(name + ".") }.map {
                w.t("{label}：{text}", $0.name.dropFirst(name.count + 1), $0.value)
            }
            return sheetLine(w.t(spec.label), values.joined(separator: w.t("；")), name: name)
        case .any:
            return ""
        case .bool:
            let value = draft.value(name)
            return sheetLine(w.t(spec.label), value == "true" ? w.t("是") : value == "false" ? w.t("否") : "", name: name)
        default:
            return sheetLine(w.t(spec.label), choiceLabel(draft.value(name) ?? ""), name: name)
        }
    }

    private func sheetLine(_ label: String, _ value: String, name: String? = nil) -> String {
        "<div class=\"field readonly\"><span class=\"label\">\(Html.text(label))</span> "
            + "<span class=\"value\">\(value.isEmpty ? "—" : Html.text(value))</span>"
            + (name.map(problemsHTML) ?? "") + "</div>"
    }

    private func readOnlyBody() -> String {
        "<section class=\"preview\" aria-label=\"\(w.t("正文"))\"><h2>\(w.t("正文"))</h2><div class=\"rendered\">"
            + Markdown.html(draft.body ?? "") + "</div></section>"
    }

    // MARK: - Names

    /// A choice as a secretary reads it: the print layout's English values in Chinese.
    func choiceLabel(_ option: String) -> String {
        ["portrait": w.t("竖版"), "landscape": w.t("横版")][option] ?? w.t(option)
    }

    func plainHint(_ hint: String) -> String {
        hint.replacingOccurrences(of: "portrait", with: w.t("竖版")).replacingOccurrences(
            of: "landscape", with: w.t("横版"))
    }

    static func id(_ name: String) -> String { "f-" + name }

    private func anchor(for field: String) -> String { Self.id(field) }

    /// A field's name as a person reads it: `收入明细 第 2 行 · 金额（元）`.
    func label(of field: String) -> String {
        if field == "body" { return w.t("正文") }
        var specs = draft.specs
        var words: [String] = []
        var parts = field.split(separator: ".").map(String.init)[...]
        while let part = parts.popFirst() {
            guard let spec = specs.first(where: { $0.key == part }) else {
                words.append(part)
                continue
            }
            words.append(w.t(spec.label))
            switch spec.type {
            case .list(.object(let inner), _):
                if let row = parts.popFirst() { words.append(w.t("第 {row} 行", row)) }
                specs = inner
            case .object(let inner): specs = inner
            default: specs = []
            }
        }
        return words.joined(separator: " · ")
    }
}
