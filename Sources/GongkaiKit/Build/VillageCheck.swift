/// One village from its files to checked documents: each document parsed (Source) and checked by
/// every document rule (Schema) as soon as it is parsed, on every core; then the rules that look
/// across the village. The one path every command takes to check a village.
enum VillageCheck {
    static func run(_ village: VillageSource, site: LoadedSite, collector: DiagnosticCollector) -> CheckedVillage {
        let context = RuleContext(
            config: site.config, village: village.profile, attachments: Set(village.attachments),
            buildDate: site.buildDate)
        let documents = parallelMap(village.inputs) { input -> Document? in
            let reporter = FileReporter(collector: collector, file: input.path)
            guard let document = DocumentParser(reporter: reporter).parse(input) else { return nil }
            RuleRegistry.run(on: document, context: context, reporter: reporter)
            return document
        }.compactMap { $0 }
        let checked = CheckedVillage(source: village, documents: documents, buildDate: site.buildDate)
        Validator.checkVillage(checked, site: site, collector: collector)
        return checked
    }

    /// Every village checked and reduced to its digest, one after the other (memory follows the
    /// largest village): `check`, `report`, and a build that cannot render.
    static func all(_ site: LoadedSite, collector: DiagnosticCollector) -> [VillageDigest] {
        site.villages.map { VillageDigests.make(run($0, site: site, collector: collector), site: site) }
    }
}
