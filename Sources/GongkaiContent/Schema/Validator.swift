import GongkaiCore

/// Runs the rules that look across a village's documents and at its profile, once the
/// village's documents are parsed (each document's own rules run as it is parsed).
///
/// Drafts take no part in the published documents' rules (spec §3.1): a draft July never
/// breaks a published August. Each draft is then judged on its own against the published
/// documents, by the rules that judge drafts, and only its own problems are kept.
package enum Validator {
    package static func checkVillage(_ village: CheckedVillage, site: LoadedSite, collector: DiagnosticCollector) {
        let drafts = village.documents.filter(\.draft)
        let published =
            drafts.isEmpty
            ? village
            : CheckedVillage(
                source: village.source, documents: village.documents.filter { !$0.draft }, buildDate: site.buildDate)
        run(RuleRegistry.siteRules, on: published, site: site, collector: collector) { _ in true }
        let draftRules = RuleRegistry.siteRules.filter(\.judgesDrafts)
        for draft in drafts {
            let withDraft = CheckedVillage(
                source: village.source, documents: published.documents + [draft], buildDate: site.buildDate)
            run(draftRules, on: withDraft, site: site, collector: collector) { $0 == draft.path }
        }
    }

    private static func run(
        _ rules: [any SiteRule], on village: CheckedVillage, site: LoadedSite, collector: DiagnosticCollector,
        keeping: (String) -> Bool
    ) {
        for rule in rules {
            rule.check(village, site: site) { file, mark, message in
                guard keeping(file) else { return }
                collector.report(
                    rule.code, at: SourceLocation(file: file, mark: mark), message, severity: rule.severity)
            }
        }
    }
}
