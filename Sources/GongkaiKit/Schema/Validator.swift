/// Runs the rules that look across a village's documents and at its profile, once the
/// village's documents are parsed (each document's own rules run as it is parsed).
enum Validator {
    static func checkVillage(_ village: CheckedVillage, site: LoadedSite, collector: DiagnosticCollector) {
        for rule in RuleRegistry.siteRules {
            rule.check(village, site: site) { file, mark, message in
                collector.report(
                    rule.code, at: SourceLocation(file: file, mark: mark), message, severity: rule.severity)
            }
        }
    }
}
