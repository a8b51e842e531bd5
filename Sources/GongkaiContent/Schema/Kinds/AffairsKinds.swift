import GongkaiCore

package enum AffairsKinds {
    package static let notice = Kind(
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

    package static let decision = Kind(
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

    package static let welfare = Kind(
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
                        .optional("quantity", "数量", .number()),
                        .optional("rate", "标准（元/单位）", .money()),
                    ]), nonEmpty: true)),
            .optional("basis", "计量依据", .string()),
            FieldSpec("total", "合计（元）", .money()),
        ],
        hasBody: true, noticeUntilRequired: true)

    package static let project = Kind(
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

    package static let levy = Kind(
        id: .affairsLevy, label: "一事一议筹资筹劳", category: .affairs,
        fields: [
            FieldSpec("project", "议事项目", .string()),
            FieldSpec("stage", "阶段", .choice(["方案", "结算"])),
            FieldSpec("beneficiaries", "受益人数", .int(minimum: 1)),
            FieldSpec("per_person", "每人筹资（元）", .money()),
            .optional("laborers", "受益劳动力", .int()),
            .optional("days_per_laborer", "每劳筹劳（天）", .number()),
            .optional(
                "exemptions", "减免",
                .list(
                    .object([
                        FieldSpec("name", "户主姓名", .name), FieldSpec("persons", "人数", .int(minimum: 1)),
                        FieldSpec("reason", "减免原因", .string()),
                    ]))),
            FieldSpec("raised", "筹资总额（元）", .money()),
            .optional("subsidy", "财政奖补（元）", .money()),
            .optional(
                "spending", "支出明细",
                .list(.object([FieldSpec("item", "项目", .string()), FieldSpec("amount", "金额（元）", .money())]))),
            .optional("balance", "结余（元）", .money(negative: true)),
            FieldSpec("decision", "筹资方案决议", .string()),
        ],
        hasBody: true, noticeUntilRequired: true)

    package static let homestead = Kind(
        id: .affairsHomestead, label: "宅基地申请审批公示", category: .affairs,
        fields: [
            FieldSpec("applicant", "申请人", .name),
            FieldSpec("household_size", "家庭人口", .int(minimum: 1)),
            FieldSpec("reason", "申请理由", .choice(["分户", "无宅基地", "危房改造", "搬迁安置", "其他"])),
            FieldSpec("location", "申请位置", .string()),
            FieldSpec("area_m2", "申请面积（平方米）", .number(positive: true)),
            .optional("floors", "层数", .int()),
            .optional("floor_area_m2", "建筑面积（平方米）", .number()),
            FieldSpec(
                "group_meeting", "村民小组会议",
                .object([
                    FieldSpec("date", "日期", .date), FieldSpec("expected", "应到人数", .int()),
                    FieldSpec("present", "实到人数", .int()), FieldSpec("for", "同意", .int()),
                ])),
            .optional(
                "approval", "乡镇审批",
                .object([
                    FieldSpec("date", "批准日期", .date), FieldSpec("number", "批准文号", .string()),
                    FieldSpec("area_m2", "批准面积（平方米）", .number()),
                ])),
        ],
        hasBody: true, noticeUntilRequired: true)

    package static let all = [notice, decision, welfare, project, levy, homestead]
}
