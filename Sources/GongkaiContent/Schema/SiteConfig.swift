import Foundation
import GongkaiCore

/// gongkai.yaml: the site's settings (spec §1).
public struct SiteConfig: Sendable {
    public var title: String
    public var town: String
    public var county: String?
    public var baseURL: String
    public var locale: SiteLocale
    public var thresholds: Thresholds
    /// The 公开目录 (spec §6), when configured.
    public var catalog: Catalog?
    /// Where pages' revision history comes from (`history:`).
    public var history: HistorySource
    /// The categories whose notices need the 村务监督委员会's sign-off (`review:`; finance always).
    public var reviewedCategories: Set<Category>

    /// Whether a kind's notices need the sign-off (`reviewed`, GK-F105/F106, the editor's 审核).
    public func needsSignOff(_ kind: Kind) -> Bool { reviewedCategories.contains(kind.category) }
    public var data: Record

    package static let fields: [FieldSpec] = [
        FieldSpec("title", "站点标题", .string(maxLength: 100)),
        FieldSpec("town", "乡镇", .string()),
        .optional("county", "县", .string()),
        FieldSpec("base_url", "网站地址", .url),
        .optional("locale", "界面语言", .locale),
        .optional("history", "修订记录来源", .string(maxLength: 200)),
        .optional(
            "rules", "规则阈值",
            .object([
                .optional("party_notice_days", "发展党员公示天数", .int(minimum: 1, maximum: 3650)),
                .optional("welfare_notice_days", "民生救助公示天数", .int(minimum: 1, maximum: 3650)),
                .optional("contract_warn_days", "合同到期提醒天数", .int(minimum: 0, maximum: 3650)),
                .optional("debt_decision_amount", "举债须经决议的金额（元）", .money()),
                .optional("debt_age_years", "长期挂账年数", .int(minimum: 1, maximum: 100)),
                .optional("compensation_notice_days", "征地补偿公示天数", .int(minimum: 1, maximum: 3650)),
                .optional("levy_cash_cap", "一事一议每人筹资上限（元）", .money()),
                .optional("levy_days_cap", "一事一议每劳筹劳上限（天）", .int(minimum: 0, maximum: 365)),
                .optional("homestead_notice_days", "宅基地公示天数", .int(minimum: 1, maximum: 3650)),
                .optional("homestead_max_m2", "宅基地面积上限（平方米）", .int(minimum: 1, maximum: 100_000)),
                .optional("objection_answer_days", "异议答复期限（天）", .int(minimum: 1, maximum: 3650)),
            ])),
        .optional("review", "须经村务监督委员会审核的类别", .list(.choice(["finance", "affairs", "party"]))),
        .optional(
            "catalog", "公开目录",
            .object([
                FieldSpec("start", "起始月份", .month),
                .optional("due_days", "期满后公开期限（天）", .int(minimum: 0, maximum: 3650)),
                FieldSpec(
                    "items", "公开事项",
                    .list(
                        .object([
                            FieldSpec("kind", "文档类型", .kindID),
                            FieldSpec("every", "频次", .choice(["month", "quarter", "year"])),
                        ]), nonEmpty: true)),
            ])),
    ]

    /// The catalog's reach: from 2000 on, at most 50 items, so its grids stay a page's size.
    static let earliestCatalogStart = Month(year: 2000, month: 1)!
    static let catalogItemLimit = 50

    /// Problems of a valid-looking record that its field types cannot say.
    static func boundsProblems(_ record: Record) -> [LocatedProblem] {
        var problems: [LocatedProblem] = []
        if let history = record["history"], let text = history.string, HistorySource(text) == nil {
            problems.append(
                LocatedProblem(
                    code: .s004, mark: history.mark,
                    message: .badValue(key: "history", label: "修订记录来源", value: text, expected: .historySource)))
        }
        guard let catalog = record.record("catalog") else { return problems }
        if let start = catalog["start"], let month = start.month, month < earliestCatalogStart {
            problems.append(
                LocatedProblem(
                    code: .s004, mark: start.mark,
                    message: .badValue(
                        key: "start", label: "起始月份", value: month.iso, expected: .monthFrom(earliestCatalogStart.iso))))
        }
        if let items = catalog["items"], let list = items.list, list.count > catalogItemLimit {
            problems.append(
                LocatedProblem(
                    code: .s004, mark: items.mark,
                    message: .badValue(
                        key: "items", label: "公开事项", value: "\(list.count)", expected: .listOfAtMost(catalogItemLimit)))
            )
        }
        return problems
    }

    /// Reads only `locale`, before anything else, so every message can be worded in it.
    package static func locale(of node: YAMLNode?) -> SiteLocale {
        node?.value(forKey: "locale")?.scalar.flatMap { SiteLocale(rawValue: $0.text) } ?? .zhHans
    }

    package init?(_ record: Record) {
        guard let title = record["title"]?.string, let town = record["town"]?.string,
            let baseURL = record["base_url"]?.string
        else { return nil }
        self.title = title
        self.town = town
        self.county = record["county"]?.string
        self.baseURL = baseURL
        self.locale = record["locale"]?.string.flatMap(SiteLocale.init(rawValue:)) ?? .zhHans
        self.data = record
        let rules = record["rules"]?.record
        var thresholds = Thresholds()
        if let n = rules?["party_notice_days"]?.int { thresholds.partyNoticeDays = n }
        if let n = rules?["welfare_notice_days"]?.int { thresholds.welfareNoticeDays = n }
        if let n = rules?["contract_warn_days"]?.int { thresholds.contractWarnDays = n }
        if let m = rules?["debt_decision_amount"]?.money { thresholds.debtDecisionAmount = m }
        if let n = rules?["debt_age_years"]?.int { thresholds.debtAgeYears = n }
        if let n = rules?["compensation_notice_days"]?.int { thresholds.compensationNoticeDays = n }
        if let m = rules?["levy_cash_cap"]?.money { thresholds.levyCashCap = m }
        if let n = rules?["levy_days_cap"]?.int { thresholds.levyDaysCap = n }
        if let n = rules?["homestead_notice_days"]?.int { thresholds.homesteadNoticeDays = n }
        if let n = rules?["homestead_max_m2"]?.int { thresholds.homesteadMaxM2 = n }
        if let n = rules?["objection_answer_days"]?.int { thresholds.objectionAnswerDays = n }
        self.thresholds = thresholds
        // Finance is always reviewed; a town may ask it of 村务 and 党务 too.
        var reviewed: Set<Category> = [.finance]
        for item in record["review"]?.list ?? [] {
            if let category = item.string.flatMap(Category.init(rawValue:)) { reviewed.insert(category) }
        }
        self.reviewedCategories = reviewed
        self.catalog = record.record("catalog").flatMap(Catalog.init)
        self.history = record["history"]?.string.flatMap(HistorySource.init) ?? .git
    }
}

/// `history:` in gongkai.yaml: the site root's own repository (the default), none, or another
/// repository inside the site root whose files mirror it (the demo's made-up village history).
public enum HistorySource: Sendable, Hashable {
    case git
    case off
    case repository(String)

    package init?(_ text: String) {
        switch text {
        case "git": self = .git
        case "off": self = .off
        default:
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            guard !text.hasPrefix("/"), !text.contains("\\"), !parts.contains(where: { $0.isEmpty || $0 == ".." }),
                !text.contains(where: \.isNewline)
            else { return nil }
            self = .repository(text)
        }
    }

    /// The site's history from this source; nil when it has none.
    public func load(root: URL, file: HistoryFile? = nil) -> GitHistory? {
        switch self {
        case .git: return GitHistory.load(root: root, file: file)
        case .off: return nil
        case .repository(let path):
            // Its own repository, never the one around it (a missing `.git` would find the site's).
            let folder = root.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) else { return nil }
            return GitHistory.load(root: folder, file: file)
        }
    }
}

/// The numbers in brackets of spec §5, changed under `rules:` in gongkai.yaml.
public struct Thresholds: Sendable, Hashable {
    public var partyNoticeDays = 5
    public var welfareNoticeDays = 7
    public var contractWarnDays = 90
    public var debtDecisionAmount = Money(fen: 1_000_000)
    public var debtAgeYears = 3
    public var compensationNoticeDays = 7
    public var levyCashCap = Money(fen: 1_500)
    public var levyDaysCap = 10
    public var homesteadNoticeDays = 7
    public var homesteadMaxM2 = 200
    public var objectionAnswerDays = 10
}
