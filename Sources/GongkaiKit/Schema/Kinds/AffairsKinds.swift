enum AffairsKinds {
    static let notice = Kind(
        id: .affairsNotice, label: "村务公告", category: .affairs, fields: [], hasBody: true)

    private static func vote(_ extra: [FieldSpec] = []) -> [FieldSpec] {
        [FieldSpec("date", "日期", .date)] + extra + [
            FieldSpec("expected", "应到人数", .int()),
            FieldSpec("present", "实到人数", .int()),
            FieldSpec("for", "赞成", .int()),
            FieldSpec("against", "反对", .int()),
            FieldSpec("abstain", "弃权", .int()),
        ]
    }

    static let decision = Kind(
        id: .affairsDecision, label: "四议两公开", category: .affairs,
        fields: [
            FieldSpec("subject", "议题", .string()),
            FieldSpec(
                "proposal", "村党组织提议", .object([FieldSpec("date", "日期", .date), FieldSpec("by", "提议人", .string())])),
            FieldSpec("consultation", "村“两委”会议商议", .object([FieldSpec("date", "日期", .date)])),
            FieldSpec("review", "党员大会审议", .object(vote())),
            FieldSpec(
                "resolution", "村民会议或村民代表会议决议",
                .object(
                    vote([
                        FieldSpec("body", "会议", .choice(["村民代表会议", "村民会议"])),
                        .optional("basis", "计算基数", .choice(["村民", "户代表"])),
                    ]))),
            .optional(
                "result", "实施结果",
                .object([FieldSpec("date", "日期", .date), FieldSpec("summary", "结果", .text)])),
        ],
        hasBody: true, noticeUntilRequired: true)

    static let welfare = Kind(
        id: .affairsWelfare, label: "民生救助公示", category: .affairs,
        fields: [
            FieldSpec("program", "救助项目", .string()),
            FieldSpec(
                "recipients", "救助对象",
                .list(
                    .object([
                        FieldSpec("name", "户主姓名", .name),
                        FieldSpec("household_size", "家庭人口", .int(minimum: 1)),
                        FieldSpec("amount", "金额（元）", .money()),
                        .optional("id", "身份证号（隐去中间位）", .string()),
                        .optional("reason", "救助原因", .string()),
                    ]), nonEmpty: true)),
            FieldSpec("total", "合计（元）", .money()),
        ],
        hasBody: true, noticeUntilRequired: true)

    static let project = Kind(
        id: .affairsProject, label: "项目建设公开", category: .affairs,
        fields: [
            FieldSpec("name", "项目名称", .string()),
            FieldSpec("budget", "预算（元）", .money()),
            FieldSpec(
                "funding", "资金来源",
                .list(
                    .object([FieldSpec("source", "来源", .string()), FieldSpec("amount", "金额（元）", .money())]),
                    nonEmpty: true)),
            FieldSpec("contractor", "施工单位", .string()),
            FieldSpec("procurement", "采购方式", .choice(["公开招标", "邀请招标", "竞争性谈判", "询价", "村民自建", "其他"])),
            FieldSpec("start", "开工日期", .date),
            FieldSpec("end", "竣工日期", .date),
            FieldSpec("progress", "进度", .choice(["计划", "在建", "已完工", "已验收"])),
            .optional("spent", "已支出（元）", .money()),
            .optional(
                "acceptance", "验收",
                .object([FieldSpec("date", "验收日期", .date), FieldSpec("by", "验收人", .list(.name, nonEmpty: true))])),
        ],
        hasBody: true, widensForTables: true)

    static let all = [notice, decision, welfare, project]
}
