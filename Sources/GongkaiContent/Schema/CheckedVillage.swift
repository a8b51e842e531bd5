import GongkaiCore

/// A village whose documents are parsed and checked: what its own pages are rendered from.
public struct CheckedVillage: Sendable {
    public let source: VillageSource
    /// Its documents that parsed, by path.
    public let documents: [Document]
    /// A summary of each of its documents.
    public let notices: [NoticeSummary]
    public let tally: NoticeTally
    /// Its published notices on the build date, newest first: the order of every list of them.
    package let publishedNotices: [NoticeSummary]

    package init(source: VillageSource, documents: [Document], buildDate: CalendarDate) {
        self.source = source
        self.documents = documents.sorted { $0.path < $1.path }
        notices = self.documents.map(\.summary)
        tally = NoticeTally(notices, on: buildDate)
        publishedNotices = notices.published(on: buildDate)
    }

    public var id: String { source.id }
    public var profile: VillageProfile? { source.profile }
}

/// What the town-level pages (town page and feed, catalog) and the build cache keep of a
/// village once its own pages are done; for a village the build cache reuses, all there is.
public struct VillageDigest: Sendable {
    package init(id: String, profile: VillageProfile?, tally: NoticeTally, townNotices: [NoticeSummary]) {
        self.id = id
        self.profile = profile
        self.tally = tally
        self.townNotices = townNotices
    }

    public var id: String
    public var profile: VillageProfile?
    /// Counts of all its documents.
    public var tally: NoticeTally
    /// Only the notices the town uses: its newest published ones and, for each period of the
    /// catalog, the first that covers it.
    public var townNotices: [NoticeSummary]

    /// Its published town notices, newest first.
    package func publishedNotices(on date: CalendarDate) -> [NoticeSummary] { townNotices.published(on: date) }
}

extension [NoticeSummary] {
    /// Those published on `date`, newest first.
    func published(on date: CalendarDate) -> [NoticeSummary] {
        // Indices are sorted rather than the summaries themselves, which are costly to move.
        indices.filter { self[$0].isPublished(on: date) }
            .sorted { NoticeSummary.newestFirst(self[$0].published, self[$0].slug, self[$1].published, self[$1].slug) }
            .map { self[$0] }
    }
}
