import Foundation
import Synchronization

/// One build's writing into the staging folder the publisher hands it: each village through its
/// pipeline (checked, rendered, reduced to its digest) or from the build cache, then the town
/// pages from the digests, then the manifest. Its result is all the build needs afterwards.
struct SiteWrite {
    let site: LoadedSite
    let theme: Theme
    let plan: BuildPlan
    let collector: DiagnosticCollector

    struct Outcome {
        var villages: [VillageDigest]
        /// Notices whose pages were reused rather than rendered.
        var reused: Int
        /// False when a cache file could not be written: the next build is then a full one.
        var cacheWritten: Bool
    }

    /// Some village has an error: nothing is published; the digests still count the documents.
    struct Abandoned: Error {
        var villages: [VillageDigest]
    }

    func callAsFunction(_ folder: OutputFolder) throws -> Outcome {
        let renderer = SiteRenderer(site: site, theme: theme, output: folder)
        try renderer.begin()
        let cacheWritable = Mutex(true)
        let sitemaps = Mutex<[String: Data]>([:])
        let searches = Mutex<[String: Data]>([:])
        var villages: [VillageDigest] = []
        var cached: [String: VillageEntries] = [:]
        var reused = 0
        // A village's boards, pages and cache record are written while the next is checked.
        let tail = SerialWork()
        defer { try? tail.wait() }
        for step in plan.steps {
            switch step {
            case .reuse(let village, _, let record, let entries):
                cached[village.id] = entries
                reused += record.tally.published
                villages.append(record.replay(village, into: collector))
            case .build(let village, let key, let pages):
                let before = collector.count
                let checked = VillageCheck.run(village, site: site, collector: collector)
                for document in checked.documents {
                    site.sources.record(document.path, sha256: document.sourceSHA256, bytes: document.bytes)
                }
                let digest = VillageDigests.make(checked, site: site)
                villages.append(digest)
                guard !collector.hasErrors else { continue }
                let notices = try renderer.renderNotices(checked, pages: pages)
                reused += notices?.reused ?? 0
                let record = CachedVillage(
                    key: key, tally: digest.tally, notices: digest.townNotices,
                    diagnostics: collector.diagnostics(since: before))
                let cache = plan.cache
                tail.run {
                    if let notices {
                        let (sitemap, search) = try renderer.renderPages(notices, pages: pages)
                        sitemaps.withLock { $0[village.id] = sitemap }
                        searches.withLock { $0[village.id] = search }
                    }
                    guard cacheWritable.withLock({ $0 }) else { return }
                    if (try? cache.store(record, pages: pages.entries(in: folder.url), of: village.id)) == nil {
                        cacheWritable.withLock { $0 = false }
                    }
                }
            }
        }
        try tail.wait()
        if collector.hasErrors { throw Abandoned(villages: villages) }
        let allSitemaps = sitemaps.withLock { $0 }.merging(cached.mapValues(\.sitemap)) { new, _ in new }
        let allSearches = searches.withLock { $0 }.merging(cached.mapValues(\.search)) { new, _ in new }
        try renderer.renderTown(villages, sitemaps: allSitemaps, searches: allSearches)
        theme.overrides.forEach(site.sources.record)
        let entries = try Manifest.write(
            into: folder, buildDate: site.buildDate, sources: site.sources, villages: villages.map(\.id),
            sitemaps: allSitemaps, searches: allSearches, cached: cached)
        for step in plan.steps where cacheWritable.withLock({ $0 }) {
            guard let rendered = entries[step.village.id] else { continue }
            if (try? plan.cache.store(entries: rendered, of: step.village.id, key: step.key)) == nil {
                cacheWritable.withLock { $0 = false }
            }
        }
        return Outcome(villages: villages, reused: reused, cacheWritten: cacheWritable.withLock { $0 })
    }
}
