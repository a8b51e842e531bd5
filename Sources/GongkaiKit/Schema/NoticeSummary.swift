/// What the town-level outputs (town page, feeds, sitemap, catalog) need of a notice. Kept for
/// every notice while villages stream through the build one at a time, so memory stays flat.
public struct NoticeSummary: Sendable {
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

    public var category: Category { kind.category }
    public var outputFolder: String { "\(village)/\(category.rawValue)/\(slug)" }

    public func isPublished(on buildDate: CalendarDate) -> Bool { !draft && published <= buildDate }

    /// Newest first; the slug breaks ties so the order never depends on the file system.
    static func newestFirst(_ a: NoticeSummary, _ b: NoticeSummary) -> Bool {
        if a.published != b.published { return a.published > b.published }
        return a.slug > b.slug
    }
}

extension Document {
    public var summary: NoticeSummary {
        NoticeSummary(
            village: village, path: path, slug: slug, kind: kind, title: title, published: published, period: period,
            noticeUntil: noticeUntil, draft: draft, revisions: data.records("revisions").compactMap { $0.date("date") })
    }
}
