import GongkaiCore

package enum FinanceKinds {
    package static let notice = Kind(
        id: .financeNotice, label: "财务专项公开", category: .finance, fields: [], hasBody: true)

    private static let entry = FieldType.object([
        FieldSpec("date", "日期", .date),
        FieldSpec("voucher", "凭证号", .string()),
        FieldSpec("item", "摘要", .string()),
        .optional("category", "科目", .string()),
        FieldSpec("amount", "金额（元）", .money(positive: true)),
    ])

    package static let statement = Kind(
        id: .financeStatement, label: "财务收支公开", category: .finance,
        fields: [
            FieldSpec("opening_balance", "期初余额（元）", .money(negative: true)),
            FieldSpec("income", "收入明细", .list(entry)),
            FieldSpec("expense", "支出明细", .list(entry)),
            FieldSpec("closing_balance", "期末余额（元）", .money(negative: true)),
        ],
        hasBody: true, period: [.month, .quarter])

    package static let assets = Kind(
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

    package static let resources = Kind(
        id: .financeResources, label: "集体资源公开", category: .finance,
        fields: [
            FieldSpec(
                "contracts", "资源发包合同",
                .list(
                    .object([
                        FieldSpec("resource", "资源名称", .string()),
                        FieldSpec("type", "类型", .choice(landTypes)),
                        FieldSpec("area_mu", "面积（亩）", .number(positive: true)),
                        FieldSpec("holder", "承包方", .string()),
                        FieldSpec("start", "起始日期", .date),
                        FieldSpec("end", "终止日期", .date),
                        FieldSpec("annual_fee", "年承包费（元）", .money()),
                        FieldSpec("method", "发包方式", .choice(["公开竞价", "招标", "协商", "其他"])),
                        .optional("member", "本集体成员承包", .bool),
                        .optional(
                            "approval", "村民会议同意（外来承包）",
                            .object([
                                FieldSpec("date", "日期", .date), FieldSpec("expected", "应到人数", .int()),
                                FieldSpec("present", "实到人数", .int()), FieldSpec("for", "同意", .int()),
                            ])),
                        .optional("fee_due", "本年应收（元）", .money()),
                        .optional("fee_received", "本年实收（元）", .money()),
                    ]), nonEmpty: true))
        ],
        hasBody: true, widensForTables: true)

    static let landTypes = ["耕地", "林地", "草地", "园地", "坑塘", "水面", "四荒地", "建设用地", "其他"]

    private static func claim(_ party: String, _ partyLabel: String, decision: Bool) -> FieldType {
        .object(
            [
                FieldSpec(party, partyLabel, .string()),
                FieldSpec("type", "类别", .choice(["单位", "个人"])),
                FieldSpec("arose", "发生日期", .date),
                FieldSpec("reason", "事由", .string()),
                FieldSpec("amount", "金额（元）", .money(positive: true)),
                .optional("due", "约定归还日期", .date),
            ] + (decision ? [.optional("decision", "举债决议", .string())] : []))
    }

    package static let debts = Kind(
        id: .financeDebts, label: "债权债务公开", category: .finance,
        fields: [
            FieldSpec("receivables", "债权（应收款）", .list(claim("debtor", "债务人", decision: false))),
            FieldSpec("payables", "债务（应付款）", .list(claim("creditor", "债权人", decision: true))),
            FieldSpec("total_receivable", "债权合计（元）", .money()),
            FieldSpec("total_payable", "债务合计（元）", .money()),
        ],
        hasBody: true, period: [.quarter, .year, .month], widensForTables: true)

    private static let line = FieldType.object([
        FieldSpec("item", "项目", .string()), FieldSpec("amount", "金额（元）", .money()),
    ])

    package static let distribution = Kind(
        id: .financeDistribution, label: "收益分配公开", category: .finance,
        fields: [
            FieldSpec("income", "本年收入", .list(line)),
            FieldSpec("expense", "本年支出", .list(line)),
            FieldSpec("net_income", "本年收益（元）", .money(negative: true)),
            FieldSpec("brought_forward", "年初未分配（元）", .money(negative: true)),
            FieldSpec("distributable", "可分配收益（元）", .money(negative: true)),
            FieldSpec("reserve", "提取公积公益金（元）", .money()),
            FieldSpec("welfare", "提取福利费（元）", .money()),
            FieldSpec("to_members", "成员分配（元）", .money()),
            FieldSpec("carried_forward", "年末未分配（元）", .money(negative: true)),
            FieldSpec("basis", "分配方式", .choice(["按股", "按人"])),
            FieldSpec("units", "股数或人数", .int(minimum: 1)),
            FieldSpec("per_unit", "每股或每人（元）", .money()),
            FieldSpec("decision", "分配决议", .string()),
        ],
        hasBody: true, period: [.year], noticeUntilRequired: true)

    package static let compensation = Kind(
        id: .financeCompensation, label: "征地补偿费收支与分配公示", category: .finance,
        fields: [
            FieldSpec("approval", "征收批准文号", .string()),
            FieldSpec(
                "parcels", "被征收地块",
                .list(
                    .object([
                        FieldSpec("location", "位置", .string()), FieldSpec("area_mu", "面积（亩）", .number(positive: true)),
                        FieldSpec("type", "地类", .choice(landTypes)),
                    ]), nonEmpty: true)),
            FieldSpec("land_fee", "土地补偿费（元）", .money()),
            FieldSpec("resettlement_fee", "安置补助费（元）", .money()),
            FieldSpec("crops_fee", "地上附着物和青苗补偿费（元）", .money()),
            FieldSpec("retained", "集体留存（元）", .money()),
            FieldSpec("cutoff", "分配人口认定截止日", .date),
            FieldSpec("persons", "分配人数", .int(minimum: 1)),
            FieldSpec("per_person", "每人分配（元）", .money()),
            FieldSpec(
                "crops", "青苗和附着物补偿到户",
                .list(.object([FieldSpec("name", "户主姓名", .name), FieldSpec("amount", "金额（元）", .money())]))),
            FieldSpec("decision", "分配方案决议", .string()),
        ],
        hasBody: true, noticeUntilRequired: true, widensForTables: true)

    package static let all = [notice, statement, assets, resources, debts, distribution, compensation]
}
