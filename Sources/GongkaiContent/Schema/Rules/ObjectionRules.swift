import GongkaiCore

/// Rules of 异议 (spec §3.1 `objections`): what villagers raised during a 公示 is dated within it,
/// answered in time, and a homestead is not approved while one is open.
package enum ObjectionRules {
    package static let all: [any DocumentRule] = [ObjectionDates(), ObjectionAnswered(), NoApprovalWhileObjected()]

    package static let homestead = MoneyAndLandSamples.homestead.replacingOccurrences(
        of: "approval: {",
        with: """
            objections:
              - {date: 2026-05-08, summary: 邻户认为申请位置占用村道, result: 不成立, answered: 2026-05-12,
                 answer: 经村组干部和邻户实地丈量，未占用村道}
            approval: {
            """)
}

/// GK-R201: an objection raised between `published` and today, answered on or after its date.
package struct ObjectionDates: DocumentRule {
    package let code = RuleCode.r201
    package let severity = Severity.error
    package let summary = "any with objections: date ≥ published and ≤ the build date; answered ≥ date"
    package let kinds: Set<KindID>? = nil
    package let examples: [RuleExample] = [
        .passes(ObjectionRules.homestead),
        .trips(
            ObjectionRules.homestead.replacingOccurrences(
                of: "{date: 2026-05-08, summary", with: "{date: 2026-05-01, summary")),
        .trips(ObjectionRules.homestead.replacingOccurrences(of: "answered: 2026-05-12", with: "answered: 2026-05-07")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        for objection in d.data.records("objections") {
            guard let raised = objection.date("date") else { continue }
            if raised < d.published || raised > context.buildDate {
                report(
                    objection.mark("date"),
                    .r(ObjectionDateMessage(raised: raised, published: d.published, today: context.buildDate)))
            }
            if let answered = objection.date("answered"), answered < raised {
                report(objection.mark("answered"), .r(AnsweredBeforeRaisedMessage(raised: raised, answered: answered)))
            }
            if objection.string("result") != "处理中", objection.date("answered") == nil {
                report(objection.mark("result"), .r(ObjectionUnansweredMessage(raised: raised)))
            }
        }
    }
}

/// GK-R202: villagers get an answer within [objection_answer_days] days.
package struct ObjectionAnswered: DocumentRule {
    package let code = RuleCode.r202
    package let severity = Severity.error
    package let summary =
        "any with objections: none still 处理中 more than [objection_answer_days] days after it was raised"
    package let kinds: Set<KindID>? = nil
    package let examples: [RuleExample] = [
        .passes(ObjectionRules.homestead),
        .trips(
            ObjectionRules.homestead.replacingOccurrences(
                of: "result: 不成立, answered: 2026-05-12,", with: "result: 处理中,"
            )
            .replacingOccurrences(of: "approval: {date: 2026-05-25, number: 侯镇宅批〔2026〕12号, area_m2: 160}\n", with: "")
        ),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        let days = context.thresholds.objectionAnswerDays
        for objection in d.data.records("objections") where objection.string("result") == "处理中" {
            guard let raised = objection.date("date"), raised.days(until: context.buildDate) > days else { continue }
            report(objection.mark("result"), .r(ObjectionOverdueMessage(raised: raised, days: days)))
        }
    }
}

/// GK-R203: no homestead approval while an objection is open.
package struct NoApprovalWhileObjected: DocumentRule {
    package let code = RuleCode.r203
    package let severity = Severity.error
    package let summary = "affairs.homestead: an approval while an objection is 处理中"
    package let kinds: Set<KindID>? = [.affairsHomestead]
    package let examples: [RuleExample] = [
        .passes(ObjectionRules.homestead),
        .trips(
            ObjectionRules.homestead.replacingOccurrences(
                of: "result: 不成立, answered: 2026-05-12,", with: "result: 处理中,")
        ),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let approval = d.data.record("approval"),
            d.data.records("objections").contains(where: { $0.string("result") == "处理中" })
        else { return }
        report(approval.mark("date"), .r(ApprovedWhileObjectedMessage()))
    }
}

// MARK: - Messages of these rules, in every locale

package struct ObjectionDateMessage: RuleMessage {
    package var raised: CalendarDate
    package var published: CalendarDate
    package var today: CalendarDate

    package func text(_ l: Localizer) -> String {
        l.t("异议提出日期 {raised} 应在公开日期 {published} 和今天 {today} 之间", raised.iso, published.iso, today.iso)
    }
}

package struct AnsweredBeforeRaisedMessage: RuleMessage {
    package var raised: CalendarDate
    var answered: CalendarDate

    package func text(_ l: Localizer) -> String {
        l.t("答复日期 {answered} 早于异议提出日期 {raised}", answered.iso, raised.iso)
    }
}

package struct ObjectionUnansweredMessage: RuleMessage {
    package var raised: CalendarDate

    package func text(_ l: Localizer) -> String {
        l.t("{raised} 提出的异议已有处理结果，请填写答复日期（answered）", raised.iso)
    }
}

package struct ObjectionOverdueMessage: RuleMessage {
    package var raised: CalendarDate
    package var days: Int

    package func text(_ l: Localizer) -> String {
        l.t("{raised} 提出的异议超过 {days} 天仍在处理中：请尽快答复村民并填写处理结果", raised.iso, days)
    }
}

package struct ApprovedWhileObjectedMessage: RuleMessage {
    package func text(_ l: Localizer) -> String {
        l.t("还有异议在处理中，不能审批：请先答复异议")
    }
}
