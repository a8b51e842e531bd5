import GongkaiCore

/// What each village owes under the catalog: one row per village, item and period (spec §6).
public struct CatalogReport: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case present, late, missing, pending

        public var label: String {
            switch self {
            case .present: return "已公开"
            case .late: return "逾期公开"
            case .missing: return "未公开"
            case .pending: return "待公开"
            }
        }

        /// The mark in the terminal table; shapes differ, so colour is never the only cue.
        public var mark: String {
            switch self {
            case .present: return "✓"
            case .late: return "迟"
            case .missing: return "✗"
            case .pending: return "…"
            }
        }
    }

    public struct Row: Sendable {
        public var village: String
        public var villageName: String
        public var kind: String
        public var period: Period
        public var status: Status
        /// Path of the notice relative to the site root.
        public var file: String?
        /// The notice's output folder, for links.
        public var folder: String?
    }

    public var catalog: Catalog
    public var rows: [Row]
    /// gongkai.yaml's `locale`, for the words of `text`.
    public var locale: SiteLocale = .zhHans

    public var hasMissing: Bool { rows.contains { $0.status == .missing } }

    /// The town's report, from each village's digest (which keeps the notices it needs).
    public init?(config: SiteConfig, buildDate: CalendarDate, villages: [VillageDigest]) {
        self.init(config: config, buildDate: buildDate, notices: villages.map { ($0.id, $0.profile, $0.townNotices) })
    }

    /// One village's report, from all its notices.
    package init?(config: SiteConfig, buildDate: CalendarDate, village: CheckedVillage) {
        self.init(config: config, buildDate: buildDate, notices: [(village.id, village.profile, village.notices)])
    }

    private init?(
        config: SiteConfig, buildDate: CalendarDate,
        notices: [(id: String, profile: VillageProfile?, notices: [NoticeSummary])]
    ) {
        guard let catalog = config.catalog else { return nil }
        self.catalog = catalog
        locale = config.locale
        var rows: [Row] = []
        for village in notices {
            let name = village.profile?.name ?? village.id
            let published = village.notices.filter { $0.isPublished(on: buildDate) }
            for item in catalog.items {
                let documents = published.filter { $0.kind.id.rawValue == item.kind }
                for period in catalog.periods(item, before: buildDate) {
                    let due = period.last.adding(days: catalog.dueDays)
                    let covering = documents.filter { d in
                        if let p = d.period { return p.covers(period) }
                        return period.contains(d.published)
                    }.sorted { ($0.published, $0.path) < ($1.published, $1.path) }
                    let status: Status
                    if let first = covering.first {
                        status = first.published > due ? .late : .present
                    } else {
                        status = due < buildDate ? .missing : .pending
                    }
                    rows.append(
                        Row(
                            village: village.id, villageName: name, kind: item.kind, period: period, status: status,
                            file: covering.first?.path, folder: covering.first?.outputFolder))
                }
            }
        }
        self.rows = rows
    }

    /// `gongkai report --format json`: the rows exactly as spec §6 names them.
    public var json: String {
        JSONValue.array(
            rows.map { r in
                .object([
                    ("village", .string(r.village)), ("kind", .string(r.kind)), ("period", .string(r.period.iso)),
                    ("status", .string(r.status.rawValue)), ("file", r.file.map { .string($0) } ?? .null),
                ])
            }
        ).serialized(pretty: true) + "\n"
    }

    /// The terminal table: per catalog item, villages as rows and periods as columns.
    public var text: String {
        let words = Localizer(locale: locale)
        var out = ""
        for item in catalog.items {
            let itemRows = rows.filter { $0.kind == item.kind }
            let periods = uniqueOrdered(itemRows.map(\.period))
            let label = KindRegistry.kind(item.kind).map { words.t($0.label) } ?? item.kind
            out += words.t(
                "{label}（{every}）", label, item.kind + words.t("，") + words.t(Catalog.everyLabel(item.every)))
            out += "\n"
            guard !periods.isEmpty else {
                out += "  " + words.t("尚无已结束的期间。") + "\n\n"
                continue
            }
            let nameWidth = max(8, itemRows.map { displayWidth($0.villageName) }.max() ?? 0) + 2
            let cell = { (status: Status) in words.t(status.mark) + " " + words.t(status.label) }
            let columnWidth =
                max(periods.map { $0.iso.count }.max() ?? 7, Status.allCases.map { displayWidth(cell($0)) }.max()!) + 2
            out +=
                (padded("", nameWidth) + periods.map { padded($0.iso, columnWidth) }.joined()).trimmingTrailingSpaces()
                + "\n"
            for village in uniqueOrdered(itemRows.map(\.villageName)) {
                var line = padded(village, nameWidth)
                for period in periods {
                    let status = itemRows.first { $0.villageName == village && $0.period == period }?.status
                    line += padded(status.map(cell) ?? "", columnWidth)
                }
                out += line.trimmingTrailingSpaces() + "\n"
            }
            out += "\n"
        }
        let counts = Status.allCases.map { s in "\(words.t(s.label)) \(rows.filter { $0.status == s }.count)" }
        out += words.t("合计 {count} 项：", rows.count) + counts.joined(separator: words.t("，")) + "\n"
        out += words.t("图例：✓ 已公开　迟 逾期公开（超过期满后 {dueDays} 天）　✗ 未公开（已过期限）　… 待公开（未到期限）", catalog.dueDays) + "\n"
        return out
    }

    package func uniqueOrdered<T: Hashable>(_ items: [T]) -> [T] {
        var seen = Set<T>()
        return items.filter { seen.insert($0).inserted }
    }

    func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E80 ? 2 : 1) }
    }

    func padded(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(1, width - displayWidth(s)))
    }
}

extension Catalog {
    package static func everyLabel(_ every: Period.Granularity) -> String {
        switch every {
        case .month: return "每月"
        case .quarter: return "每季度"
        case .year: return "每年"
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
