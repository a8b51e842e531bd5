import Foundation
import GongkaiContent
import GongkaiCore
import Synchronization

/// What a build will do, decided before anything is written: which villages it renders and
/// which it takes whole from the build cache (none for a full build), and so whether the site
/// on disk is updated in place or replaced.
package struct BuildPlan: Sendable {
    package enum Step: Sendable {
        /// Inputs unchanged since the site on disk was built: its folder stays, the cache has the rest.
        case reuse(VillageSource, key: String, record: CachedVillage, entries: VillageEntries)
        /// Checked and rendered by this build; `pages` are those of the last build it may link,
        /// `checked` its documents as the last build checked them, read while other villages are
        /// planned (a rebuild of one village would otherwise start by decoding them on one
        /// core) for the first few villages to build, nil for the others (read when checked).
        case build(VillageSource, key: String, pages: VillagePages, checked: CheckedDocuments?)

        package var village: VillageSource {
            switch self {
            case .reuse(let village, _, _, _), .build(let village, _, _, _): return village
            }
        }

        package var key: String {
            switch self {
            case .reuse(_, let key, _, _), .build(_, let key, _, _): return key
            }
        }
    }

    let cache: BuildCache
    /// The villages of the site on disk and their keys when it is updated in place; nil when
    /// the whole site is written anew.
    package let previous: [String: String]?
    package let steps: [Step]

    /// How many villages to build have their checked documents read while the plan is made.
    static let readEarly = 4

    /// `readsChecked`: the build reads villages' checked documents from the cache (a server keeps
    /// them in memory instead).
    package init(site: LoadedSite, cache: BuildCache, full: Bool, readsChecked: Bool = true) {
        self.cache = cache
        let previous = full ? nil : cache.villages
        self.previous = previous
        let building = Atomic(0)
        steps = parallelMap(site.villages) { village -> Step in
            let key = cache.key(village, history: site.history)
            if !full, let record = cache.unchanged(village.id, key: key), let entries = cache.entries(village.id) {
                return .reuse(village, key: key, record: record, entries: entries)
            }
            let last = previous == nil ? nil : cache.pages(village.id)
            let pages =
                last.map { VillagePages(fingerprint: cache.fingerprint, previous: $0) }
                ?? VillagePages(fingerprint: cache.fingerprint)
            // A full build parses every file, whatever the cache holds; a rebuild of many villages
            // does not hold all their documents at once.
            let early =
                readsChecked && previous != nil && building.add(1, ordering: .relaxed).oldValue < Self.readEarly
            return .build(village, key: key, pages: pages, checked: early ? cache.checkedDocuments(village.id) : nil)
        }
    }

    /// Publishes what `write` puts into a staging folder: village by village over the site on
    /// disk, or as a whole new site.
    package func publish<Result>(to out: URL, _ write: (OutputFolder) throws -> Result) throws -> Result {
        guard let previous else { return try Publisher.publish(to: out, write) }
        return try Publisher.update(
            out, previousVillages: Set(previous.keys), villages: Set(steps.map(\.village.id)),
            cache: cache, write)
    }
}
