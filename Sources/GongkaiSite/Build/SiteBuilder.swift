import Foundation
import GongkaiContent
import GongkaiCore
import Synchronization

/// Runs the pipeline: Source → Schema → Render → Publish.
public enum SiteBuilder {
    /// Validates only: the theme, and every village checked and reduced to its digest. A
    /// village none of whose inputs changed since the last build of `site` (the build cache
    /// describes it, with the same binary, theme, gongkai.yaml, date and history) is not checked
    /// again: its warnings are those the build recorded, as a rebuild would print them.
    public static func check(root: URL, buildDate: CalendarDate, site out: URL? = nil) -> BuildReport {
        let out = out ?? root.appendingPathComponent("site")
        let (prepared, collector) = SiteLoader.prepare(
            root: root, buildDate: buildDate, historyFile: BuildCache.historyFile(for: out, writable: false),
            listings: BuildCache.listingFiles(for: out, writable: false))
        let theme = Theme.load(siteRoot: root, collector: collector)
        guard let site = prepared else { return report(nil, [], collector, wrote: false) }
        let cache = theme.map {
            BuildCache(out: out, fingerprint: fingerprint(site, $0))
        }
        let villages = site.villages.map { village -> VillageDigest in
            if let cache, let record = cache.unchanged(village.id, key: cache.key(village, history: site.history)) {
                return record.replay(village, into: collector)
            }
            // A village that changed: its unchanged files as the last build checked them.
            let checked =
                cache?.checkedDocuments(village.id).map {
                    VillageCheck.run(village, site: site, collector: collector, before: $0).0
                } ?? VillageCheck.run(village, site: site, collector: collector)
            return VillageDigests.make(checked, site: site)
        }
        return report(site, villages, collector, wrote: false)
    }

    /// The site as read, and each village checked and reduced to its digest; nil for the site
    /// when gongkai.yaml is unusable.
    public static func checkedSite(
        root: URL, buildDate: CalendarDate
    ) -> ((site: LoadedSite, villages: [VillageDigest])?, DiagnosticCollector) {
        let (prepared, collector) = SiteLoader.prepare(root: root, buildDate: buildDate)
        guard let site = prepared else { return (nil, collector) }
        return ((site, VillageCheck.all(site, collector: collector)), collector)
    }

    /// Validates, then writes the site to `out`; with any error it writes nothing.
    ///
    /// First a plan: villages whose inputs did not change since the site on disk was built are
    /// taken from the build cache beside `out` (neither parsed nor rendered; their folders stay).
    /// Then each other village streams through its pipeline — checked, rendered, reduced to a
    /// digest — then the town pages are rendered from the digests, the staging folder is
    /// published, and the cache committed. After the first error nothing more is rendered (every
    /// village is still checked) and nothing is published.
    /// `memo`: a server's knowledge of which villages' folders changed since its last build.
    /// `exitsAfter`: the process ends with this build (the command line), so what the build read
    /// is left for the exit to take rather than freed object by object (about 10 ms for a county).
    public static func build(
        root: URL, out: URL, buildDate: CalendarDate, full: Bool = false, force: Bool = false, memo: FolderMemo? = nil,
        exitsAfter: Bool = false
    ) throws -> BuildReport {
        Phases.mark("start")
        try OutputGuard.check(out, root: root, force: force)
        let (prepared, collector) = SiteLoader.prepare(
            root: root, buildDate: buildDate, memo: memo, historyFile: BuildCache.historyFile(for: out, writable: true),
            listings: BuildCache.listingFiles(for: out, writable: true))
        Phases.mark("prepare")
        let theme = Theme.load(siteRoot: root, collector: collector)
        Phases.mark("theme")
        guard let site = prepared else { return report(nil, [], collector, wrote: false) }
        guard let theme, !collector.hasErrors else {
            return report(site, VillageCheck.all(site, collector: collector), collector, wrote: false)
        }
        let plan = BuildPlan(
            site: site, cache: BuildCache(out: out, fingerprint: fingerprint(site, theme)), full: full,
            readsChecked: memo == nil)
        Phases.mark("plan")
        let outcome: SiteWrite.Outcome
        do {
            outcome = try plan.publish(
                to: out,
                SiteWrite(site: site, theme: theme, plan: plan, collector: collector, memo: memo).callAsFunction)
        } catch let abandoned as SiteWrite.Abandoned {
            return report(site, abandoned.villages, collector, wrote: false)
        } catch let limit as TemplateLibrary.RenderLimit {
            collector.report(
                .s001, at: SourceLocation(file: theme.source(of: limit.template), line: 1, column: 1),
                .templateRenderLimit(
                    operations: TemplateLibrary.operationLimit, bytes: TemplateLibrary.outputLimit,
                    depth: TemplateLibrary.partialDepthLimit))
            return report(site, [], collector, wrote: false)
        }
        // The site is out; a cache that cannot be written only makes the next build a full one.
        Phases.mark("published")
        if outcome.cacheWritten { try? plan.cache.commit(villages: plan.steps.map { ($0.village.id, $0.key) }) }
        Phases.mark("cache committed")
        var built = report(site, outcome.villages, collector, wrote: true)
        built.reused = outcome.reused
        if exitsAfter { _ = Unmanaged.passRetained(LeftForExit((site, plan, outcome))) }
        return built
    }

    /// Throws the `OutputRefusal` a build into `out` would meet, before anything is built
    /// (`serve --public` says so at its start).
    public static func checkOutput(_ out: URL, root: URL) throws {
        try OutputGuard.check(out, root: root, force: false)
    }

    /// What every page depends on: this binary (its size, time and inode change whenever it is
    /// rebuilt or replaced), the theme, gongkai.yaml, the build date and the history's depth.
    static func fingerprint(_ site: LoadedSite, _ theme: Theme) -> String {
        var binary = stat()
        _ = stat("/proc/self/exe", &binary)
        return Hashing.key(
            [
                "gongkai-render-1",
                "\(binary.st_size)-\(binary.st_mtim.tv_sec).\(binary.st_mtim.tv_nsec)-\(binary.st_ino)",
                theme.digest, site.sources.sha256(of: SiteRoot.configName) ?? "", site.buildDate.iso,
                site.history == nil ? "no-git" : (site.history!.isShallow ? "shallow" : "git"),
            ] + (OpenData.sitemapIsIndex(site) ? ["sitemap-index"] : []))
    }

    private static func report(
        _ site: LoadedSite?, _ villages: [VillageDigest], _ collector: DiagnosticCollector, wrote: Bool
    ) -> BuildReport {
        let tally = villages.map(\.tally).reduce(NoticeTally(), +)
        return BuildReport(
            diagnostics: collector.diagnostics, wrote: wrote, documents: tally.documents,
            published: tally.published, drafts: tally.drafts, scheduled: tally.scheduled,
            locale: collector.localizer.locale,
            historyNote: historyNote(site, Localizer(locale: collector.localizer.locale)))
    }

    private static func historyNote(_ site: LoadedSite?, _ l: Localizer) -> String? {
        guard let site else { return nil }
        guard let history = site.history else {
            switch site.config.history {
            case .off:
                return l.t("gongkai.yaml 设置 history: off，页面不显示修订记录")
            case .repository(let path):
                return l.t("history 指定的 {path} 不是 git 仓库，页面不显示修订记录", path)
            case .git:
                return l.t("不在 git 仓库中，页面不显示修订记录")
            }
        }
        return history.isShallow
            ? l.t("浅克隆仓库，修订记录不完整") : nil
    }
}

/// Values a process that is about to end never frees (`SiteBuilder.build(exitsAfter:)`).
private final class LeftForExit<Value> {
    let value: Value
    init(_ value: Value) { self.value = value }
}
