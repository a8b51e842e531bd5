import GongkaiCore

/// What the town-level outputs (town page, feeds, sitemap, catalog) need of a notice. Kept for
/// every notice while villages stream through the build one at a time, so memory stays flat.
public struct NoticeSummary: Sendable {
    package init(
        village: String, path: String, slug: String, kind: Kind, title: String, published: CalendarDate,
        period: Period?, noticeUntil: CalendarDate?, draft: Bool, revisions: [CalendarDate], openObjections: Int = 0
    ) {
        self.openObjections = openObjections
        self.village = village
        self.path = path
        self.slug = slug
        self.kind = kind
        self.title = title
        self.published = published
        self.period = period
        self.noticeUntil = noticeUntil
        self.draft = draft
        self.revisions = revisions
    }

    public var village: String
    public var path: String
    public var slug: String
    public var kind: Kind
    public var title: String
    public var published: CalendarDate
    public var period: Period?
    public var noticeUntil: CalendarDate?
    public var draft: Bool
    public var revisions: [CalendarDate]
    /// Objections raised during its 公示 and still 处理中: shown on the town page.
    public var openObjections = 0

    public var category: Category { kind.category }
    public var outputFolder: String { "\(village)/\(category.rawValue)/\(slug)" }

    public func isPublished(on buildDate: CalendarDate) -> Bool { !draft && published <= buildDate }

    /// Newest first; the slug breaks ties so the order never depends on the file system.
    package static func newestFirst(_ a: NoticeSummary, _ b: NoticeSummary) -> Bool {
        newestFirst(a.published, a.slug, b.published, b.slug)
    }

    /// The same order for anything with a publication date and a slug (a document, compared
    /// without building its summary).
    package static func newestFirst(
        _ aPublished: CalendarDate, _ aSlug: String, _ bPublished: CalendarDate, _ bSlug: String
    ) -> Bool {
        aPublished != bPublished ? aPublished > bPublished : aSlug > bSlug
    }
}

extension Document {
    public var summary: NoticeSummary {
        NoticeSummary(
            village: village, path: path, slug: slug, kind: kind, title: title, published: published, period: period,
            noticeUntil: noticeUntil, draft: draft, revisions: data.records("revisions").compactMap { $0.date("date") },
            openObjections: data.records("objections").filter { $0.string("result") == "处理中" }.count)
    }
}

/// Counts of a village's documents: what the town page and the build's summary line need, kept
/// when a village comes from the build cache with only some of its notices.
public struct NoticeTally: Sendable, Equatable {
    public var documents = 0
    public var published = 0
    public var drafts = 0
    /// Not drafts, with a `published` date after the build date.
    public var scheduled = 0
    /// Published and within their notice period on the build date.
    public var current = 0

    public init() {}

    public init(_ notices: [NoticeSummary], on date: CalendarDate) {
        for notice in notices {
            documents += 1
            if notice.draft { drafts += 1 } else if notice.published > date { scheduled += 1 }
            if notice.isPublished(on: date) {
                published += 1
                if let until = notice.noticeUntil, date <= until { current += 1 }
            }
        }
    }

    public static func + (a: NoticeTally, b: NoticeTally) -> NoticeTally {
        var sum = a
        sum.documents += b.documents
        sum.published += b.published
        sum.drafts += b.drafts
        sum.scheduled += b.scheduled
        sum.current += b.current
        return sum
    }
}
