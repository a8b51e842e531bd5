import GongkaiCore

/// Rules of the 村务 kinds (spec §5, GK-A…).
package enum AffairsRules {
    package static let all: [any DocumentRule] = [
        DecisionStepsInOrder(), ReviewQuorum(), ResolutionQuorum(), ResolutionPasses(), DecisionCounts(),
        ResolutionBasis(),
        WelfareNoticePeriod(), WelfareTotal(), ProjectFunding(), ProjectDates(), ProjectOverBudget(),
        ProjectAcceptance(),
    ]

    package static let decision = """
        kind: affairs.decision
        title: 光伏电站决议公开
        published: 2026-09-20
        notice_until: 2026-09-27
        subject: 建设光伏电站
        proposal: {date: 2026-08-18, by: 村党支部}
        consultation: {date: 2026-08-22}
        review: {date: 2026-08-29, expected: 56, present: 49, for: 47, against: 0, abstain: 2}
        resolution: {date: 2026-09-06, body: 村民代表会议, expected: 41, present: 36, for: 34, against: 1, abstain: 1}
        result: {date: 2026-11-15, summary: 已并网发电}

        """

    package static let welfare = """
        kind: affairs.welfare
        title: 低保公示
        published: 2026-11-16
        notice_until: 2026-11-23
        program: 农村低保
        recipients:
          - {name: 侯长海, household_size: 3, amount: "1,290.00", id: 410927********3217}
          - {name: 马秀云, household_size: 1, amount: 430}
        total: "1,720.00"

        """

    package static let project = """
        kind: affairs.project
        title: 道路工程公开
        published: 2026-10-28
        name: 主街道路提升工程
        budget: "486,000.00"
        funding:
          - {source: 衔接资金, amount: "400,000.00"}
          - {source: 村集体, amount: "86,000.00"}
        contractor: 豫东路桥
        procurement: 公开招标
        start: 2026-05-10
        end: 2026-09-30
        progress: 已验收
        spent: "472,316.80"
        acceptance: {date: 2026-10-20, by: [许建国, 许长林]}

        """
}

/// GK-A101: 四议两公开 in its order: proposal ≤ consultation ≤ review ≤ resolution ≤ published ≤ result.
package struct DecisionStepsInOrder: DocumentRule {
    package let code = RuleCode.a101
    package let severity = Severity.error
    package let summary = "affairs.decision: proposal ≤ consultation ≤ review ≤ resolution ≤ published ≤ result"
    package let kinds: Set<KindID>? = [.affairsDecision]
    package let examples: [RuleExample] = [
        .passes(AffairsRules.decision),
        .trips(
            AffairsRules.decision.replacingOccurrences(
                of: "consultation: {date: 2026-08-22}", with: "consultation: {date: 2026-08-30}")),
        .trips(
            AffairsRules.decision.replacingOccurrences(
                of: "result: {date: 2026-11-15", with: "result: {date: 2026-09-19")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        let steps: [(String, Value?)] = [
            ("村党组织提议", d.data.record("proposal")?["date"]),
            ("“两委”会议商议", d.data.record("consultation")?["date"]),
            ("党员大会审议", d.data.record("review")?["date"]),
            ("决议", d.data.record("resolution")?["date"]),
            ("公开", d.data["published"]),
            ("实施结果", d.data.record("result")?["date"]),
        ]
        let dated = steps.compactMap { label, value in value?.date.map { (label, $0, value!.mark) } }
        for (earlier, later) in zip(dated, dated.dropFirst()) where earlier.1 > later.1 {
            report(
                later.2,
                .r(
                    StepsOutOfOrderMessage(
                        earlier: earlier.0, earlierDate: earlier.1, later: later.0, laterDate: later.1)))
        }
    }
}

/// GK-A102: the party members' review: more than half present, and more than half of all members for.
package struct ReviewQuorum: DocumentRule {
    package let code = RuleCode.a102
    package let severity = Severity.error
    package let summary = "affairs.decision: review present × 2 > expected and for × 2 > expected"
    package let kinds: Set<KindID>? = [.affairsDecision]
    package let examples: [RuleExample] = [
        .passes(AffairsRules.decision),
        .trips(
            AffairsRules.decision.replacingOccurrences(
                of: "present: 49, for: 47, against: 0, abstain: 2", with: "present: 30, for: 27, against: 1, abstain: 2"
            )),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let review = d.data.record("review"), let expected = review.int("expected"),
            let present = review.int("present"), let votes = review.int("for")
        else { return }
        if present * 2 <= expected || votes * 2 <= expected {
            report(
                review.mark(present * 2 <= expected ? "present" : "for"),
                .r(ReviewQuorumMessage(present: present, forVotes: votes, expected: expected)))
        }
    }
}

/// GK-A103: the resolution's meeting had its quorum (村民委员会组织法 Art. 22, 25).
package struct ResolutionQuorum: DocumentRule {
    package let code = RuleCode.a103
    package let severity = Severity.error
    package let summary =
        "affairs.decision: 村民代表会议 present × 3 ≥ expected × 2; 村民会议 by 村民 present × 2 > expected, by 户代表 present × 3 ≥ "
        + "expected × 2"
    package let kinds: Set<KindID>? = [.affairsDecision]
    package let examples: [RuleExample] = [
        .passes(AffairsRules.decision),
        .trips(
            AffairsRules.decision.replacingOccurrences(
                of: "expected: 41, present: 36, for: 34", with: "expected: 41, present: 27, for: 25")),
        .passes(
            AffairsRules.decision.replacingOccurrences(
                of: "body: 村民代表会议, expected: 41, present: 36, for: 34",
                with: "body: 村民会议, basis: 村民, expected: 70, present: 36, for: 34")),
        .trips(
            AffairsRules.decision.replacingOccurrences(
                of: "body: 村民代表会议, expected: 41, present: 36, for: 34",
                with: "body: 村民会议, basis: 户代表, expected: 55, present: 36, for: 34")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let r = d.data.record("resolution"), let body = r.string("body"), let expected = r.int("expected"),
            let present = r.int("present")
        else { return }
        let twoThirds = (expected * 2 + 2) / 3
        let needed: Int
        if body == "村民会议" && r.string("basis") == "村民" {
            needed = expected / 2 + 1
        } else if body == "村民会议" && r.string("basis") == nil {
            return  // basis missing: reported by ResolutionBasis
        } else {
            needed = twoThirds
        }
        if present < needed {
            report(
                r.mark("present"),
                .r(ResolutionQuorumMessage(body: body, present: present, expected: expected, needed: needed)))
        }
    }
}

/// GK-A104: the resolution passed with more than half of those present.
package struct ResolutionPasses: DocumentRule {
    package let code = RuleCode.a104
    package let severity = Severity.error
    package let summary = "affairs.decision: resolution for × 2 > present"
    package let kinds: Set<KindID>? = [.affairsDecision]
    package let examples: [RuleExample] = [
        .passes(AffairsRules.decision),
        .trips(
            AffairsRules.decision.replacingOccurrences(
                of: "present: 36, for: 34, against: 1, abstain: 1",
                with: "present: 36, for: 18, against: 10, abstain: 8")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let r = d.data.record("resolution"), let present = r.int("present"), let votes = r.int("for"),
            votes * 2 <= present
        else { return }
        report(r.mark("for"), .r(ResolutionNotPassedMessage(forVotes: votes, present: present)))
    }
}

/// GK-S009 for decisions: counts that cannot be.
package struct DecisionCounts: DocumentRule {
    package let code = RuleCode.s009
    package let severity = Severity.error
    package let summary =
        "affairs.decision: present ≤ expected and for + against + abstain ≤ present, in review and resolution"
    package let kinds: Set<KindID>? = [.affairsDecision]
    package let examples: [RuleExample] = [
        .passes(AffairsRules.decision),
        .trips(
            AffairsRules.decision.replacingOccurrences(
                of: "for: 47, against: 0, abstain: 2", with: "for: 47, against: 1, abstain: 2")),
        .trips(
            AffairsRules.decision.replacingOccurrences(
                of: "expected: 41, present: 36", with: "expected: 35, present: 36")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        for (key, label) in [("review", "党员大会审议："), ("resolution", "决议会议：")] {
            guard let r = d.data.record(key), let present = r.int("present") else { continue }
            if let expected = r.int("expected"), present > expected {
                report(
                    r.mark("present"),
                    .r(CountPresentOverExpectedMessage(label: label, present: present, expected: expected))
                )
            }
            let votes = ["for", "against", "abstain"].compactMap { r.int($0) }.reduce(0, +)
            if votes > present {
                report(r.mark("for"), .r(CountVotesOverPresentMessage(label: label, votes: votes, present: present)))
            }
        }
    }
}

/// A 村民会议 says whether it counts villagers or household representatives (GK-S002).
package struct ResolutionBasis: DocumentRule {
    package let code = RuleCode.s002
    package let severity = Severity.error
    package let summary = "affairs.decision: resolution.basis is required for 村民会议"
    package let kinds: Set<KindID>? = [.affairsDecision]
    package let examples: [RuleExample] = [
        .passes(AffairsRules.decision),
        .trips(AffairsRules.decision.replacingOccurrences(of: "body: 村民代表会议", with: "body: 村民会议")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let r = d.data.record("resolution"), r.string("body") == "村民会议", r["basis"] == nil else { return }
        report(r.mark("body"), .missingField(key: "basis", label: "计算基数"))
    }
}

/// GK-A201: a welfare list is posted for at least [welfare_notice_days] days.
package struct WelfareNoticePeriod: DocumentRule {
    package let code = RuleCode.a201
    package let severity = Severity.error
    package let summary = "affairs.welfare: notice_until − published ≥ welfare_notice_days (7)"
    package let kinds: Set<KindID>? = [.affairsWelfare]
    package let examples: [RuleExample] = [
        .passes(AffairsRules.welfare),
        .trips(
            AffairsRules.welfare.replacingOccurrences(
                of: "notice_until: "
                    + "2026-11-23", with: "notice_until: 2026-11-22")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        NoticePeriod.check(d, minimum: context.thresholds.welfareNoticeDays, report: report)
    }
}

/// GK-A202: the welfare total is the sum of the amounts.
package struct WelfareTotal: DocumentRule {
    package let code = RuleCode.a202
    package let severity = Severity.error
    package let summary = "affairs.welfare: total = Σ amount"
    package let kinds: Set<KindID>? = [.affairsWelfare]
    package let examples: [RuleExample] = [
        .passes(AffairsRules.welfare),
        .trips(AffairsRules.welfare.replacingOccurrences(of: "total: \"1,720.00\"", with: "total: \"1,270.00\"")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let total = d.data.money("total") else { return }
        guard let sum = Record.amounts(d.data.records("recipients"), "amount")?.sum() else { return }
        if sum != total {
            report(
                d.data.mark("total"), .r(SumMismatchMessage(label: "合计", parts: "Σ 金额", computed: sum, stated: total)))
        }
    }
}

/// GK-A301: the funding sources add up to the budget.
package struct ProjectFunding: DocumentRule {
    package let code = RuleCode.a301
    package let severity = Severity.error
    package let summary = "affairs.project: Σ funding.amount = budget"
    package let kinds: Set<KindID>? = [.affairsProject]
    package let examples: [RuleExample] = [
        .passes(AffairsRules.project),
        .trips(AffairsRules.project.replacingOccurrences(of: "budget: \"486,000.00\"", with: "budget: \"468,000.00\"")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let budget = d.data.money("budget") else { return }
        guard let amounts = Record.amounts(d.data.records("funding"), "amount") else { return }
        if amounts.sum() != budget {
            let parts = amounts.map(\.formatted).joined(separator: " + ")
            report(
                d.data.mark("budget"),
                .r(SumMismatchMessage(label: "预算", parts: parts, computed: amounts.sum(), stated: budget)))
        }
    }
}

/// GK-A302: a project ends after it starts, and is accepted after it starts.
package struct ProjectDates: DocumentRule {
    package let code = RuleCode.a302
    package let severity = Severity.error
    package let summary = "affairs.project: end ≥ start; acceptance.date ≥ start"
    package let kinds: Set<KindID>? = [.affairsProject]
    package let examples: [RuleExample] = [
        .passes(AffairsRules.project),
        .trips(AffairsRules.project.replacingOccurrences(of: "end: 2026-09-30", with: "end: 2026-05-09")),
        .trips(
            AffairsRules.project.replacingOccurrences(
                of: "acceptance: {date: 2026-10-20", with: "acceptance: {date: 2026-05-01")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let start = d.data.date("start") else { return }
        if let end = d.data.date("end"), end < start {
            report(
                d.data.mark("end"),
                .r(EndBeforeStartMessage(endLabel: "竣工日期", end: end, startLabel: "开工日期", start: start)))
        }
        if let acceptance = d.data.record("acceptance"), let date = acceptance.date("date"), date < start {
            report(
                acceptance.mark("date"),
                .r(EndBeforeStartMessage(endLabel: "验收日期", end: date, startLabel: "开工日期", start: start)))
        }
    }
}

/// GK-A303 (warning): spending beyond the budget.
package struct ProjectOverBudget: DocumentRule {
    package let code = RuleCode.a303
    package let severity = Severity.warning
    package let summary = "affairs.project: spent > budget (超预算)"
    package let kinds: Set<KindID>? = [.affairsProject]
    package let examples: [RuleExample] = [
        .passes(AffairsRules.project),
        .trips(AffairsRules.project.replacingOccurrences(of: "spent: \"472,316.80\"", with: "spent: \"486,000.01\"")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let budget = d.data.money("budget"), let spent = d.data.money("spent"), spent > budget else { return }
        report(d.data.mark("spent"), .r(OverBudgetMessage(spent: spent, budget: budget)))
    }
}

/// An accepted project names its acceptance (GK-S002).
package struct ProjectAcceptance: DocumentRule {
    package let code = RuleCode.s002
    package let severity = Severity.error
    package let summary = "affairs.project: acceptance is required when progress is 已验收"
    package let kinds: Set<KindID>? = [.affairsProject]
    package let examples: [RuleExample] = [
        .passes(AffairsRules.project),
        .trips(
            AffairsRules.project.replacingOccurrences(of: "acceptance: {date: 2026-10-20, by: [许建国, 许长林]}", with: "")),
    ]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard d.data.string("progress") == "已验收", d.data["acceptance"] == nil else { return }
        report(d.data.mark("progress"), .r(AcceptanceMissingMessage()))
    }
}

// MARK: - Messages of these rules, in every locale

package struct SumMismatchMessage: RuleMessage {
    package var label: String
    package var parts: String
    var computed: Money
    var stated: Money

    package func text(_ l: Localizer) -> String {
        return l.t("{label}不符：{parts} = {computed}，填写为 {stated}", label, parts, computed.formatted, stated.formatted)
    }
}

package struct StepsOutOfOrderMessage: RuleMessage {
    package var earlier: String
    var earlierDate: CalendarDate
    var later: String
    var laterDate: CalendarDate

    package func text(_ l: Localizer) -> String {
        return l.t(
            "程序顺序不对：{earlier}（{earlierDate}）应不晚于{later}（{laterDate}）", earlier, earlierDate.iso, later, laterDate.iso)
    }
}

package struct ReviewQuorumMessage: RuleMessage {
    package var present: Int
    var forVotes: Int
    package var expected: Int

    package func text(_ l: Localizer) -> String {
        return l.t("党员大会审议须过半数党员到会并过半数同意：应到 {expected}，实到 {present}，赞成 {forVotes}", expected, present, forVotes)
    }
}

package struct ResolutionQuorumMessage: RuleMessage {
    package var body: String
    package var present: Int
    package var expected: Int
    var needed: Int

    package func text(_ l: Localizer) -> String {
        return l.t("{body}到会人数不足：应到 {expected}，实到 {present}，至少需要 {needed}", body, expected, present, needed)
    }
}

package struct ResolutionNotPassedMessage: RuleMessage {
    var forVotes: Int
    package var present: Int

    package func text(_ l: Localizer) -> String {
        return l.t("决议未获通过：赞成 {forVotes} 票，未超过到会 {present} 人的半数", forVotes, present)
    }
}

package struct CountPresentOverExpectedMessage: RuleMessage {
    package var label: String
    package var present: Int
    package var expected: Int

    package func text(_ l: Localizer) -> String {
        return l.t("{label}实到 {present} 人多于应到 {expected} 人；请核对人数", label, present, expected)
    }
}

package struct CountVotesOverPresentMessage: RuleMessage {
    package var label: String
    package var votes: Int
    package var present: Int

    package func text(_ l: Localizer) -> String {
        return l.t("{label}赞成、反对、弃权合计 {votes} 票，多于实到 {present} 人", label, votes, present)
    }
}

package struct EndBeforeStartMessage: RuleMessage {
    var endLabel: String
    package var end: CalendarDate
    var startLabel: String
    package var start: CalendarDate

    package func text(_ l: Localizer) -> String {
        return l.t("{endLabel} {end} 早于{startLabel} {start}；请核对日期", endLabel, end.iso, startLabel, start.iso)
    }
}

package struct OverBudgetMessage: RuleMessage {
    package var spent: Money
    package var budget: Money

    package func text(_ l: Localizer) -> String {
        return l.t(
            "已支出 {spent} 元，超出预算 {budget} 元 {over} 元", spent.formatted, budget.formatted, (spent - budget).formatted)
    }
}

package struct AcceptanceMissingMessage: RuleMessage {
    package func text(_ l: Localizer) -> String {
        return l.t("进度为“已验收”，须填写验收 acceptance（日期和验收人）")
    }
}
