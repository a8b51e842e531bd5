import GongkaiCore

/// Rules that tie a village's notices together: a notice names the 四议两公开 record by which the
/// village agreed to it (`decision`), that record came first, a compensation's list of who
/// shares was fixed before its vote, and a household has one homestead.
package enum DecisionLinkRules {
    package static let all: [any SiteRule] = [DecisionReference(), CutoffBeforeVote(), OneHouseholdOneHomestead()]

    /// Every `decision` a document names, with where it is written and the date it must not
    /// follow: `arose` for a payable, `published` otherwise.
    package static func references(_ d: Document) -> [(slug: String, mark: Mark, before: CalendarDate, what: String)] {
        var found: [(String, Mark, CalendarDate, String)] = []
        guard d.kind.allFields.contains(where: { $0.key == "decision" || $0.key == "payables" }) else { return [] }
        if d.kind.id != .financeDebts, let slug = d.data.string("decision") {
            found.append((slug, d.data.mark("decision"), d.published, "公开日期"))
        }
        for payable in d.kind.id == .financeDebts ? d.data.records("payables") : [] {
            guard let slug = payable.string("decision") else { continue }
            found.append((slug, payable.mark("decision"), payable.date("arose") ?? d.published, "债务发生日期"))
        }
        return found
    }

    /// The village's decisions by slug.
    package static func decisions(_ village: CheckedVillage) -> [String: Document] {
        Dictionary(
            village.documents.filter { $0.kind.id == .affairsDecision }.map { ($0.slug, $0) },
            uniquingKeysWith: { a, _ in a })
    }
}

/// GK-R301: `decision` names an affairs.decision of the village whose resolution came first.
package struct DecisionReference: SiteRule {
    package let code = RuleCode.r301
    package let severity = Severity.error
    package let judgesDrafts = true
    package let summary =
        "any with decision: it names an affairs.decision of the village resolved no later than the date it precedes"
    package let examples: [RuleExample] = [
        .passes(files: MoneyAndLandSamples.withDecision(MoneyAndLandSamples.distribution)),
        .trips(files: ["example.yaml": MoneyAndLandSamples.distribution]),
        .trips(
            files: MoneyAndLandSamples.withDecision(
                MoneyAndLandSamples.distribution,
                decision: MoneyAndLandSamples.decision.replacingOccurrences(
                    of: "resolution: {date: 2026-01-10", with: "resolution: {date: 2026-01-25"
                )
                .replacingOccurrences(of: "published: 2026-01-12", with: "published: 2026-01-26")
                .replacingOccurrences(of: "notice_until: 2026-01-19", with: "notice_until: 2026-02-02"))),
        .trips(
            files: [
                "example.yaml": MoneyAndLandSamples.distribution,
                "decision.yaml": MoneyAndLandSamples.homestead,
            ]),
    ]

    package func check(_ village: CheckedVillage, site: LoadedSite, report: (String, Mark, Message) -> Void) {
        let decisions = DecisionLinkRules.decisions(village)
        let slugs = Dictionary(village.documents.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        for d in village.documents {
            for reference in DecisionLinkRules.references(d) {
                guard let decision = decisions[reference.slug] else {
                    report(
                        d.path, reference.mark,
                        .r(
                            DecisionMissingMessage(
                                slug: reference.slug, otherKind: slugs[reference.slug]?.kind.label)))
                    continue
                }
                guard let resolved = decision.data.record("resolution")?.date("date"), resolved > reference.before
                else { continue }
                report(
                    d.path, reference.mark,
                    .r(
                        DecisionTooLateMessage(
                            file: decision.path, resolved: resolved, what: reference.what, before: reference.before)))
            }
        }
    }
}

/// GK-F604: who shares the compensation was fixed on or before the day of the vote on it.
package struct CutoffBeforeVote: SiteRule {
    package let code = RuleCode.f604
    package let severity = Severity.error
    package let judgesDrafts = true
    package let summary = "finance.compensation: cutoff ≤ the date of its decision's resolution"
    package let examples: [RuleExample] = [
        .passes(files: MoneyAndLandSamples.withDecision(MoneyAndLandSamples.compensation)),
        .trips(
            files: MoneyAndLandSamples.withDecision(
                MoneyAndLandSamples.compensation.replacingOccurrences(
                    of: "cutoff: 2026-01-05", with: "cutoff: 2026-01-20"))),
    ]

    package func check(_ village: CheckedVillage, site: LoadedSite, report: (String, Mark, Message) -> Void) {
        let decisions = DecisionLinkRules.decisions(village)
        for d in village.documents where d.kind.id == .financeCompensation {
            guard let cutoff = d.data.date("cutoff"), let slug = d.data.string("decision"),
                let resolved = decisions[slug]?.data.record("resolution")?.date("date"), cutoff > resolved
            else { continue }
            report(d.path, d.data.mark("cutoff"), .r(CutoffAfterVoteMessage(cutoff: cutoff, resolved: resolved)))
        }
    }
}

/// GK-A605: another homestead of the village, approved, names the same applicant (一户一宅).
package struct OneHouseholdOneHomestead: SiteRule {
    package let code = RuleCode.a605
    package let severity = Severity.warning
    package let judgesDrafts = true
    package let summary =
        "affairs.homestead: another approved affairs.homestead of the village names the same applicant"
    package let examples: [RuleExample] = [
        .passes(files: ["example.yaml": MoneyAndLandSamples.homestead]),
        .trips(
            files: [
                "example.yaml": MoneyAndLandSamples.homestead,
                "earlier.yaml": MoneyAndLandSamples.homestead.replacingOccurrences(of: "2026-0", with: "2019-0")
                    .replacingOccurrences(of: "〔2026〕12号", with: "〔2019〕3号"),
            ]),
    ]

    package func check(_ village: CheckedVillage, site: LoadedSite, report: (String, Mark, Message) -> Void) {
        let homesteads = village.documents.filter { $0.kind.id == .affairsHomestead }
        for d in homesteads {
            guard let applicant = d.data.string("applicant") else { continue }
            for other in homesteads where other.path != d.path && other.data.string("applicant") == applicant {
                guard let approved = other.data.record("approval")?.date("date") else { continue }
                report(
                    d.path, d.data.mark("applicant"),
                    .r(SecondHomesteadMessage(applicant: applicant, file: other.path, approved: approved)))
            }
        }
    }
}

// MARK: - Messages of these rules, in every locale

package struct DecisionMissingMessage: RuleMessage {
    package var slug: String
    var otherKind: String?

    package func text(_ l: Localizer) -> String {
        if let otherKind {
            return l.t("decision 写的“{slug}”是一篇{otherKind}，不是四议两公开决议：请写决议文档的文件名", slug, otherKind)
        }
        return l.t("decision 写的“{slug}”在本村找不到四议两公开决议：请写决议文档的文件名（不含 .md/.yaml）", slug)
    }
}

package struct DecisionTooLateMessage: RuleMessage {
    package var file: String
    package var resolved: CalendarDate
    package var what: String
    package var before: CalendarDate

    package func text(_ l: Localizer) -> String {
        // Two sentences, not one with the date's name put in: English words the two events apart.
        what == "公开日期"
            ? l.t("所引决议（{file}）{resolved} 才表决，晚于公开日期 {before}：须先决议、后实施", file, resolved.iso, before.iso)
            : l.t("所引决议（{file}）{resolved} 才表决，晚于债务发生日期 {before}：须先决议、后实施", file, resolved.iso, before.iso)
    }
}

package struct CutoffAfterVoteMessage: RuleMessage {
    var cutoff: CalendarDate
    package var resolved: CalendarDate

    package func text(_ l: Localizer) -> String {
        l.t("分配人口认定截止日 {cutoff} 晚于分配方案表决日 {resolved}：应在表决前确定谁参与分配", cutoff.iso, resolved.iso)
    }
}

package struct SecondHomesteadMessage: RuleMessage {
    var applicant: String
    package var file: String
    package var approved: CalendarDate

    package func text(_ l: Localizer) -> String {
        l.t("{applicant} 已于 {approved} 获批宅基地（{file}）：一户只能拥有一处宅基地，请核实", applicant, approved.iso, file)
    }
}
