import GongkaiCore

/// What a document rule may look at besides the document itself.
public struct RuleContext: Sendable {
    package init(
        config: SiteConfig, village: VillageProfile?, attachments: Set<String>, buildDate: CalendarDate,
        personalNumbers: [PrivacyScan.Located]? = nil
    ) {
        self.config = config
        self.village = village
        self.attachments = attachments
        self.buildDate = buildDate
        self.personalNumbers = personalNumbers
    }

    public var config: SiteConfig
    public var village: VillageProfile?
    /// Files of the village folder that are not documents, relative to it.
    public var attachments: Set<String>
    public var buildDate: CalendarDate
    /// The personal numbers of the document being checked, found in one pass for GK-X001–X003
    /// (set by `RuleRegistry.run`; a rule run on its own finds them itself).
    package var personalNumbers: [PrivacyScan.Located]? = nil

    package var thresholds: Thresholds { config.thresholds }

    /// The context of a village's documents: its profile and attachments, the site's settings and
    /// the day checked — the one way a build and the editor make it.
    package init(_ village: VillageSource, config: SiteConfig, buildDate: CalendarDate) {
        self.init(
            config: config, village: village.profile, attachments: Set(village.attachments), buildDate: buildDate)
    }
}

/// A sample a rule is tested on, as files of the village `xuji` of a small test site:
/// `trips` says whether the rule must fire on it; an example that does not trip must check clean.
public struct RuleExample: Sendable {
    /// Files relative to `content/xuji/`; a `village.yaml` here replaces the standard one.
    public var files: [String: String]
    public var trips: Bool

    /// One document, written to `content/xuji/example.yaml`.
    public static func trips(_ yaml: String) -> RuleExample { RuleExample(files: ["example.yaml": yaml], trips: true) }
    public static func passes(_ yaml: String) -> RuleExample {
        RuleExample(files: ["example.yaml": yaml], trips: false)
    }
    public static func trips(files: [String: String]) -> RuleExample { RuleExample(files: files, trips: true) }
    public static func passes(files: [String: String]) -> RuleExample { RuleExample(files: files, trips: false) }
}

/// A rule of the contract: its code, what it demands, and examples that trip it and that don't.
public protocol Rule: Sendable {
    var code: RuleCode { get }
    /// Whether it stops the build (error) or is only reported (warning).
    var severity: Severity { get }
    /// One line saying what the rule demands.
    var summary: String { get }
    var examples: [RuleExample] { get }
}

/// A check of one document.
public protocol DocumentRule: Rule {
    /// Kinds the rule applies to; nil for every kind.
    var kinds: Set<KindID>? { get }
    func check(_ document: Document, context: RuleContext, report: (Mark, Message) -> Void)
}

/// A check across a village's documents or of its profile.
public protocol SiteRule: Rule {
    /// Whether a draft is judged by it too, against the published documents (a draft July
    /// against the published June); its published documents are never judged against a draft.
    var judgesDrafts: Bool { get }
    func check(_ village: CheckedVillage, site: LoadedSite, report: (_ file: String, Mark, Message) -> Void)
}

extension SiteRule {
    public var judgesDrafts: Bool { false }
}
