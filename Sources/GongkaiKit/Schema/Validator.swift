/// Runs every rule over a loaded site: each document's own rules, then rules across documents.
enum Validator {
    static func check(_ site: LoadedSite, collector: DiagnosticCollector) {
        let jobs = site.villages.flatMap { village in village.documents.map { (village, $0) } }
        _ = parallelMap(Array(jobs.indices)) { index in
            let (village, document) = jobs[index]
            let context = RuleContext(
                config: site.config, village: village.profile, attachments: Set(village.attachments),
                buildDate: site.buildDate)
            RuleRegistry.run(on: document, context: context, reporter: FileReporter(collector: collector, file: document.path))
            return 0
        }
        for rule in RuleRegistry.siteRules {
            rule.check(site) { file, mark, message in
                collector.report(rule.code, at: SourceLocation(file: file, mark: mark), message)
            }
        }
    }
}
