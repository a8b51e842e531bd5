import GongkaiCore

/// content/<village>/village.yaml (spec §2).
public struct VillageProfile: Sendable {
    public struct Member: Sendable, Hashable {
        public var name: String
        public var role: String
    }

    public var id: String
    public var name: String
    public var town: String
    public var households: Int?
    public var population: Int?
    public var partyMembers: Int?
    public var representatives: Int?
    public var committee: [Member]
    public var supervisors: [Member]
    public var hotline: String?
    public var address: String?
    public var path: String
    public var data: Record

    private static let member = FieldType.object([FieldSpec("name", "姓名", .name), FieldSpec("role", "职务", .string())])

    package static let fields: [FieldSpec] = [
        FieldSpec("name", "村名", .string(maxLength: 50)),
        .optional("town", "乡镇", .string()),
        .optional("households", "户数", .int()),
        .optional("population", "人口", .int()),
        .optional("party_members", "党员人数", .int()),
        .optional("representatives", "村民代表人数", .int()),
        FieldSpec("committee", "村“两委”成员", .list(member, nonEmpty: true)),
        FieldSpec("supervisors", "村务监督委员会成员", .list(member)),
        .optional("hotline", "监督举报电话", .publicPhone),
        .optional("address", "村委会地址", .string()),
    ]

    package init?(id: String, path: String, record: Record, defaultTown: String) {
        guard let name = record["name"]?.string else { return nil }
        func members(_ key: String) -> [Member] {
            (record[key]?.list ?? []).compactMap { v in
                guard let r = v.record, let n = r["name"]?.string, let role = r["role"]?.string else { return nil }
                return Member(name: n, role: role)
            }
        }
        self.id = id
        self.path = path
        self.name = name
        self.town = record["town"]?.string ?? defaultTown
        self.households = record["households"]?.int
        self.population = record["population"]?.int
        self.partyMembers = record["party_members"]?.int
        self.representatives = record["representatives"]?.int
        self.committee = members("committee")
        self.supervisors = members("supervisors")
        self.hotline = record["hotline"]?.string
        self.address = record["address"]?.string
        self.data = record
    }
}
