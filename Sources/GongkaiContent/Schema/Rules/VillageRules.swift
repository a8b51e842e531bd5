import GongkaiCore

/// Rules of village.yaml (spec §2, GK-V…).
package enum VillageRules {
    package static let all: [any SiteRule] = [SupervisorCount(), CommitteeApartFromSupervisors()]

    package static func village(committee: String, supervisors: String) -> String {
        "name: 许集村\ncommittee:\n\(committee)supervisors:\n\(supervisors)"
    }

    package static let committee = "  - {name: 许建国, role: 党支部书记}\n  - {name: 李秀兰, role: 副书记}\n"
    static let threeSupervisors =
        "  - {name: 许长林, role: 主任}\n  - {name: 赵玉芬, role: 委员}\n  - {name: 刘德胜, role: 委员}\n"
}

/// GK-V101 (warning): the supervisory committee has 3 to 5 members.
package struct SupervisorCount: SiteRule {
    package let code = RuleCode.v101
    package let severity = Severity.warning
    package let summary = "village.yaml: supervisors number 3 to 5"
    package let examples: [RuleExample] = [
        .passes(files: [
            "village.yaml": VillageRules.village(
                committee: VillageRules.committee, supervisors: VillageRules.threeSupervisors)
        ]),
        .trips(files: [
            "village.yaml": VillageRules.village(
                committee: VillageRules.committee, supervisors: "  - {name: 许长林, role: 主任}\n  - {name: 赵玉芬, role: 委员}\n"
            )
        ]),
    ]

    package func check(_ village: CheckedVillage, site: LoadedSite, report: (String, Mark, Message) -> Void) {
        guard let profile = village.profile, !(3...5).contains(profile.supervisors.count) else { return }
        report(
            profile.path, profile.data.mark("supervisors"), .r(SupervisorCountMessage(count: profile.supervisors.count))
        )
    }
}

/// GK-V102: nobody sits on both the committee and the supervisory committee (村民委员会组织法 Art. 32).
package struct CommitteeApartFromSupervisors: SiteRule {
    package let code = RuleCode.v102
    package let severity = Severity.error
    package let summary = "village.yaml: no name is both in committee and in supervisors"
    package let examples: [RuleExample] = [
        .passes(files: [
            "village.yaml": VillageRules.village(
                committee: VillageRules.committee, supervisors: VillageRules.threeSupervisors)
        ]),
        .trips(files: [
            "village.yaml": VillageRules.village(
                committee: VillageRules.committee,
                supervisors: VillageRules.threeSupervisors + "  - {name: 李秀兰, role: 委员}\n")
        ]),
    ]

    package func check(_ village: CheckedVillage, site: LoadedSite, report: (String, Mark, Message) -> Void) {
        guard let profile = village.profile else { return }
        let committee = Set(profile.committee.map(\.name))
        for member in profile.data.records("supervisors") {
            if let name = member.string("name"), committee.contains(name) {
                report(profile.path, member.mark("name"), .r(MemberInBothMessage(name: name)))
            }
        }
    }
}

// MARK: - Messages of these rules, in every locale

package struct SupervisorCountMessage: RuleMessage {
    package var count: Int

    package func text(_ l: Localizer) -> String {
        return l.t("村务监督委员会有 {count} 人，一般应为 3 至 5 人", count)
    }
}

package struct MemberInBothMessage: RuleMessage {
    package var name: String

    package func text(_ l: Localizer) -> String {
        return l.t("{name} 同时是村“两委”成员和村务监督委员会成员；村委会成员及其近亲属不得担任监督委员", name)
    }
}
