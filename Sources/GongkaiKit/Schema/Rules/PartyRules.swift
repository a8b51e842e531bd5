/// Rules of the 党务 kinds (spec §5, GK-P…).
enum PartyRules {
    static let all: [any DocumentRule] = [
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

    static let dues = """
        kind: party.dues
        title: 党费收缴公示
        published: 2026-10-10
        period: 2026-Q3
        members:
          - {name: 许建华, standard: 20, months: 3, paid: 60}
          - {name: 许秀英, standard: 50, months: 3, paid: 150}
        total: 210

        """

    static let meeting = """
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

    static let points = """
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
struct DevelopmentNoticePeriod: DocumentRule {
    let code = RuleCode.p101
    let summary = "party.development: notice_until − published ≥ party_notice_days (5)"
    let kinds: Set<KindID>? = [.partyDevelopment]
    let examples: [RuleExample] = [
        .passes(PartyRules.development),
        .trips(
            PartyRules.development.replacingOccurrences(
                of: "notice_until: 2026-11-25", with: "notice_until: 2026-11-21")),
    ]

    func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        NoticePeriod.check(d, minimum: context.thresholds.partyNoticeDays, report: report)
    }
}

/// Stages after 入党积极分子 need the date the candidate became an activist (GK-S002).
struct ActivistRequired: DocumentRule {
    let code = RuleCode.s002
    let summary = "party.development: activist is required after stage 入党积极分子"
    let kinds: Set<KindID>? = [.partyDevelopment]
    let examples: [RuleExample] = [
        .passes(PartyRules.development),
        .trips(PartyRules.development.replacingOccurrences(of: ", activist: 2024-06-20", with: "")),
        .passes(
            PartyRules.development.replacingOccurrences(of: ", activist: 2024-06-20", with: "")
                .replacingOccurrences(of: "stage: 发展对象", with: "stage: 入党积极分子")),
    ]

    func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let stage = d.data.string("stage"), stage != "入党积极分子" else { return }
        for c in d.data.records("candidates") where c["activist"] == nil {
            report(c.mark, .r(.activistMissing(name: c.string("name") ?? "", stage: stage)))
        }
    }
}

/// GK-P102: after 入党积极分子, a candidate has been an activist for a year or more.
struct ActivistForAYear: DocumentRule {
    let code = RuleCode.p102
    let summary = "party.development: activist ≤ published − 1 year for stages after 入党积极分子"
    let kinds: Set<KindID>? = [.partyDevelopment]
    let examples: [RuleExample] = [
        .passes(PartyRules.development),
        .trips(PartyRules.development.replacingOccurrences(of: "activist: 2024-06-20", with: "activist: 2025-11-19")),
        .passes(PartyRules.development.replacingOccurrences(of: "activist: 2024-06-20", with: "activist: 2025-11-18")),
    ]

    func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let stage = d.data.string("stage"), stage != "入党积极分子" else { return }
        let latest = d.published.adding(years: -1)
        for c in d.data.records("candidates") {
            if let activist = c.date("activist"), activist > latest {
                report(
                    c.mark("activist"),
                    .r(.activistTooRecent(name: c.string("name") ?? "", activist: activist, latest: latest)))
            }
        }
    }
}

/// GK-P103: a candidate is 18 or older on the day the notice is published.
struct CandidateAdult: DocumentRule {
    let code = RuleCode.p103
    let summary = "party.development: every candidate is 18 or older on published (born month counts as the 1st)"
    let kinds: Set<KindID>? = [.partyDevelopment]
    let examples: [RuleExample] = [
        .passes(PartyRules.development),
        .trips(PartyRules.development.replacingOccurrences(of: "born: 1996-04", with: "born: 2008-12")),
        .passes(PartyRules.development.replacingOccurrences(of: "born: 1996-04", with: "born: 2008-11")),
    ]

    func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        for c in d.data.records("candidates") {
            guard let born = c["born"]?.month else { continue }
            if born.first.adding(years: 18) > d.published {
                report(
                    c.mark("born"),
                    .r(.candidateUnder18(name: c.string("name") ?? "", born: born, published: d.published)))
            }
        }
    }
}

/// GK-P104: the application comes before being named an activist.
struct AppliedBeforeActivist: DocumentRule {
    let code = RuleCode.p104
    let summary = "party.development: applied ≤ activist"
    let kinds: Set<KindID>? = [.partyDevelopment]
    let examples: [RuleExample] = [
        .passes(PartyRules.development),
        .trips(PartyRules.development.replacingOccurrences(of: "applied: 2024-03-12", with: "applied: 2024-07-01")),
    ]

    func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        for c in d.data.records("candidates") {
            if let applied = c.date("applied"), let activist = c.date("activist"), applied > activist {
                report(
                    c.mark("activist"),
                    .r(.appliedAfterActivist(name: c.string("name") ?? "", applied: applied, activist: activist)))
            }
        }
    }
}

/// GK-P201: the dues total is the sum of what was paid.
struct DuesTotal: DocumentRule {
    let code = RuleCode.p201
    let summary = "party.dues: total = Σ paid"
    let kinds: Set<KindID>? = [.partyDues]
    let examples: [RuleExample] = [
        .passes(PartyRules.dues),
        .trips(PartyRules.dues.replacingOccurrences(of: "total: 210", with: "total: 201")),
    ]

    func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let total = d.data.money("total") else { return }
        guard let paid = Record.amounts(d.data.records("members"), "paid") else { return }
        if paid.sum() != total {
            report(
                d.data.mark("total"),
                .r(.sumMismatch(label: "合计", parts: "Σ 实缴金额", computed: paid.sum(), stated: total)))
        }
    }
}

/// GK-P202 (warning): a member paid less than the standard for the months.
struct DuesArrears: DocumentRule {
    let code = RuleCode.p202
    let summary = "party.dues: paid < standard × months is arrears (欠缴)"
    let kinds: Set<KindID>? = [.partyDues]
    let examples: [RuleExample] = [
        .passes(PartyRules.dues),
        .trips(
            PartyRules.dues.replacingOccurrences(of: "paid: 150}", with: "paid: 100}").replacingOccurrences(
                of: "total: 210", with: "total: 160")),
    ]

    func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        for m in d.data.records("members") {
            guard let standard = m.money("standard"), let months = m.int("months"), let paid = m.money("paid") else {
                continue
            }
            let due = standard.times(months)
            if paid < due {
                report(
                    m.mark("paid"),
                    .r(
                        .duesArrears(
                            name: m.string("name") ?? "", paid: paid, due: due, standard: standard, months: months)))
            }
        }
    }
}

/// GK-P301: a branch meeting that decides has more than half the members present.
struct BranchMeetingQuorum: DocumentRule {
    let code = RuleCode.p301
    let summary = "party.meeting: 支部党员大会 with decisions needs present × 2 > expected"
    let kinds: Set<KindID>? = [.partyMeeting]
    let examples: [RuleExample] = [
        .passes(PartyRules.meeting),
        .trips(PartyRules.meeting.replacingOccurrences(of: "present: 49", with: "present: 28")),
        .passes(
            PartyRules.meeting.replacingOccurrences(of: "present: 49", with: "present: 28")
                .replacingOccurrences(of: "decisions: [同意接收许晓东为预备党员]", with: "")),
    ]

    func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard d.data.string("type") == "支部党员大会", !d.data.list("decisions").isEmpty,
            let present = d.data.int("present"), let expected = d.data.int("expected"), present * 2 <= expected
        else { return }
        report(d.data.mark("present"), .r(.partyMeetingQuorum(present: present, expected: expected)))
    }
}

/// GK-P302: a meeting is published after it took place.
struct MeetingBeforePublished: DocumentRule {
    let code = RuleCode.p302
    let summary = "party.meeting: date ≤ published"
    let kinds: Set<KindID>? = [.partyMeeting]
    let examples: [RuleExample] = [
        .passes(PartyRules.meeting),
        .trips(PartyRules.meeting.replacingOccurrences(of: "date: 2026-11-10", with: "date: 2026-11-13")),
    ]

    func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        if let date = d.data.date("date"), date > d.published {
            report(d.data.mark("date"), .r(.meetingAfterPublished(date: date, published: d.published)))
        }
    }
}

/// GK-S009 for meetings: no more present than expected.
struct MeetingCounts: DocumentRule {
    let code = RuleCode.s009
    let summary = "party.meeting: present ≤ expected"
    let kinds: Set<KindID>? = [.partyMeeting]
    let examples: [RuleExample] = [
        .passes(PartyRules.meeting),
        .trips(PartyRules.meeting.replacingOccurrences(of: "present: 49", with: "present: 57")),
    ]

    func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        if let present = d.data.int("present"), let expected = d.data.int("expected"), present > expected {
            report(
                d.data.mark("present"), .r(.countPresentOverExpected(label: "", present: present, expected: expected)))
        }
    }
}

/// GK-P401: each member's total is the sum of the scores.
struct PointsTotal: DocumentRule {
    let code = RuleCode.p401
    let summary = "party.points: each member's total = Σ scores"
    let kinds: Set<KindID>? = [.partyPoints]
    let examples: [RuleExample] = [
        .passes(PartyRules.points),
        .trips(PartyRules.points.replacingOccurrences(of: "total: 42.5", with: "total: 42")),
    ]

    func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        for m in d.data.records("members") {
            guard let total = m.number("total"), let scores = m.record("scores") else { continue }
            let values = scores.entries.compactMap { $0.value.number }
            guard values.count == scores.entries.count else { continue }
            let sum = values.reduce(DecimalNumber(units: 0), +)
            if sum != total {
                let parts = values.map(\.description).joined(separator: " + ")
                report(
                    m.mark("total"),
                    .r(.pointsTotal(name: m.string("name") ?? "", parts: parts, computed: sum, stated: total)))
            }
        }
    }
}

/// GK-P402: every score belongs to a declared category.
struct PointsCategory: DocumentRule {
    let code = RuleCode.p402
    let summary = "party.points: a score's category is one of categories"
    let kinds: Set<KindID>? = [.partyPoints]
    let examples: [RuleExample] = [
        .passes(PartyRules.points),
        .trips(PartyRules.points.replacingOccurrences(of: "志愿服务: 22.5}", with: "志愿活动: 22.5}")),
    ]

    func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        let categories = d.data.list("categories").compactMap(\.string)
        for m in d.data.records("members") {
            for entry in m.record("scores")?.entries ?? [] where !categories.contains(entry.key) {
                report(
                    entry.keyMark,
                    .r(
                        .unknownPointsCategory(
                            name: m.string("name") ?? "", category: entry.key, categories: categories)))
            }
        }
    }
}
