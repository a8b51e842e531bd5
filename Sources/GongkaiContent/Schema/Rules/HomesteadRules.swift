import GongkaiCore

/// Rules of 宅基地申请审批公示 (affairs.homestead): the 公示 long enough, the area within the
/// province's limit, no approval before the 公示 ends, the group's vote, one household one
/// homestead (土地管理法 Art. 62).
package enum HomesteadRules {
    package static let all: [any DocumentRule] = [
        HomesteadNoticePeriod(), HomesteadArea(), ApprovalAfterNotice(), GroupMeetingVote(),
    ]
}

/// GK-A601: notice_until − published ≥ [homestead_notice_days] days.
package struct HomesteadNoticePeriod: DocumentRule {
    package let code = RuleCode.a601
    package let severity = Severity.error
    package let summary = "affairs.homestead: notice_until − published ≥ [homestead_notice_days] days"
    package let kinds: Set<KindID>? = [.affairsHomestead]
    package let examples: [RuleExample] = [
        .passes(MoneyAndLandSamples.homestead),
        .trips(
            MoneyAndLandSamples.homestead.replacingOccurrences(
                of: "notice_until: 2026-05-16", with: "notice_until: 2026-05-10"
            )
            .replacingOccurrences(of: "approval: {date: 2026-05-25", with: "approval: {date: 2026-05-25")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        NoticePeriod.check(d, minimum: context.thresholds.homesteadNoticeDays, report: report)
    }
}

/// GK-A602: area_m2 ≤ [homestead_max_m2]; the approved area no more than applied for.
package struct HomesteadArea: DocumentRule {
    package let code = RuleCode.a602
    package let severity = Severity.error
    package let summary = "affairs.homestead: area_m2 ≤ [homestead_max_m2]; approval.area_m2 ≤ area_m2"
    package let kinds: Set<KindID>? = [.affairsHomestead]
    package let examples: [RuleExample] = [
        .passes(MoneyAndLandSamples.homestead),
        .trips(MoneyAndLandSamples.homestead.replacingOccurrences(of: "area_m2: 167", with: "area_m2: 230")),
        .trips(MoneyAndLandSamples.homestead.replacingOccurrences(of: "号, area_m2: 160}", with: "号, area_m2: 180}")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let area = d.data.number("area_m2") else { return }
        let limit = context.thresholds.homesteadMaxM2
        if area > DecimalNumber(units: Int64(limit) * 10_000) {
            report(d.data.mark("area_m2"), .r(HomesteadTooLargeMessage(area: area, limit: limit)))
        }
        if let approval = d.data.record("approval"), let approved = approval.number("area_m2"), approved > area {
            report(approval.mark("area_m2"), .r(ApprovedOverAppliedMessage(approved: approved, applied: area)))
        }
    }
}

/// GK-A603: the town approves only after the 公示 has ended.
package struct ApprovalAfterNotice: DocumentRule {
    package let code = RuleCode.a603
    package let severity = Severity.error
    package let summary = "affairs.homestead: approval.date is after notice_until"
    package let kinds: Set<KindID>? = [.affairsHomestead]
    package let examples: [RuleExample] = [
        .passes(MoneyAndLandSamples.homestead),
        .trips(
            MoneyAndLandSamples.homestead.replacingOccurrences(
                of: "approval: {date: 2026-05-25", with: "approval: {date: 2026-05-14")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let approval = d.data.record("approval"), let date = approval.date("date"), let until = d.noticeUntil,
            date <= until
        else { return }
        report(approval.mark("date"), .r(ApprovedDuringNoticeMessage(approved: date, until: until)))
    }
}

/// GK-A604: the villagers' group met with more than half present and more than half of them for.
package struct GroupMeetingVote: DocumentRule {
    package let code = RuleCode.a604
    package let severity = Severity.error
    package let summary = "affairs.homestead: group_meeting present × 2 > expected and for × 2 > present"
    package let kinds: Set<KindID>? = [.affairsHomestead]
    package let examples: [RuleExample] = [
        .passes(MoneyAndLandSamples.homestead),
        .trips(
            MoneyAndLandSamples.homestead.replacingOccurrences(of: "present: 40, for: 37", with: "present: 20, for: 18")
        ),
        .trips(
            MoneyAndLandSamples.homestead.replacingOccurrences(of: "present: 40, for: 37", with: "present: 40, for: 20")
        ),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let meeting = d.data.record("group_meeting"), let expected = meeting.int("expected"),
            let present = meeting.int("present"), let votes = meeting.int("for")
        else { return }
        if present * 2 <= expected || votes * 2 <= present {
            report(
                meeting.mark(present * 2 <= expected ? "present" : "for"),
                .r(GroupMeetingMessage(expected: expected, present: present, forVotes: votes)))
        }
    }
}

// MARK: - Messages of these rules, in every locale

package struct HomesteadTooLargeMessage: RuleMessage {
    package var area: DecimalNumber
    package var limit: Int

    package func text(_ l: Localizer) -> String {
        l.t("申请面积 {area} 平方米，超过本省每户宅基地上限 {limit} 平方米", area, limit)
    }
}

package struct ApprovedOverAppliedMessage: RuleMessage {
    package var approved: DecimalNumber
    var applied: DecimalNumber

    package func text(_ l: Localizer) -> String {
        l.t("批准面积 {approved} 平方米大于申请面积 {applied} 平方米", approved, applied)
    }
}

package struct ApprovedDuringNoticeMessage: RuleMessage {
    package var approved: CalendarDate
    package var until: CalendarDate

    package func text(_ l: Localizer) -> String {
        l.t("批准日期 {approved} 在公示截止 {until} 之前或当天：公示期满、异议处理完后才能审批", approved.iso, until.iso)
    }
}

package struct GroupMeetingMessage: RuleMessage {
    package var expected: Int
    package var present: Int
    var forVotes: Int

    package func text(_ l: Localizer) -> String {
        l.t("村民小组会议应到 {expected} 人、实到 {present} 人、同意 {forVotes} 人：须过半数到会、到会过半数同意", expected, present, forVotes)
    }
}
