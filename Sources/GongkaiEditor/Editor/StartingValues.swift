import GongkaiContent
import GongkaiCore
import GongkaiSite

/// The values a new document's form starts with (spec §11, "good starting values"): its period
/// is the first the catalog still lacks for the village (else the last one ended), its title
/// names the village and the period, `published` is today; a statement opens with the closing
/// balance of the period before; dues and points start from the members and categories of the
/// village's last notice of that kind.
package enum StartingValues {
    package static func new(kind: Kind, village: CheckedVillage, config: SiteConfig, today: CalendarDate) -> Record {
        var record = Record(mark: .start)
        func set(_ key: String, _ content: Value.Content) {
            record.entries.append(Record.Entry(key: key, keyMark: .start, value: Value(content: content, mark: .start)))
        }
        let period = kind.period.map {
            self.period(kind: kind, allowed: $0, village: village, config: config, today: today)
        }
        set("kind", .string(kind.id.rawValue))
        set("title", .string((village.profile?.name ?? "") + (period?.chinese ?? "") + kind.label))
        set("published", .date(today))
        if let period { set("period", .period(period)) }
        let earlier = village.documents.filter {
            $0.kind.id == kind.id && $0.period.map { $0 < (period ?? $0) } ?? true
        }
        switch kind.id {
        case .financeStatement:
            let before = earlier.filter { $0.period != nil }.max { $0.period! < $1.period! }
            if let closing = before?.data.money("closing_balance") { set("opening_balance", .money(closing)) }
        case .partyDues:
            let last = earlier.max { ($0.published, $0.path) < ($1.published, $1.path) }
            if let members = last.map({ rows($0, "members", keeping: ["name", "standard"]) }), !members.isEmpty {
                set("members", .list(members))
            }
        case .partyPoints:
            let last = earlier.max { ($0.published, $0.path) < ($1.published, $1.path) }
            if let categories = last?.data["categories"] {
                record.entries.append(.init(key: "categories", keyMark: .start, value: categories))
            }
            if let members = last.map({ rows($0, "members", keeping: ["name"]) }), !members.isEmpty {
                set("members", .list(members))
            }
        case .financeDistribution:
            // This year starts with what last year carried forward.
            let before = earlier.filter { $0.period != nil }.max { $0.period! < $1.period! }
            if let carried = before?.data.money("carried_forward") { set("brought_forward", .money(carried)) }
        case .financeDebts:
            // A quarter's claims start from the last statement of them: what was owed is still owed
            // until it is struck off.
            let before = earlier.filter { $0.period != nil }.max { $0.period! < $1.period! }
            for key in ["receivables", "payables"] {
                if let rows = before?.data[key] { record.entries.append(.init(key: key, keyMark: .start, value: rows)) }
            }
        case .affairsLevy:
            // A 结算 starts from the village's latest 方案 that has none yet.
            let levies = village.documents.filter { $0.kind.id == .affairsLevy }
            let settled = Set(
                levies.filter { $0.data.string("stage") == "结算" }.compactMap { $0.data.string("project") })
            let plan = levies.filter {
                $0.data.string("stage") == "方案" && !settled.contains($0.data.string("project") ?? "")
            }
            .max { ($0.published, $0.path) < ($1.published, $1.path) }
            if let plan {
                record.entries.removeAll { $0.key == "title" }
                set("title", .string((plan.data.string("title") ?? "").replacingOccurrences(of: "方案", with: "结算")))
                set("stage", .string("结算"))
                for key in [
                    "project", "beneficiaries", "per_person", "laborers", "days_per_laborer", "exemptions", "raised",
                    "subsidy", "decision",
                ] {
                    if let value = plan.data[key] {
                        record.entries.append(.init(key: key, keyMark: .start, value: value))
                    }
                }
            }
        default:
            break
        }
        return record
    }

    /// The rows of a table of `document`, each with only the `keeping` cells (this period's
    /// figures start blank).
    package static func rows(_ document: Document, _ key: String, keeping: Set<String>) -> [Value] {
        document.data.records(key).map { row in
            var kept = Record(mark: .start)
            kept.entries = row.entries.filter { keeping.contains($0.key) }
            return Value(content: .record(kept), mark: .start)
        }
    }

    /// The first period the catalog lists as missing or pending for this village and kind after
    /// the latest one it has written; else the first it lacks at all; else the one after the
    /// latest; else the last one ended before today.
    package static func period(
        kind: Kind, allowed: [Period.Granularity], village: CheckedVillage, config: SiteConfig, today: CalendarDate
    ) -> Period {
        let rows = CatalogReport(config: config, buildDate: today, village: village)?.rows ?? []
        let lacking = rows.filter {
            $0.kind == kind.id.rawValue && ($0.status == .missing || $0.status == .pending)
                && allowed.contains($0.period.granularity)
        }.map(\.period)
        let latest = village.documents.filter { $0.kind.id == kind.id }.compactMap(\.period).max()
        // A gap before the latest one written is old business; the next one due comes first.
        if let latest, let next = lacking.filter({ $0 > latest }).min() { return next }
        if let first = lacking.min() { return first }
        return latest?.next ?? Scaffold.previousPeriod(before: today, allowed: allowed)
    }
}
