import Foundation
import GongkaiContent
import GongkaiCore
import GongkaiSite

/// What a village's catalog says is due next, for 我的待办's 新建 links: per catalog kind, the
/// period a new document of it would start with (`StartingValues`), unless a draft of the
/// village already covers it.
public struct DueNotice: Sendable, Equatable {
    public var kind: KindID
    public var period: Period
    /// 新建2026年11月财务收支公开
    public var label: String
}

extension EditorWorkspace {
    public func dueNotices(of village: String) -> [DueNotice] {
        guard let config = config(), let catalog = config.catalog, let loaded = self.village(village) else { return [] }
        let checked = CheckedVillage(source: loaded.source, documents: loaded.documents, buildDate: today)
        var due: [DueNotice] = []
        for item in catalog.items {
            guard let kind = KindRegistry.kind(item.kind), let allowed = kind.period,
                !due.contains(where: { $0.kind == kind.id })
            else { continue }
            let period = StartingValues.period(
                kind: kind, allowed: allowed, village: checked, config: config, today: today)
            let status = CatalogReport(config: config, buildDate: today, village: checked)?.rows.first {
                $0.kind == item.kind && $0.period == period
            }?.status
            guard status == .missing || status == .pending else { continue }
            let drafted = loaded.documents.contains { $0.kind.id == kind.id && $0.draft && $0.period == period }
            guard !drafted else { continue }
            due.append(DueNotice(kind: kind.id, period: period, label: "新建\(period.chinese)\(kind.label)"))
        }
        return due
    }
}

extension EditorWorkspace {
    /// The address a notice has on the public site once published (`base_url` + its folder).
    public func publicURL(of draft: EditorDraft) -> String? {
        guard let kind = draft.kind, let base = config()?.baseURL else { return nil }
        let name = (draft.path as NSString).lastPathComponent
        let slug = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        return base + "\(draft.village)/\(kind.category.rawValue)/\(slug)/"
    }

    /// The public site's address (`base_url`), for the sign-in page.
    public var publicSite: String? { config()?.baseURL }
}
