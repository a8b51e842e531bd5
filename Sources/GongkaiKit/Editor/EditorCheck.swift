import Foundation

/// What checking a form found: the diagnostics of the edited file, each tied to the form field
/// it is about, and the file the form would be saved as.
public struct EditorCheck: Sendable {
    public struct Problem: Sendable, Hashable {
        public var diagnostic: Diagnostic
        /// The form field (`income.2.amount`, `body`), nil when the problem is the document's.
        public var field: String?
    }

    public var problems: [Problem]
    /// The typed values, when the form could be read as a document of its kind.
    var record: Record?
    var document: Document?

    public var hasErrors: Bool { problems.contains { $0.diagnostic.severity == .error } }
    public var errorCount: Int { problems.filter { $0.diagnostic.severity == .error }.count }
    public var warningCount: Int { problems.count - errorCount }
}

extension EditorWorkspace {
    /// Checks a form with the edited document in place of the file on disk: the schema, every
    /// rule on the document, then the rules across its village (continuity, duplicates, GK-R101).
    public func check(_ draft: EditorDraft) -> EditorCheck {
        guard let config = config() else {
            let diagnostic = Diagnostic(
                location: SourceLocation(file: SiteRoot.configName, line: 1, column: 1), severity: .error,
                code: "GK-S001", message: EditorError.noSettings.description)
            return EditorCheck(problems: [.init(diagnostic: diagnostic, field: nil)])
        }
        let collector = DiagnosticCollector(localizer: Localizer(locale: config.locale))
        let reporter = FileReporter(collector: collector, file: draft.path)
        let form = FormDocument(draft.fields, specs: draft.specs)
        let bodyStart = form.lastLine + 1
        func located(_ diagnostics: [Diagnostic]) -> [EditorCheck.Problem] {
            diagnostics.filter { $0.location.file == draft.path }.sorted(by: Diagnostic.printOrder).map {
                let line = $0.location.line
                return .init(diagnostic: $0, field: line > bodyStart ? "body" : form.field(atLine: line))
            }
        }

        guard let kind = draft.kind else {
            let record = SchemaValidator(reporter: reporter).record(form.node, fields: VillageProfile.fields)
            return EditorCheck(problems: located(collector.diagnostics), record: record)
        }
        let name = (draft.path as NSString).lastPathComponent
        let input = DocumentParser.Input(
            file: root.appendingPathComponent(draft.path).path, path: draft.path, village: draft.village,
            slug: String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)]), isMarkdown: draft.isMarkdown)
        if let body = draft.body {
            for violation in MarkdownBounds.check(body) {
                reporter.report(
                    violation.limit == .bodyBytes ? .s001 : .s006,
                    at: Mark(line: bodyStart + 1 + violation.line, column: 1),
                    .markdownBound(violation.limit, found: violation.found))
            }
        }
        let document = DocumentParser(reporter: reporter).document(
            form.node, rootMark: Mark(line: 1, column: 1), input: input, body: draft.body, bodyLineOffset: bodyStart,
            sha256: "", bytes: 0)
        let record =
            document?.data
            ?? SchemaValidator(reporter: FileReporter(collector: DiagnosticCollector(), file: ""))
            .record(form.node, fields: kind.allFields)
        if let document, let loaded = village(draft.village) {
            let context = RuleContext(
                config: config, village: loaded.source.profile, attachments: Set(loaded.source.attachments),
                buildDate: today)
            RuleRegistry.run(on: document, context: context, reporter: reporter)
            let others = loaded.documents.filter { $0.path != draft.path }
            let checked = CheckedVillage(source: loaded.source, documents: others + [document], buildDate: today)
            // GK-R101 needs only this file's commits.
            let site = LoadedSite(
                root: root, config: config, villages: [loaded.source], buildDate: today,
                history: draft.isNew ? nil : GitHistory.load(root: root, paths: [draft.path]), sources: FileLedger())
            Validator.checkVillage(checked, site: site, collector: collector)
        }
        return EditorCheck(problems: located(collector.diagnostics), record: record, document: document)
    }
}
