/// One village from its files to checked documents: each document parsed (Source) and checked by
/// every document rule (Schema) as soon as it is parsed, on every core; then the rules that look
/// across the village. The one path every command takes to check a village.
enum VillageCheck {
    static func run(
        _ village: VillageSource, site: LoadedSite, collector: DiagnosticCollector, memo: FolderMemo? = nil
    ) -> CheckedVillage {
        let context = RuleContext(
            config: site.config, village: village.profile, attachments: Set(village.attachments),
            buildDate: site.buildDate)
        guard let memo else {
            let documents = parallelMap(village.inputs) { input -> Document? in
                check(input, context: context, reporter: FileReporter(collector: collector, file: input.path))
            }.compactMap { $0 }
            return finish(village, documents, site: site, collector: collector)
        }
        // A server's rebuild: a document whose file kept its stamp is taken as last checked, with
        // the problems it raised, when nothing else its rules read changed.
        let contextKey = Hashing.key(
            [site.buildDate.iso, site.sources.sha256(of: "content/\(village.id)/village.yaml") ?? "-"]
                + village.attachments)
        let known = memo.checked(village.id, context: contextKey)
        let checked = parallelMap(village.inputs) { input -> FolderMemo.Checked in
            if !input.stamp.isEmpty, let last = known[input.path], last.stamp == input.stamp {
                last.diagnostics.forEach(collector.report)
                return last
            }
            let own = DiagnosticCollector(localizer: collector.localizer)
            let document = check(input, context: context, reporter: FileReporter(collector: own, file: input.path))
            own.diagnostics.forEach(collector.report)
            return FolderMemo.Checked(stamp: input.stamp, document: document, diagnostics: own.diagnostics)
        }
        memo.remember(
            checked: Dictionary(zip(village.inputs.map(\.path), checked), uniquingKeysWith: { a, _ in a }),
            of: village.id, context: contextKey)
        return finish(village, checked.compactMap(\.document), site: site, collector: collector)
    }

    private static func check(
        _ input: DocumentParser.Input, context: RuleContext, reporter: FileReporter
    ) -> Document? {
        guard let document = DocumentParser(reporter: reporter).parse(input) else { return nil }
        RuleRegistry.run(on: document, context: context, reporter: reporter)
        return document
    }

    private static func finish(
        _ village: VillageSource, _ documents: [Document], site: LoadedSite, collector: DiagnosticCollector
    ) -> CheckedVillage {
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
