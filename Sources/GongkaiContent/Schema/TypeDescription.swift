import GongkaiCore

/// How a field type reads in scaffolds and `gongkai schema`, in Chinese.
extension FieldType {
    public var hint: String {
        switch self {
        case .string(let max): return max.map { "文字，不超过 \($0) 字" } ?? "文字"
        case .text: return "文字，可多行"
        case .name: return "姓名"
        case .publicPhone: return "公开电话（可为手机号）"
        case .int(let minimum, let maximum): return "整数，\(minimum) 到 \(maximum)"
        case .number(let positive): return positive ? "大于 0 的数" : "非负数"
        case .bool: return "true 或 false"
        case .date: return "日期 YYYY-MM-DD"
        case .month: return "月份 YYYY-MM"
        case .period(let allowed):
            return "期间 "
                + allowed.map { g in
                    switch g {
                    case .year: return "YYYY"
                    case .quarter: return "YYYY-Qn"
                    case .month: return "YYYY-MM"
                    }
                }.joined(separator: " 或 ")
        case .money(let negative, let positive):
            return "金额（元），最多两位小数" + (negative ? "，可为负数" : "") + (positive ? "，大于 0" : "")
        case .choice(let options): return "可选：" + options.joined(separator: "、")
        case .list(let inner, let nonEmpty):
            return (nonEmpty ? "至少一项的列表" : "列表") + (inner.isScalar ? "，每项为\(inner.hint)" : "")
        case .object: return "映射"
        case .map(let inner): return "项目: \(inner.hint)"
        case .url: return "以 / 结尾的网址"
        case .locale: return "zh-Hans、zh-Hant 或 en"
        case .kindID: return "文档类型，如 finance.statement"
        case .any: return "自由字段，不校验"
        }
    }
}
