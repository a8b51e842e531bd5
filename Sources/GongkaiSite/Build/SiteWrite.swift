import Foundation
import GongkaiContent
import GongkaiCore
import Synchronization

/// One build's writing into the staging folder the publisher hands it: each village through its
/// pipeline (checked, rendered, reduced to its digest) or from the build cache, then the town
/// pages from the digests, then the manifest. Its result is all the build needs afterwards.
package struct SiteWrite {
    package let site: LoadedSite
    let theme: Theme
    package let plan: BuildPlan
    package let collector: DiagnosticCollector
    /// A server's memo of its folders and of the documents it checked.
    package var memo: FolderMemo? = nil

    package struct Outcome {
        package var villages: [VillageDigest]
        /// Notices whose pages were reused rather than rendered.
        var reused: Int
        /// False when a cache file could not be written: the next build is then a full one.
        var cacheWritten: Bool
    }

    /// Some village has an error: nothing is published; the digests still count the documents.
    package struct Abandoned: Error {
        package var villages: [VillageDigest]
    }

    /// A village checked: a server keeps its villages' documents as checked in memory, a
    /// command in the build cache (returned here, to be stored with the village's record). A
    /// full build (`--full`, or a cache that does not describe the site) parses every file.
    private func check(_ village: VillageSource, read: CheckedDocuments?) -> (CheckedVillage, CheckedDocuments?) {
        if let memo { return (VillageCheck.run(village, site: site, collector: collector, memo: memo), nil) }
        let before = plan.previous == nil ? nil : read ?? plan.cache.checkedDocuments(village.id)
        let (checked, recorded) = VillageCheck.run(village, site: site, collector: collector, before: before)
        return (checked, recorded)
    }

    func callAsFunction(_ folder: OutputFolder) throws -> Outcome {
        let renderer = SiteRenderer(site: site, theme: theme, output: folder)
        try renderer.begin()
        let cacheWritable = Mutex(true)
        // Each village's entries in manifest.json and sitemap.xml, and its search line: in the
        // cache's files once stored there, so a county's entries are never all in memory.
        let entries = Mutex<[String: VillageEntries]>([:])
        var villages: [VillageDigest] = []
        var reused = 0
        // A village's boards and pages are written while the next is checked, its cache records
        // after them.
        let tail = SerialWork()
        let store = SerialWork()
        defer {
            try? tail.wait()
            try? store.wait()
        }
        for step in plan.steps {
            switch step {
            case .reuse(let village, _, let record, let kept):
                entries.withLock { $0[village.id] = kept }
                reused += record.tally.published
                villages.append(record.replay(village, into: collector))
            case .build(let village, let key, let pages, let read):
                // Its folder in the site being served is listed while it is checked.
                folder.survey(village.id)
                let before = collector.count
                let (checked, recorded) = check(village, read: read)
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
                    let (sitemap, search) =
                        try notices.map { try renderer.renderPages($0, pages: pages) } ?? (Data(), Data())
                    // The pages' hashes are read from the folder's records before they are taken.
                    let rendered = pages.entries(in: folder)
                    let outputs = folder.ledger.take(under: "\(village.id)/")
                    folder.planMerge(village.id, outputs: outputs)
                    let written = VillageEntries(
                        sources: .data(
                            Data(Manifest.entries(site.sources.take(under: "content/\(village.id)/")).utf8)),
                        outputs: .data(Data(Manifest.entries(outputs).utf8)),
                        sitemap: .data(sitemap), search: search)
                    entries.withLock { $0[village.id] = written }
                    let cuts = pages.searchCuts
                    pages.release()
                    // Stored while the next village is written, or the town's files and the
                    // manifest (which takes a village's entries from memory until they are in
                    // the cache's files).
                    store.run {
                        guard cacheWritable.withLock({ $0 }) else { return }
                        do {
                            try cache.store(record, pages: rendered, cuts: cuts, of: village.id)
                            if let recorded { try cache.store(checked: recorded, of: village.id, key: key) }
                            let stored = try cache.store(entries: written, of: village.id, key: key)
                            entries.withLock { $0[village.id] = stored }
                        } catch {
                            cacheWritable.withLock { $0 = false }
                        }
                    }
                }
            }
        }
        // What the town shows of the villages' digests is written while the last village's
        // boards and pages are, on the tail's thread.
        if !collector.hasErrors { try renderer.renderTownPages(villages) }
        try tail.wait()
        Phases.mark("villages and town pages")
        if collector.hasErrors { throw Abandoned(villages: villages) }
        let all = entries.withLock { $0 }
        try renderer.renderTownIndexes(villages, sitemaps: all.mapValues(\.sitemap), searches: all.mapValues(\.search))
        Phases.mark("town search and sitemap")
        theme.overrides.forEach(site.sources.record)
        let layouts = plan.cache.manifestLayouts()
        let layout = try Manifest.write(
            into: folder, buildDate: site.buildDate, sources: site.sources,
            villages: all.mapValues { ($0.sources, $0.outputs) }, over: layouts)
        // Without it the next build but one writes its manifest whole.
        if let layout { try? plan.cache.store(manifestLayout: layout, after: layouts) }
        Phases.mark("manifest")
        try store.wait()
        return Outcome(villages: villages, reused: reused, cacheWritten: cacheWritable.withLock { $0 })
    }
}
