import Foundation
import GongkaiContent
import GongkaiCore

/// Lays a notice's data out the way a board shows it: single values as facts, nested
/// mappings as groups, lists of text as lists, lists of records as tables with money totals.
package enum NoticeContentBuilder {
    /// Common fields shown elsewhere on the page (heading, dates, attachments, history).
    static let metaKeys: Set<String> = [
        "kind", "title", "published", "period", "notice_until", "revisions", "attachments", "draft", "sheet", "extra",
    ]

    package static func build(_ document: Document, bodyHTML: String?, context: PresentationContext) -> NoticeContent {
        var content = NoticeContent(bodyHTML: bodyHTML)
        let words = context.words
        let values = ValueText(words)
        let specs = document.kind.allFields.filter { !metaKeys.contains($0.key) }
        for spec in specs {
            guard let value = document.data[spec.key] else { continue }
            switch spec.type {
            case .object(let fields):
                guard let record = value.record else { continue }
                content.groups.append(
                    FactGroup(
                        key: spec.key, label: words.t(spec.label),
                        facts: fields.compactMap { field in record[field.key].map { values.fact(field, $0) } }))
            case .list(.object(let fields), _):
                var t = table(spec, value.list ?? [], fields, words: words)
                t.csvHref = "\(spec.key).csv"
                content.tables.append(t)
            case .list:
                content.lists.append(
                    TextList(key: spec.key, label: words.t(spec.label), items: (value.list ?? []).map(values.text)))
            default:
                content.facts.append(values.fact(spec, value))
            }
        }
        KindPresentation.decorate(&content, document, context)
        return content
    }

    /// `金额（元）` → `金额`: the unit is written after the amount.
    private static func unitless(_ label: String, _ words: Localizer) -> String {
        label.replacingOccurrences(of: words.t("（元）"), with: "")
    }

    package static func table(_ field: FieldSpec, _ items: [Value], _ fields: [FieldSpec], words: Localizer)
        -> DataTable
    {
        let values = ValueText(words)
        let caption = words.t(field.label)
        let labels = fields.map { words.t($0.label) }
        let moneyColumns = fields.map { spec -> Bool in
            if case .money = spec.type { return true }
            return false
        }
        let numericColumns = fields.map { spec -> Bool in
            switch spec.type {
            case .money, .int, .number: return true
            default: return false
            }
        }
        var sums = [Money](repeating: .zero, count: fields.count)
        var rows: [TableRow] = []
        for item in items {
            guard let record = item.record else { continue }
            var cells: [TableCell] = []
            for (i, spec) in fields.enumerated() {
                let value = record[spec.key]
                if let money = value?.money { sums[i] = sums[i] + money }
                var cell = TableCell(
                    text: value.map { values.text($0, spec) } ?? "", numeric: numericColumns[i], label: labels[i])
                if case .date = spec.type { cell.nowrap = true }
                cells.append(cell)
            }
            rows.append(TableRow(index: rows.count + 1, cells: cells, flag: nil))
        }
        var footer: TableFooter?
        var totals: [TotalLine] = []
        if moneyColumns.contains(true) && !rows.isEmpty {
            var cells = fields.indices.map { i in
                moneyColumns[i]
                    ? TableCell(text: sums[i].formatted, numeric: true, label: labels[i])
                    : TableCell(text: "", numeric: false, label: "")
            }
            if !moneyColumns[0] { cells[0] = TableCell(text: words.t("合计"), numeric: false, label: "") }
            footer = TableFooter(cells: cells)
            let summed = fields.indices.filter { moneyColumns[$0] }
            totals = summed.map { i in
                let label = summed.count == 1 ? caption : unitless(labels[i], words)
                return TotalLine(label: words.t("{label}合计", label), amount: sums[i].formatted, words: sums[i].inWords)
            }
        }
        return DataTable(
            key: field.key, caption: caption, indexLabel: words.t("序号"), csvHref: nil,
            columns: labels.indices.map { TableColumn(label: labels[$0], numeric: numericColumns[$0]) },
            rows: rows, footer: footer, totals: totals, words: words)
    }
}

extension DataTable {
    /// A table with its row count worded beside its caption and under it.
    package init(
        key: String, caption: String, indexLabel: String, csvHref: String?, columns: [TableColumn], rows: [TableRow],
        footer: TableFooter?, totals: [TotalLine], words: Localizer
    ) {
        self.init(
            key: key, caption: caption, indexLabel: indexLabel, csvHref: csvHref, columns: columns, rows: rows,
            rowCount: rows.count, countText: words.t("共 {rowCount} 项", rows.count),
            endText: words.t("以上共 {count} 项。", rows.count), footer: footer, totals: totals)
    }
}
