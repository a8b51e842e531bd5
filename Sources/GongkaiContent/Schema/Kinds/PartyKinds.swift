import GongkaiCore

package enum PartyKinds {
    package static let notice = Kind(id: .partyNotice, label: "党务公告", category: .party, fields: [], hasBody: true)

    static let development = Kind(
        id: .partyDevelopment, label: "发展党员公示", category: .party,
        fields: [
            FieldSpec("stage", "发展阶段", .choice(["入党积极分子", "发展对象", "预备党员", "预备党员转正"])),
            FieldSpec(
                "candidates", "公示对象",
                .list(
                    .object([
                        FieldSpec("name", "姓名", .name),
                        FieldSpec("gender", "性别", .choice(["男", "女"])),
                        FieldSpec("born", "出生年月", .month),
                        FieldSpec("education", "学历", .string()),
                        FieldSpec("applied", "递交入党申请书日期", .date),
                        .optional("activist", "确定为入党积极分子日期", .date),
                    ]), nonEmpty: true)),
            .optional(
                "contact", "监督联系方式",
                .object([FieldSpec("office", "受理单位", .string()), FieldSpec("phone", "联系电话", .publicPhone)])),
        ],
        hasBody: true, noticeUntilRequired: true)

    package static let dues = Kind(
        id: .partyDues, label: "党费收缴公示", category: .party,
        fields: [
            FieldSpec(
                "members", "党员缴费明细",
                .list(
                    .object([
                        FieldSpec("name", "姓名", .name),
                        FieldSpec("standard", "月缴纳标准（元）", .money()),
                        FieldSpec("months", "缴纳月数", .int()),
                        FieldSpec("paid", "实缴金额（元）", .money()),
                    ]), nonEmpty: true)),
            FieldSpec("total", "合计（元）", .money()),
        ],
        period: Period.Granularity.allCases)

    package static let meeting = Kind(
        id: .partyMeeting, label: "组织生活公开", category: .party,
        fields: [
            FieldSpec("type", "会议类型", .choice(["支部党员大会", "支部委员会", "党小组会", "党课", "主题党日", "组织生活会", "民主评议党员"])),
            FieldSpec("date", "会议日期", .date),
            FieldSpec("expected", "应到人数", .int()),
            FieldSpec("present", "实到人数", .int()),
            FieldSpec("topic", "会议主题", .string()),
            .optional("decisions", "议定事项", .list(.text)),
        ],
        hasBody: true)

    package static let points = Kind(
        id: .partyPoints, label: "党员积分公示", category: .party,
        fields: [
            FieldSpec("categories", "积分项目", .list(.string(), nonEmpty: true)),
            FieldSpec(
                "members", "党员积分",
                .list(
                    .object([
                        FieldSpec("name", "姓名", .name),
                        FieldSpec("scores", "各项得分", .map(.number())),
                        FieldSpec("total", "总分", .number()),
                    ]), nonEmpty: true)),
        ],
        period: [.month])

    package static let all = [notice, development, dues, meeting, points]
}
