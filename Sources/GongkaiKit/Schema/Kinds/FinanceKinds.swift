enum FinanceKinds {
    static let notice = Kind(
        id: .financeNotice, label: "财务专项公开", category: .finance, fields: [], hasBody: true)

    private static let entry = FieldType.object([
        FieldSpec("date", "日期", .date),
        FieldSpec("voucher", "凭证号", .string()),
        FieldSpec("item", "摘要", .string()),
        .optional("category", "科目", .string()),
        FieldSpec("amount", "金额（元）", .money(positive: true)),
    ])

    static let statement = Kind(
        id: .financeStatement, label: "财务收支公开", category: .finance,
        fields: [
            FieldSpec("opening_balance", "期初余额（元）", .money(negative: true)),
            FieldSpec("income", "收入明细", .list(entry)),
            FieldSpec("expense", "支出明细", .list(entry)),
            FieldSpec("closing_balance", "期末余额（元）", .money(negative: true)),
        ],
        hasBody: true, period: [.month, .quarter])

    static let assets = Kind(
        id: .financeAssets, label: "集体资产公开", category: .finance,
        fields: [
            FieldSpec("as_of", "截止日期", .date),
            FieldSpec(
                "items", "资产明细",
                .list(
                    .object([
                        FieldSpec("name", "资产名称", .string()),
                        FieldSpec("category", "类别", .choice(["经营性", "非经营性"])),
                        FieldSpec("quantity", "数量", .number()),
                        FieldSpec("unit", "单位", .string()),
                        FieldSpec("value", "价值（元）", .money()),
                        FieldSpec("acquired", "购建期间", .period(Period.Granularity.allCases)),
                        FieldSpec("status", "状态", .choice(["自用", "出租", "承包", "闲置", "在建", "报废"])),
                        .optional("holder", "承租（包）方", .string()),
                        .optional("income", "年收益（元）", .money()),
                    ]), nonEmpty: true)),
            FieldSpec("total_value", "资产总值（元）", .money()),
        ],
        hasBody: true, widensForTables: true)

    static let resources = Kind(
        id: .financeResources, label: "集体资源公开", category: .finance,
        fields: [
            FieldSpec(
                "contracts", "资源发包合同",
                .list(
                    .object([
                        FieldSpec("resource", "资源名称", .string()),
                        FieldSpec("type", "类型", .choice(["耕地", "林地", "草地", "园地", "坑塘", "水面", "四荒地", "建设用地", "其他"])),
                        FieldSpec("area_mu", "面积（亩）", .number(positive: true)),
                        FieldSpec("holder", "承包方", .string()),
                        FieldSpec("start", "起始日期", .date),
                        FieldSpec("end", "终止日期", .date),
                        FieldSpec("annual_fee", "年承包费（元）", .money()),
                        FieldSpec("method", "发包方式", .choice(["公开竞价", "招标", "协商", "其他"])),
                    ]), nonEmpty: true))
        ],
        hasBody: true, widensForTables: true)

    static let all = [notice, statement, assets, resources]
}
