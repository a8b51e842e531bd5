/// Rules of village.yaml (spec §2, GK-V…).
enum VillageRules {
    static let all: [any SiteRule] = [SupervisorCount(), CommitteeApartFromSupervisors()]

    static func village(committee: String, supervisors: String) -> String {
        "name: 许集村\ncommittee:\n\(committee)supervisors:\n\(supervisors)"
    }

    static let committee = "  - {name: 许建国, role: 党支部书记}\n  - {name: 李秀兰, role: 副书记}\n"
    static let threeSupervisors = "  - {name: 许长林, role: 主任}\n  - {name: 赵玉芬, role: 委员}\n  - {name: 刘德胜, role: 委员}\n"
}

/// GK-V101 (warning): the supervisory committee has 3 to 5 members.
struct SupervisorCount: SiteRule {
    let code = RuleCode.v101
    let summary = "village.yaml: supervisors number 3 to 5"
    let examples: [RuleExample] = [
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

    func check(_ village: CheckedVillage, site: LoadedSite, report: (String, Mark, Message) -> Void) {
        guard let profile = village.profile, !(3...5).contains(profile.supervisors.count) else { return }
        report(profile.path, profile.data.mark("supervisors"), .r(.supervisorCount(count: profile.supervisors.count)))
    }
}

/// GK-V102: nobody sits on both the committee and the supervisory committee (村民委员会组织法 Art. 32).
struct CommitteeApartFromSupervisors: SiteRule {
    let code = RuleCode.v102
    let summary = "village.yaml: no name is both in committee and in supervisors"
    let examples: [RuleExample] = [
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

    func check(_ village: CheckedVillage, site: LoadedSite, report: (String, Mark, Message) -> Void) {
        guard let profile = village.profile else { return }
        let committee = Set(profile.committee.map(\.name))
        for member in profile.data.records("supervisors") {
            if let name = member.string("name"), committee.contains(name) {
                report(profile.path, member.mark("name"), .r(.memberInBoth(name: name)))
            }
        }
    }
}
