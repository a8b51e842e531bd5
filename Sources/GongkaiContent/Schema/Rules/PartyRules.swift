import GongkaiCore

/// Rules of the 党务 kinds (spec §5, GK-P…).
package enum PartyRules {
    package static let all: [any DocumentRule] = [
        DevelopmentNoticePeriod(), ActivistRequired(), ActivistForAYear(), CandidateAdult(), AppliedBeforeActivist(),
        DuesTotal(), DuesArrears(), BranchMeetingQuorum(), MeetingBeforePublished(), MeetingCounts(),
        PointsTotal(), PointsCategory(),
    ]

    static let development = """
        kind: party.development
        title: 拟确定发展对象公示
        published: 2026-11-18
        notice_until: 2026-11-25
        stage: 发展对象
        candidates:
          - {name: 许晓东, gender: 男, born: 1996-04, education: 大专, applied: 2024-03-12, activist: 2024-06-20}

        """

    package static let dues = """
        kind: party.dues
        title: 党费收缴公示
        published: 2026-10-10
        period: 2026-Q3
        members:
          - {name: 许建华, standard: 20, months: 3, paid: 60}
          - {name: 许秀英, standard: 50, months: 3, paid: 150}
        total: 210

        """

    package static let meeting = """
        kind: party.meeting
        title: 支部党员大会
        published: 2026-11-12
        type: 支部党员大会
        date: 2026-11-10
        expected: 56
        present: 49
        topic: 讨论发展党员
        decisions: [同意接收许晓东为预备党员]

        """

    package static let points = """
        kind: party.points
        title: 党员积分公示
        published: 2026-11-05
        period: 2026-10
        categories: [学习教育, 志愿服务]
        members:
          - {name: 许建华, scores: {学习教育: 20, 志愿服务: 22.5}, total: 42.5}

        """
}

/// GK-P101: a development notice is posted for at least [party_notice_days] days.
package struct DevelopmentNoticePeriod: DocumentRule {
    package let code = RuleCode.p101
    package let severity = Severity.error
    package let summary = "party.development: notice_until − published ≥ party_notice_days (5)"
    package let kinds: Set<KindID>? = [.partyDevelopment]
    package let examples: [RuleExample] = [
        .passes(PartyRules.development),
        .trips(
            PartyRules.development.replacingOccurrences(
                of: "notice_until: 2026-11-25", with: "notice_until: 2026-11-21")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        NoticePeriod.check(d, minimum: context.thresholds.partyNoticeDays, report: report)
    }
}

/// Stages after 入党积极分子 need the date the candidate became an activist (GK-S002).
package struct ActivistRequired: DocumentRule {
    package let code = RuleCode.s002
    package let severity = Severity.error
    package let summary = "party.development: activist is required after stage 入党积极分子"
    package let kinds: Set<KindID>? = [.partyDevelopment]
    package let examples: [RuleExample] = [
        .passes(PartyRules.development),
        .trips(PartyRules.development.replacingOccurrences(of: ", activist: 2024-06-20", with: "")),
        .passes(
            PartyRules.development.replacingOccurrences(of: ", activist: 2024-06-20", with: "")
                .replacingOccurrences(of: "stage: 发展对象", with: "stage: 入党积极分子")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let stage = d.data.string("stage"), stage != "入党积极分子" else { return }
        for c in d.data.records("candidates") where c["activist"] == nil {
            report(c.mark, .r(ActivistMissingMessage(name: c.string("name") ?? "", stage: stage)))
        }
    }
}

/// GK-P102: after 入党积极分子, a candidate has been an activist for a year or more.
package struct ActivistForAYear: DocumentRule {
    package let code = RuleCode.p102
    package let severity = Severity.error
    package let summary = "party.development: activist ≤ published − 1 year for stages after 入党积极分子"
    package let kinds: Set<KindID>? = [.partyDevelopment]
    package let examples: [RuleExample] = [
        .passes(PartyRules.development),
        .trips(PartyRules.development.replacingOccurrences(of: "activist: 2024-06-20", with: "activist: 2025-11-19")),
        .passes(PartyRules.development.replacingOccurrences(of: "activist: 2024-06-20", with: "activist: 2025-11-18")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let stage = d.data.string("stage"), stage != "入党积极分子" else { return }
        let latest = d.published.adding(years: -1)
        for c in d.data.records("candidates") {
            if let activist = c.date("activist"), activist > latest {
                report(
                    c.mark("activist"),
                    .r(ActivistTooRecentMessage(name: c.string("name") ?? "", activist: activist, latest: latest)))
            }
        }
    }
}

/// GK-P103: a candidate is 18 or older on the day the notice is published.
package struct CandidateAdult: DocumentRule {
    package let code = RuleCode.p103
    package let severity = Severity.error
    package let summary =
        "party.development: every candidate is 18 or older on published (born month counts as the 1st)"
    package let kinds: Set<KindID>? = [.partyDevelopment]
    package let examples: [RuleExample] = [
        .passes(PartyRules.development),
        .trips(PartyRules.development.replacingOccurrences(of: "born: 1996-04", with: "born: 2008-12")),
        .passes(PartyRules.development.replacingOccurrences(of: "born: 1996-04", with: "born: 2008-11")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        for c in d.data.records("candidates") {
            guard let born = c["born"]?.month else { continue }
            if born.first.adding(years: 18) > d.published {
                report(
                    c.mark("born"),
                    .r(CandidateUnder18Message(name: c.string("name") ?? "", born: born, published: d.published)))
            }
        }
    }
}

/// GK-P104: the application comes before being named an activist.
package struct AppliedBeforeActivist: DocumentRule {
    package let code = RuleCode.p104
    package let severity = Severity.error
    package let summary = "party.development: applied ≤ activist"
    package let kinds: Set<KindID>? = [.partyDevelopment]
    package let examples: [RuleExample] = [
        .passes(PartyRules.development),
        .trips(PartyRules.development.replacingOccurrences(of: "applied: 2024-03-12", with: "applied: 2024-07-01")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        for c in d.data.records("candidates") {
            if let applied = c.date("applied"), let activist = c.date("activist"), applied > activist {
                report(
                    c.mark("activist"),
                    .r(AppliedAfterActivistMessage(name: c.string("name") ?? "", applied: applied, activist: activist)))
            }
        }
    }
}

/// GK-P201: the dues total is the sum of what was paid.
package struct DuesTotal: DocumentRule {
    package let code = RuleCode.p201
    package let severity = Severity.error
    package let summary = "party.dues: total = Σ paid"
    package let kinds: Set<KindID>? = [.partyDues]
    package let examples: [RuleExample] = [
        .passes(PartyRules.dues),
        .trips(PartyRules.dues.replacingOccurrences(of: "total: 210", with: "total: 201")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let total = d.data.money("total") else { return }
        guard let paid = Record.amounts(d.data.records("members"), "paid") else { return }
        if paid.sum() != total {
            report(
                d.data.mark("total"),
                .r(SumMismatchMessage(label: "合计", parts: "Σ 实缴金额", computed: paid.sum(), stated: total)))
        }
    }
}

/// GK-P202 (warning): a member paid less than the standard for the months.
package struct DuesArrears: DocumentRule {
    package let code = RuleCode.p202
    package let severity = Severity.warning
    package let summary = "party.dues: paid < standard × months is arrears (欠缴)"
    package let kinds: Set<KindID>? = [.partyDues]
    package let examples: [RuleExample] = [
        .passes(PartyRules.dues),
        .trips(
            PartyRules.dues.replacingOccurrences(of: "paid: 150}", with: "paid: 100}").replacingOccurrences(
                of: "total: 210", with: "total: 160")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        for m in d.data.records("members") {
            guard let standard = m.money("standard"), let months = m.int("months"), let paid = m.money("paid") else {
                continue
            }
            let due = standard.times(months)
            if paid < due {
                report(
                    m.mark("paid"),
                    .r(
                        DuesArrearsMessage(
                            name: m.string("name") ?? "", paid: paid, due: due, standard: standard, months: months)))
            }
        }
    }
}

/// GK-P301: a branch meeting that decides has more than half the members present.
package struct BranchMeetingQuorum: DocumentRule {
    package let code = RuleCode.p301
    package let severity = Severity.error
    package let summary = "party.meeting: 支部党员大会 with decisions needs present × 2 > expected"
    package let kinds: Set<KindID>? = [.partyMeeting]
    package let examples: [RuleExample] = [
        .passes(PartyRules.meeting),
        .trips(PartyRules.meeting.replacingOccurrences(of: "present: 49", with: "present: 28")),
        .passes(
            PartyRules.meeting.replacingOccurrences(of: "present: 49", with: "present: 28")
                .replacingOccurrences(of: "decisions: [同意接收许晓东为预备党员]", with: "")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard d.data.string("type") == "支部党员大会", !d.data.list("decisions").isEmpty,
            let present = d.data.int("present"), let expected = d.data.int("expected"), present * 2 <= expected
        else { return }
        report(d.data.mark("present"), .r(PartyMeetingQuorumMessage(present: present, expected: expected)))
    }
}

/// GK-P302: a meeting is published after it took place.
package struct MeetingBeforePublished: DocumentRule {
    package let code = RuleCode.p302
    package let severity = Severity.error
    package let summary = "party.meeting: date ≤ published"
    package let kinds: Set<KindID>? = [.partyMeeting]
    package let examples: [RuleExample] = [
        .passes(PartyRules.meeting),
        .trips(PartyRules.meeting.replacingOccurrences(of: "date: 2026-11-10", with: "date: 2026-11-13")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        if let date = d.data.date("date"), date > d.published {
            report(d.data.mark("date"), .r(MeetingAfterPublishedMessage(date: date, published: d.published)))
        }
    }
}

/// GK-S009 for meetings: no more present than expected.
package struct MeetingCounts: DocumentRule {
    package let code = RuleCode.s009
    package let severity = Severity.error
    package let summary = "party.meeting: present ≤ expected"
    package let kinds: Set<KindID>? = [.partyMeeting]
    package let examples: [RuleExample] = [
        .passes(PartyRules.meeting),
        .trips(PartyRules.meeting.replacingOccurrences(of: "present: 49", with: "present: 57")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        if let present = d.data.int("present"), let expected = d.data.int("expected"), present > expected {
            report(
                d.data.mark("present"),
                .r(CountPresentOverExpectedMessage(label: "", present: present, expected: expected)))
        }
    }
}

/// GK-P401: each member's total is the sum of the scores.
package struct PointsTotal: DocumentRule {
    package let code = RuleCode.p401
    package let severity = Severity.error
    package let summary = "party.points: each member's total = Σ scores"
    package let kinds: Set<KindID>? = [.partyPoints]
    package let examples: [RuleExample] = [
        .passes(PartyRules.points),
        .trips(PartyRules.points.replacingOccurrences(of: "total: 42.5", with: "total: 42")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        for m in d.data.records("members") {
            guard let total = m.number("total"), let scores = m.record("scores") else { continue }
            let values = scores.entries.compactMap { $0.value.number }
            guard values.count == scores.entries.count else { continue }
            let sum = values.reduce(DecimalNumber(units: 0), +)
            if sum != total {
                let parts = values.map(\.description).joined(separator: " + ")
                report(
                    m.mark("total"),
                    .r(PointsTotalMessage(name: m.string("name") ?? "", parts: parts, computed: sum, stated: total)))
            }
        }
    }
}

/// GK-P402: every score belongs to a declared category.
package struct PointsCategory: DocumentRule {
    package let code = RuleCode.p402
    package let severity = Severity.error
    package let summary = "party.points: a score's category is one of categories"
    package let kinds: Set<KindID>? = [.partyPoints]
    package let examples: [RuleExample] = [
        .passes(PartyRules.points),
        .trips(PartyRules.points.replacingOccurrences(of: "志愿服务: 22.5}", with: "志愿活动: 22.5}")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        let categories = d.data.list("categories").compactMap(\.string)
        for m in d.data.records("members") {
            for entry in m.record("scores")?.entries ?? [] where !categories.contains(entry.key) {
                report(
                    entry.keyMark,
                    .r(
                        UnknownPointsCategoryMessage(
                            name: m.string("name") ?? "", category: entry.key, categories: categories)))
            }
        }
    }
}

// MARK: - Messages of these rules, in every locale

package struct ActivistTooRecentMessage: RuleMessage {
    package var name: String
    var activist: CalendarDate
    package var latest: CalendarDate

    package func text(_ l: Localizer) -> String {
        return l.t("{name} 确定为入党积极分子的日期 {activist} 距公开不满一年（应不晚于 {latest}）；培养考察须一年以上", name, activist.iso, latest.iso)
    }
}

package struct CandidateUnder18Message: RuleMessage {
    package var name: String
    var born: Month
    package var published: CalendarDate

    package func text(_ l: Localizer) -> String {
        return l.t("{name} 出生于 {born}，到 {published} 未满 18 周岁；请核对出生年月", name, born.iso, published.iso)
    }
}

package struct AppliedAfterActivistMessage: RuleMessage {
    package var name: String
    var applied: CalendarDate
    var activist: CalendarDate

    package func text(_ l: Localizer) -> String {
        return l.t("{name} 递交申请书 {applied} 晚于确定为积极分子 {activist}；请核对日期", name, applied.iso, activist.iso)
    }
}

package struct ActivistMissingMessage: RuleMessage {
    package var name: String
    package var stage: String

    package func text(_ l: Localizer) -> String {
        return l.t("{name} 处于“{stage}”阶段，须填写确定为入党积极分子日期 activist", name, stage)
    }
}

package struct DuesArrearsMessage: RuleMessage {
    package var name: String
    package var paid: Money
    package var due: Money
    var standard: Money
    package var months: Int

    package func text(_ l: Localizer) -> String {
        return l.t(
            "{name} 欠缴党费：应缴 {standard} × {months} = {due}，实缴 {paid}", name, standard.formatted, months, due.formatted,
            paid.formatted)
    }
}

package struct PartyMeetingQuorumMessage: RuleMessage {
    package var present: Int
    package var expected: Int

    package func text(_ l: Localizer) -> String {
        return l.t("支部党员大会作出决定须有半数以上党员到会：实到 {present}，应到 {expected}", present, expected)
    }
}

package struct MeetingAfterPublishedMessage: RuleMessage {
    package var date: CalendarDate
    package var published: CalendarDate

    package func text(_ l: Localizer) -> String {
        return l.t("会议日期 {date} 晚于公开日期 {published}；会议须在公开之前召开", date.iso, published.iso)
    }
}

package struct PointsTotalMessage: RuleMessage {
    package var name: String
    package var parts: String
    var computed: DecimalNumber
    var stated: DecimalNumber

    package func text(_ l: Localizer) -> String {
        return l.t("{name} 总分不符：{parts} = {computed}，填写为 {stated}", name, parts, computed, stated)
    }
}

package struct UnknownPointsCategoryMessage: RuleMessage {
    package var name: String
    package var category: String
    package var categories: [String]

    package func text(_ l: Localizer) -> String {
        return l.t("{name} 的积分项目“{category}”不在 categories 中（{categories}）", name, category, l.list(categories))
    }
}
