import GongkaiContent
import GongkaiCore

/// One village from its files to checked documents: each document parsed (Source) and checked by
/// every document rule (Schema) as soon as it is parsed, on every core; then the rules that look
/// across the village. The one path every command takes to check a village.
package enum VillageCheck {
    /// With `memo` (a server's rebuild), a document whose file kept its stamp is taken as last
    /// checked, with the problems it raised, when nothing else its rules read changed.
    package static func run(
        _ village: VillageSource, site: LoadedSite, collector: DiagnosticCollector, memo: FolderMemo? = nil
    ) -> CheckedVillage {
        let context = RuleContext(village, config: site.config, buildDate: site.buildDate)
        let contextKey = Hashing.key(
            [site.buildDate.iso, site.sources.sha256(of: "content/\(village.id)/village.yaml") ?? "-"]
                + village.attachments)
        let known = memo?.checked(village.id, context: contextKey) ?? [:]
        let checked = parallelMap(village.inputs) { input -> FolderMemo.Checked in
            if !input.stamp.isEmpty, let last = known[input.path], last.stamp == input.stamp {
                last.diagnostics.forEach(collector.report)
                return last
            }
            guard memo != nil else {
                let reporter = FileReporter(collector: collector, file: input.path)
                return FolderMemo.Checked(
                    stamp: input.stamp, document: check(input, context, reporter), diagnostics: [])
            }
            let (document, reported) = collector.recording {
                check(input, context, FileReporter(collector: $0, file: input.path))
            }
            return FolderMemo.Checked(stamp: input.stamp, document: document, diagnostics: reported)
        }
        memo?.remember(
            checked: Dictionary(zip(village.inputs.map(\.path), checked), uniquingKeysWith: { a, _ in a }),
            of: village.id, context: contextKey)
        let result = CheckedVillage(
            source: village, documents: checked.compactMap(\.document), buildDate: site.buildDate)
        Validator.checkVillage(result, site: site, collector: collector)
        return result
    }

    private static func check(
        _ input: DocumentParser.Input, _ context: RuleContext, _ reporter: FileReporter
    ) -> Document? {
        guard let document = DocumentParser(reporter: reporter).parse(input) else { return nil }
        RuleRegistry.run(on: document, context: context, reporter: reporter)
        return document
    }

    /// Every village checked and reduced to its digest, one after the other (memory follows the
    /// largest village): `check`, `report`, and a build that cannot render.
    package static func all(_ site: LoadedSite, collector: DiagnosticCollector) -> [VillageDigest] {
        site.villages.map { VillageDigests.make(run($0, site: site, collector: collector), site: site) }
    }
}
