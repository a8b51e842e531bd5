import Foundation
import GongkaiContent
import GongkaiCore
import GongkaiSite

/// What checking a form found: the diagnostics of the edited file, each tied to the form field
/// it is about, the problems the change would cause in the village's other files, and the file
/// the form would be saved as.
public struct EditorCheck: Sendable {
    public struct Problem: Sendable, Hashable {
        public var diagnostic: Diagnostic
        /// The form field (`income.2.amount`, `body`), nil when the problem is the document's
        /// or another file's.
        public var field: String?
    }

    /// Problems of the edited file itself: these decide whether 保存 may write it.
    public var problems: [Problem]
    /// Problems this change would bring to other files of the village (a closing balance that
    /// no longer meets the next month's opening, a reviewer struck off the supervisory
    /// committee): shown, never blocking, since fixing a chain takes one save per file.
    public var elsewhere: [Diagnostic] = []
    /// The typed values, when the form could be read as a document of its kind.
    package var record: Record?
    package var document: Document?

    public var hasErrors: Bool { problems.contains { $0.diagnostic.severity == .error } }
    public var errorCount: Int { problems.filter { $0.diagnostic.severity == .error }.count }
    public var warningCount: Int { problems.count - errorCount }
}

extension EditorWorkspace {
    /// Checks a form with the edited file in place of the one on disk: the schema, every rule on
    /// the document, then the rules across its village (continuity, duplicates, GK-R101).
    public func check(_ draft: EditorDraft) -> EditorCheck {
        guard let config = config() else {
            let diagnostic = Diagnostic(
                location: SourceLocation(file: SiteRoot.configName, line: 1, column: 1), severity: .error,
                code: .s001, message: EditorError.noSettings.description)
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
            let elsewhere = checkProfile(record, draft: draft, config: config, collector: collector)
            return EditorCheck(problems: located(collector.diagnostics), elsewhere: elsewhere, record: record)
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
        var elsewhere: [Diagnostic] = []
        if let document, let loaded = village(draft.village) {
            // GK-R101 needs only this file's commits, and only once it was published before
            // today (no commit is later than today): taken from the site's history, which is
            // brought up to date with the commits since the last load rather than walked again.
            let needsHistory = !draft.isNew && document.published < today
            let site = LoadedSite(
                root: root, config: config, villages: [loaded.source], buildDate: today,
                history: needsHistory ? config.history.load(root: root)?.only([draft.path]) : nil, sources: FileLedger()
            )
            // The village checked as the build would check it, with the form in place of the file.
            let after = DiagnosticCollector(localizer: collector.localizer)
            VillageCheck.run(
                loaded.source, others: loaded.documents.filter { $0.path != draft.path }, edited: document, site: site,
                collector: after)
            for diagnostic in after.diagnostics where diagnostic.location.file == draft.path {
                collector.report(diagnostic)
            }
            let before = DiagnosticCollector(localizer: collector.localizer)
            Validator.checkVillage(
                CheckedVillage(source: loaded.source, documents: loaded.documents, buildDate: today), site: site,
                collector: before)
            elsewhere = Self.introduced(after.diagnostics, over: before.diagnostics, except: draft.path)
        }
        return EditorCheck(
            problems: located(collector.diagnostics), elsewhere: elsewhere, record: record, document: document)
    }

    /// village.yaml's own rules with the form in its place, and what the new committee lists
    /// would do to the village's documents (a reviewer who no longer sits on the supervisory
    /// committee).
    private func checkProfile(
        _ record: Record, draft: EditorDraft, config: SiteConfig, collector: DiagnosticCollector
    ) -> [Diagnostic] {
        guard let loaded = village(draft.village) else { return [] }
        var source = loaded.source
        source.profile = VillageProfile(id: draft.village, path: draft.path, record: record, defaultTown: config.town)
        let site = LoadedSite(
            root: root, config: config, villages: [source], buildDate: today, history: nil, sources: FileLedger())
        Validator.checkVillage(
            CheckedVillage(source: source, documents: loaded.documents, buildDate: today), site: site,
            collector: collector)
        func documentRules(_ village: VillageSource) -> [Diagnostic] {
            let found = DiagnosticCollector(localizer: collector.localizer)
            VillageCheck.documentRules(loaded.documents, of: village, site: site, collector: found)
            return found.diagnostics
        }
        return Self.introduced(
            documentRules(source), over: documentRules(loaded.source), except: draft.path)
    }

    /// Diagnostics of other files found after a change and not before it.
    static func introduced(_ after: [Diagnostic], over before: [Diagnostic], except path: String)
        -> [Diagnostic]
    {
        func key(_ d: Diagnostic) -> String { "\(d.location.file)|\(d.location.line)|\(d.code)|\(d.message)" }
        let old = Set(before.map(key))
        return after.filter { $0.location.file != path && !old.contains(key($0)) }.sorted(by: Diagnostic.printOrder)
    }
}

extension EditorCheck {
    /// A check that found only what a saved change did to other files.
    public init(elsewhere: [Diagnostic]) {
        self.init(problems: [], elsewhere: elsewhere, record: nil, document: nil)
    }
}
