import GongkaiCore

/// One validated notice of a village.
public struct Document: Sendable {
    public var village: String
    /// Path relative to the site root, e.g. `content/xuji/finance/2026-10.yaml`.
    public var path: String
    public var slug: String
    public var kind: Kind
    public var data: Record
    public var title: String
    public var published: CalendarDate
    /// Markdown source, for `.md` files.
    public var body: String?
    public var bodyLineOffset: Int
    public var sourceSHA256: String
    public var bytes: Int

    public var draft: Bool { data["draft"]?.bool ?? false }
    public var period: Period? { data["period"]?.period }
    public var noticeUntil: CalendarDate? { data["notice_until"]?.date }
    public var category: Category { kind.category }

    /// Path of the notice's folder in the output, e.g. `xuji/finance/2026-10`.
    public var outputFolder: String { "\(village)/\(category.rawValue)/\(slug)" }

    /// The kind's print layout, overridden by `sheet:`.
    public var sheet: SheetLayout {
        var layout = kind.sheet
        if let s = data["sheet"]?.record {
            if let size = s["size"]?.string.flatMap(SheetLayout.Size.init(rawValue:)) { layout.size = size }
            if let o = s["orientation"]?.string.flatMap(SheetLayout.Orientation.init(rawValue:)) {
                layout.orientation = o
            }
        }
        return layout
    }

    /// Whether `sheet:` names an orientation (then the sheet keeps it, whatever its tables).
    public var hasSheetOrientation: Bool { data["sheet"]?.record?["orientation"] != nil }

    /// Whether the notice is on the site at `buildDate`.
    public func isPublished(on buildDate: CalendarDate) -> Bool {
        !draft && published <= buildDate
    }
}
