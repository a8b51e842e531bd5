import GongkaiContent
import GongkaiCore

/// Reduces a checked village to what the town-level pages and the build cache keep of it.
package enum VillageDigests {
    /// As many newest notices as the town page and the town feed show.
    static var newestKept: Int { max(OpenData.feedSize, SiteRenderer.latestPerVillage) }

    package static func make(_ village: CheckedVillage, site: LoadedSite) -> VillageDigest {
        let newest = village.publishedNotices.prefix(newestKept)
        let catalog = CatalogReport(config: site.config, buildDate: site.buildDate, village: village)
        let catalogFiles = Set(catalog?.rows.compactMap(\.file) ?? [])
        let newestPaths = Set(newest.map(\.path))
        // The catalog's notices, and those with an objection still open (the town page names them).
        let covering = village.notices.filter {
            (catalogFiles.contains($0.path) || $0.openObjections > 0) && !newestPaths.contains($0.path)
        }
        return VillageDigest(
            id: village.id, profile: village.profile, tally: village.tally, townNotices: Array(newest) + covering)
    }
}
