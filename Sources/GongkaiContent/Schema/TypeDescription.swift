import GongkaiCore

/// How a field type reads: in scaffolds and `gongkai schema` in Chinese (`hint`), in the
/// editor in the site's language (`hint(_:)`), from the one catalogue.
extension FieldType {
    public var hint: String { hint(Localizer(locale: .zhHans)) }

    /// In a site's language: the editor's hint beside a field.
    package func hint(_ w: Localizer) -> String {
        switch self {
        case .string(let max): return max.map { w.t("文字，不超过 {maximum} 字", $0) } ?? w.t("文字")
        case .text: return w.t("文字，可多行")
        case .name: return w.t("姓名")
        case .publicPhone: return w.t("公开电话（可为手机号）")
        case .int(let minimum, let maximum): return w.t("整数，{minimum} 到 {maximum}", minimum, maximum)
        case .number(let positive): return positive ? w.t("大于 0 的数") : w.t("非负数")
        case .bool: return w.t("true 或 false")
        case .date: return w.t("日期 YYYY-MM-DD")
        case .month: return w.t("月份 YYYY-MM")
        case .period(let allowed):
            let forms = allowed.map { granularity -> String in
                switch granularity {
                case .year: return "YYYY"
                case .quarter: return "YYYY-Qn"
                case .month: return "YYYY-MM"
                }
            }
            return w.t("期间 {period}", forms.joined(separator: w.t(" 或 ")))
        case .money(let negative, let positive):
            switch (negative, positive) {
            case (true, _): return w.t("金额（元），最多两位小数，可为负数")
            case (false, true): return w.t("金额（元），最多两位小数，大于 0")
            case (false, false): return w.t("金额（元），最多两位小数")
            }
        case .choice(let options): return w.t("可选：{options}", w.list(options))
        case .list(let inner, let nonEmpty):
            guard inner.isScalar else { return nonEmpty ? w.t("至少一项的列表") : w.t("列表") }
            return nonEmpty ? w.t("至少一项的列表，每项为{hint}", inner.hint(w)) : w.t("列表，每项为{hint}", inner.hint(w))
        case .object: return w.t("映射")
        case .map(let inner): return w.t("项目: {hint}", inner.hint(w))
        case .url: return w.t("以 / 结尾的网址")
        case .locale: return w.t("zh-Hans、zh-Hant 或 en")
        case .kindID: return w.t("文档类型，如 finance.statement")
        case .any: return w.t("自由字段，不校验")
        }
    }
}
