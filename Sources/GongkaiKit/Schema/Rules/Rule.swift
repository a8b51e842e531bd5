/// What a rule may look at besides the document itself.
public struct RuleContext: Sendable {
    public var config: SiteConfig
    public var village: VillageProfile?
    /// Files of the village folder that are not documents, relative to it.
    public var attachments: Set<String>
    public var buildDate: CalendarDate
}

/// A sample document a rule is tested on: `trips` says whether the rule must fire on it.
public struct RuleExample: Sendable {
    public var yaml: String
    public var trips: Bool

    public static func trips(_ yaml: String) -> RuleExample { RuleExample(yaml: yaml, trips: true) }
    public static func passes(_ yaml: String) -> RuleExample { RuleExample(yaml: yaml, trips: false) }
}

/// A check of one document. Rules are small types, one family per file, each with its examples.
public protocol DocumentRule: Sendable {
    var code: RuleCode { get }
    /// One line saying what the rule demands.
    var summary: String { get }
    /// Kinds the rule applies to; nil for every kind.
    var kinds: Set<String>? { get }
    var examples: [RuleExample] { get }
    func check(_ document: Document, context: RuleContext, report: (Mark, Message) -> Void)
}

public enum RuleRegistry {
    public static let documentRules: [any DocumentRule] = GeneralRules.all

    static func run(on document: Document, context: RuleContext, reporter: FileReporter) {
        for rule in documentRules where rule.kinds?.contains(document.kind.id) ?? true {
            rule.check(document, context: context) { mark, message in
                reporter.report(rule.code, at: mark, message)
            }
        }
    }
}
