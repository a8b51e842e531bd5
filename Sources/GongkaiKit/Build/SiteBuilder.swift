import Foundation
import Synchronization

/// Runs the pipeline: Source → Schema → Render → Publish.
public enum SiteBuilder {
    /// Validates only.
    public static func check(root: URL, buildDate: CalendarDate) -> BuildReport {
        let (site, collector) = SiteLoader.load(root: root, buildDate: buildDate)
        _ = Theme.load(siteRoot: root, collector: collector)
        return report(site, collector, wrote: false)
    }

    private struct Abandoned: Error {}

    /// Validates, then writes the site to `out`; with any error it writes nothing.
    ///
    /// Villages stream through one at a time: parsed, checked and rendered, then reduced to
    /// summaries. After the first error nothing more is rendered (every village is still
    /// checked) and nothing is published. When the cache beside `out` describes the site on
    /// disk, villages whose inputs did not change are neither parsed nor rendered: their
    /// summaries and warnings come from the cache and their folders stay as they are.
    public static func build(
        root: URL, out: URL, buildDate: CalendarDate, full: Bool = false, force: Bool = false
    ) throws -> BuildReport {
        try OutputGuard.check(out, root: root, force: force)
        let (prepared, collector) = SiteLoader.prepare(root: root, buildDate: buildDate)
        let theme = Theme.load(siteRoot: root, collector: collector)
        guard var site = prepared else { return report(nil, collector, wrote: false) }
        guard let theme, !collector.hasErrors else {
            let (checked, _) = finishChecking(site, collector)
            return report(checked, collector, wrote: false)
        }
        let cache = BuildCache(out: out, fingerprint: fingerprint(site, theme))
        let previous = full ? nil : cache.villages
        var keys: [(id: String, key: String)] = []
        var cached: [String: SiteRenderer.VillageEntries] = [:]
        var reused = 0
        let cacheWritable = Mutex(true)
        let publish = { (folder: OutputFolder) throws in
            let renderer = SiteRenderer(site: site, theme: theme, output: folder)
            try renderer.begin()
            // A village's boards, pages and cache record are written while the next is parsed.
            let tail = SerialWork()
            defer { try? tail.wait() }
            for index in site.villages.indices {
                let id = site.villages[index].id
                let key = cache.key(site.villages[index], history: site.history)
                keys.append((id, key))
                if previous?[id] == key, let record = cache.record(id), let entries = cache.entries(id) {
                    site.villages[index].notices = record.notices
                    site.villages[index].tally = record.tally
                    record.diagnostics.forEach(collector.report)
                    cached[id] = entries
                    reused += record.tally.published
                    site.villages[index] = site.villages[index].summarized
                    continue
                }
                let before = collector.count
                let village = SiteLoader.loadVillage(site.villages[index], site: site, collector: collector)
                site.sources += village.documents.map { FileRecord(path: $0.path, sha256: $0.sourceSHA256, bytes: $0.bytes) }
                if !collector.hasErrors {
                    let pages = previous == nil ? nil : cache.pages(id).map { VillagePages(fingerprint: cache.fingerprint, previous: $0) }
                    let rendered = pages ?? VillagePages(fingerprint: cache.fingerprint)
                    let notices = try renderer.renderNotices(village, pages: rendered)
                    reused += notices?.reused ?? 0
                    let record = VillageRecord(
                        key: key, tally: village.tally,
                        notices: SiteRenderer.townNotices(village, config: site.config, buildDate: buildDate),
                        diagnostics: collector.diagnostics(since: before))
                    tail.run {
                        if let notices { try renderer.renderPages(notices, pages: rendered) }
                        guard cacheWritable.withLock({ $0 }) else { return }
                        let stored = (try? cache.store(record, pages: rendered.entries(in: folder.url), of: id)) != nil
                        if !stored { cacheWritable.withLock { $0 = false } }
                    }
                }
                site.villages[index] = village.summarized
            }
            try tail.wait()
            if collector.hasErrors { throw Abandoned() }
            let entries = try renderer.finish(site, cached: cached)
            for (id, key) in keys where cacheWritable.withLock({ $0 }) {
                if let e = entries[id], (try? cache.store(entries: e, of: id, key: key)) == nil { cacheWritable.withLock { $0 = false } }
            }
        }
        do {
            if let previous {
                try Publisher.update(out, previousVillages: Set(previous.keys), villages: Set(site.villages.map(\.id)), cache: cache, publish)
            } else {
                try Publisher.publish(to: out, publish)
            }
        } catch is Abandoned {
            return report(site, collector, wrote: false)
        } catch let limit as TemplateLibrary.RenderLimit {
            collector.report(
                .s001, at: SourceLocation(file: theme.source(of: limit.template), line: 1, column: 1),
                .templateRenderLimit(
                    operations: TemplateLibrary.operationLimit, bytes: TemplateLibrary.outputLimit,
                    depth: TemplateLibrary.partialDepthLimit))
            return report(site, collector, wrote: false)
        }
        // The site is out; a cache that cannot be written only makes the next build a full one.
        if cacheWritable.withLock({ $0 }) { try? cache.commit(villages: keys) }
        var built = report(site, collector, wrote: true)
        built.reused = reused
        return built
    }

    /// What every page depends on: this binary (its size, time and inode change whenever it is
    /// rebuilt or replaced), the theme, gongkai.yaml, the build date and the history's depth.
    static func fingerprint(_ site: LoadedSite, _ theme: Theme) -> String {
        var binary = stat()
        _ = stat("/proc/self/exe", &binary)
        return Hashing.key([
            "gongkai-render-1", "\(binary.st_size)-\(binary.st_mtim.tv_sec).\(binary.st_mtim.tv_nsec)-\(binary.st_ino)",
            theme.digest, site.sources.first { $0.path == SiteRoot.configName }?.sha256 ?? "", site.buildDate.iso,
            site.history == nil ? "no-git" : (site.history!.isShallow ? "shallow" : "git"),
        ])
    }

    /// Checks every village of a site that cannot be built, so all problems are still reported.
    private static func finishChecking(_ site: LoadedSite, _ collector: DiagnosticCollector) -> (LoadedSite, DiagnosticCollector) {
        var site = site
        for index in site.villages.indices {
            site.villages[index] = SiteLoader.loadVillage(site.villages[index], site: site, collector: collector).summarized
        }
        return (site, collector)
    }

    private static func report(_ site: LoadedSite?, _ collector: DiagnosticCollector, wrote: Bool) -> BuildReport {
        let tally = (site?.villages ?? []).map(\.tally).reduce(NoticeTally(), +)
        return BuildReport(
            diagnostics: collector.diagnostics, wrote: wrote, documents: tally.documents,
            published: tally.published, drafts: tally.drafts, scheduled: tally.scheduled,
            locale: collector.localizer.locale,
            historyNote: historyNote(site, Localizer(locale: collector.localizer.locale)))
    }

    private static func historyNote(_ site: LoadedSite?, _ l: Localizer) -> String? {
        guard let site else { return nil }
        guard let history = site.history else {
            return l.pick("不在 git 仓库中，页面不显示修订记录", "不在 git 倉庫中，頁面不顯示修訂記錄", "not in a git repository: pages show no history")
        }
        return history.isShallow
            ? l.pick("浅克隆仓库，修订记录不完整", "淺克隆倉庫，修訂記錄不完整", "shallow clone: history is incomplete") : nil
    }
}
