import Foundation
import GongkaiContent
import GongkaiCore

/// Which column of a spreadsheet is which field of a table: by the field's label, or by the
/// words ledgers and lists use for it (a 明细账's 记账日期 and 凭证字号, a 民政 list's 户主 and
/// 家庭人口, a roll's 股数).
public enum ImportColumns {
    /// Other headers a column goes by, by the field's key.
    static let aliases: [String: [String]] = [
        "date": ["日期", "记账日期", "凭证日期", "业务日期", "发生日期"],
        "voucher": ["凭证号", "凭证字号", "凭证编号", "凭证", "字号"],
        "item": ["摘要", "事项", "内容", "项目"],
        "category": ["科目", "会计科目", "科目名称", "类别"],
        "amount": ["金额", "补贴金额", "发放金额", "救助金额", "应发金额", "实发金额", "分配金额"],
        "name": ["姓名", "户主", "户主姓名", "成员姓名", "名称"],
        "household_size": ["人口", "家庭人口", "家庭人数", "人口数", "户人口"],
        "persons": ["人数", "分配人数"],
        "units": ["股数", "人数", "股数或人数", "份数"],
        "area_mu": ["面积", "亩数", "面积亩"],
        "rate": ["标准", "单价", "补助标准"],
        "standard": ["标准", "月标准", "缴纳标准"],
        "per_person": ["每人", "人均", "标准"],
        "per_unit": ["每股", "每股或每人", "标准", "单价"],
        "id": ["身份证号", "身份证号码", "公民身份号码", "证件号码"],
        "phone": ["电话", "联系电话", "手机", "手机号"],
        "program": ["救助项目", "项目"],
        "reason": ["原因", "事由", "救助原因", "理由"],
    ]

    /// The headers of a cash or bank ledger's two amount columns: money in, money out.
    static let moneyIn = ["借方", "借方金额", "收入", "收入金额", "收方"]
    static let moneyOut = ["贷方", "贷方金额", "支出", "支出金额", "付方"]

    /// A header as compared: no spaces, no `*`, no unit in brackets.
    static func normalized(_ header: String) -> String {
        var text = header.filter { !$0.isWhitespace && $0 != "*" }
        for unit in ["（元）", "(元)", "（亩）", "(亩)", "（天）", "(天)", "（人）", "(人)", "（元/单位）"] {
            text = text.replacingOccurrences(of: unit, with: "")
        }
        return text
    }

    /// The column each header names (nil where none does), each column taken once, the label
    /// before an alias.
    public static func match(_ headers: [String], columns: [FieldSpec]) -> [String?] {
        var taken: Set<String> = []
        var result = [String?](repeating: nil, count: headers.count)
        let names = headers.map(normalized)
        for pass in 0..<2 {
            for (index, header) in names.enumerated() where result[index] == nil && !header.isEmpty {
                let column = columns.first { column in
                    guard !taken.contains(column.key) else { return false }
                    if pass == 0 { return normalized(column.label) == header || column.key == header }
                    return (aliases[column.key] ?? []).map(normalized).contains(header)
                }
                if let column {
                    result[index] = column.key
                    taken.insert(column.key)
                }
            }
        }
        return result
    }

    /// Whether a row is headers rather than data: two of its cells name columns (one, for a
    /// table of one or two columns), or it names a ledger's money in and out.
    static func isHeader(_ row: [String], columns: [FieldSpec], ledgers: Bool) -> Bool {
        let matched = match(row, columns: columns).compactMap { $0 }.count
        return matched >= min(2, columns.count) || (ledgers && ledgerColumns(row) != nil)
    }

    /// Whether a row holds only names of columns (or of a ledger's money) and nothing that is
    /// data: the second row of a two-row header.
    static func namesColumns(_ row: [String], columns: [FieldSpec]) -> Bool {
        let names = row.map(normalized).filter { !$0.isEmpty }
        guard !names.isEmpty else { return false }
        let known = Set(columns.flatMap { [normalized($0.label)] + (aliases[$0.key] ?? []).map(normalized) })
            .union(moneyIn).union(moneyOut).union(["余额", "方向", "借或贷"])
        return names.allSatisfy(known.contains)
    }

    /// The money-in and money-out columns of a ledger's header.
    static func ledgerColumns(_ headers: [String]) -> (in: Int, out: Int)? {
        let names = headers.map(normalized)
        guard let i = names.firstIndex(where: moneyIn.contains), let o = names.firstIndex(where: moneyOut.contains)
        else { return nil }
        return (i, o)
    }
}
