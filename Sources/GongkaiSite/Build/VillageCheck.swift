import GongkaiContent
import GongkaiCore

/// One village from its files to checked documents: each document parsed (Source) and checked by
/// every document rule (Schema) as soon as it is parsed, on every core; then the rules that look
/// across the village. The one path every command takes to check a village, the editor's
/// check of a form included (`run(_:others:edited:…)`).
package enum VillageCheck {
    /// With `memo` (a server's rebuild), a document whose file kept its stamp is taken as last
    /// checked, with the problems it raised, when nothing else its rules read changed.
    package static func run(
        _ village: VillageSource, site: LoadedSite, collector: DiagnosticCollector, memo: FolderMemo? = nil
    ) -> CheckedVillage {
        let context = contextKey(village, site: site)
        let known = memo?.checked(village.id, context: context) ?? [:]
        let checked = checkDocuments(village, site: site, collector: collector, known: known, keep: memo != nil)
        memo?.remember(checked: checked.documents, of: village.id, context: context)
        return checkVillage(village, checked.list, site: site, collector: collector)
    }

    /// A build's check, given the documents as its cache last recorded them (`before`, taken
    /// where their context and stamps hold); returns the village with what to record now.
    package static func run(
        _ village: VillageSource, site: LoadedSite, collector: DiagnosticCollector, before: CheckedDocuments?
    ) -> (CheckedVillage, CheckedDocuments) {
        let context = contextKey(village, site: site)
        let known = before?.context == context ? before?.documents ?? [:] : [:]
        let checked = checkDocuments(village, site: site, collector: collector, known: known, keep: true)
        return (
            checkVillage(village, checked.list, site: site, collector: collector),
            CheckedDocuments(context: context, documents: checked.documents)
        )
    }

    /// What a document's rules read besides its file: the build date, village.yaml, the
    /// attachments there are.
    private static func contextKey(_ village: VillageSource, site: LoadedSite) -> String {
        Hashing.key(
            [site.buildDate.iso, site.sources.sha256(of: "content/\(village.id)/village.yaml") ?? "-"]
                + village.attachments)
    }

    /// Each document parsed and checked by the document rules on every core, or taken from
    /// `known` while its file keeps its stamp; with `keep`, what each reported is recorded too.
    private static func checkDocuments(
        _ village: VillageSource, site: LoadedSite, collector: DiagnosticCollector,
        known: [String: FolderMemo.Checked], keep: Bool
    ) -> (list: [FolderMemo.Checked], documents: [String: FolderMemo.Checked]) {
        let context = RuleContext(village, config: site.config, buildDate: site.buildDate)
        let checked = parallelMap(village.inputs) { input -> FolderMemo.Checked in
            if !input.stamp.isEmpty, let last = known[input.path], last.stamp == input.stamp {
                collector.replay(last.diagnostics)
                return last
            }
            guard keep else {
                let reporter = FileReporter(collector: collector, file: input.path)
                return FolderMemo.Checked(
                    stamp: input.stamp, document: check(input, context, reporter), diagnostics: [])
            }
            let (document, reported) = collector.recording {
                check(input, context, FileReporter(collector: $0, file: input.path))
            }
            return FolderMemo.Checked(stamp: input.stamp, document: document, diagnostics: reported)
        }
        guard keep else { return (checked, [:]) }
        return (checked, Dictionary(zip(village.inputs.map(\.path), checked), uniquingKeysWith: { a, _ in a }))
    }

    /// The village's rules, on its documents as checked one by one.
    private static func checkVillage(
        _ village: VillageSource, _ checked: [FolderMemo.Checked], site: LoadedSite, collector: DiagnosticCollector
    ) -> CheckedVillage {
        let documents = checked.compactMap(\.document)
        // A draft parsed into a collector of its own (or not parsed again) is marked here too:
        // what the village's rules find in it is then its draft's, and stops nothing else.
        for document in documents where document.draft { collector.markDraft(document.path) }
        let result = CheckedVillage(source: village, documents: documents, buildDate: site.buildDate)
        Validator.checkVillage(result, site: site, collector: collector)
        return result
    }

    /// The village with `edited` in place of its file (the editor's form, not yet saved): the
    /// other documents as the caller last checked them, the edited one checked by every document
    /// rule, then the rules across the village.
    @discardableResult
    package static func run(
        _ village: VillageSource, others: [Document], edited: Document, site: LoadedSite,
        collector: DiagnosticCollector
    ) -> CheckedVillage {
        documentRules([edited], of: village, site: site, collector: collector)
        let result = CheckedVillage(source: village, documents: others + [edited], buildDate: site.buildDate)
        Validator.checkVillage(result, site: site, collector: collector)
        return result
    }

    /// Every document rule on documents already parsed, with the village as their context (the
    /// editor asks what a new committee list would do to them).
    package static func documentRules(
        _ documents: [Document], of village: VillageSource, site: LoadedSite, collector: DiagnosticCollector
    ) {
        let context = RuleContext(village, config: site.config, buildDate: site.buildDate)
        for document in documents {
            RuleRegistry.run(
                on: document, context: context, reporter: FileReporter(collector: collector, file: document.path))
        }
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
