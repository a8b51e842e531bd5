import GongkaiCore

/// The section of a village's site a kind belongs to.
public enum Category: String, Sendable, CaseIterable, Comparable {
    case party, affairs, finance

    public var label: String {
        switch self {
        case .party: return "党务公开"
        case .affairs: return "村务公开"
        case .finance: return "财务公开"
        }
    }

    public static func < (a: Category, b: Category) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The printed layout of a notice.
public struct SheetLayout: Sendable, Hashable {
    package init(size: Size, orientation: Orientation) {
        self.size = size
        self.orientation = orientation
    }

    public enum Size: String, Sendable {
        case a4 = "A4"
        case a3 = "A3"
    }
    public enum Orientation: String, Sendable { case portrait, landscape }
    public var size: Size
    public var orientation: Orientation

    public static let a4Portrait = SheetLayout(size: .a4, orientation: .portrait)
    public static let a4Landscape = SheetLayout(size: .a4, orientation: .landscape)
}

/// A kind of document: its schema (fields beyond the common ones) and how it is presented.
/// Rules that check a kind are separate types that name the kinds they apply to.
public struct Kind: Sendable {
    public var id: KindID
    public var label: String
    public var category: Category
    public var fields: [FieldSpec]
    public var hasBody: Bool = false
    /// The granularities `period` may take; nil when the kind does not require a period.
    public var period: [Period.Granularity]? = nil
    public var noticeUntilRequired: Bool = false
    public var sheet: SheetLayout = .a4Portrait
    /// Its sheet turns landscape when a table would wrap cells into three lines on portrait.
    public var widensForTables: Bool = false

    public var isFinance: Bool { category == .finance }

    /// Every field a document of this kind may have: the common ones (spec §3.1) and its own.
    public var allFields: [FieldSpec] {
        KindRegistry.allFields[id] ?? composeFields()
    }

    func composeFields() -> [FieldSpec] {
        var common = CommonFields.fields
        for i in common.indices {
            switch common[i].key {
            case "period":
                if let period {
                    common[i].required = true
                    common[i].type = .period(period)
                }
            case "notice_until":
                common[i].required = noticeUntilRequired
            default: break
            }
        }
        return common + fields
    }
}

package enum CommonFields {
    package static let reviewed = FieldSpec.optional(
        "reviewed", "村务监督委员会审核",
        .object([FieldSpec("date", "审核日期", .date), FieldSpec("by", "审核人", .list(.name, nonEmpty: true))]))

    package static let fields: [FieldSpec] = [
        FieldSpec("kind", "类型", .string()),
        FieldSpec("title", "标题", .string(maxLength: 100)),
        FieldSpec("published", "公开日期", .date),
        .optional("period", "所属期间", .period(Period.Granularity.allCases)),
        .optional("notice_until", "公示截止日期", .date),
        reviewed,
        .optional(
            "objections", "异议及处理",
            .list(
                .object([
                    FieldSpec("date", "提出日期", .date),
                    FieldSpec("summary", "异议内容", .text),
                    FieldSpec("result", "处理结果", .choice(["处理中", "成立", "不成立"])),
                    .optional("answered", "答复日期", .date),
                    .optional("answer", "答复", .text),
                ]))),
        .optional(
            "revisions", "修订说明",
            .list(.object([FieldSpec("date", "修订日期", .date), FieldSpec("note", "修订说明", .text)]))),
        .optional(
            "attachments", "附件",
            .list(.object([FieldSpec("file", "文件", .string()), FieldSpec("title", "附件名称", .string())]))),
        .optional("draft", "草稿", .bool),
        .optional(
            "sheet", "打印版式",
            .object([
                .optional("size", "纸张", .choice(["A4", "A3"])),
                .optional("orientation", "方向", .choice(["portrait", "landscape"])),
            ])),
        .optional("extra", "自定义字段", .any),
    ]
}
