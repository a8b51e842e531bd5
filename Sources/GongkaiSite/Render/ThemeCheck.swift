import GongkaiContent
import GongkaiCore

/// Checks a theme before anything renders: every partial a template includes exists (GK-T003),
/// and every name a page's templates use exists on the model that page renders, in the
/// context where it is used (GK-T002) — a misspelled name would otherwise render as nothing.
/// Names are resolved as the engine does: innermost context first, then outwards; a section
/// over a list or an object makes its elements the innermost context.
package struct ThemeCheck {
    /// Each page template and the model it renders.
    package static let pages: [(template: String, model: any TemplateObject.Type)] = [
        ("town", TownPage.self), ("village", VillagePage.self), ("category", CategoryPage.self),
        ("notice", NoticePage.self), ("print", PrintPage.self), ("sheet", PrintSheet.self), ("search", SearchPage.self),
        // The editor's own pages, which `serve --edit` renders with the same theme.
        ("editor-sign-in", SignInPage.self), ("editor-accounts", AccountsPage.self), ("editor-audit", AuditPage.self),
        ("editor-problem", EditorProblemPage.self), ("editor-home", EditorHomePage.self),
        ("editor-village", EditorVillagePage.self), ("editor-delete", EditorDeletePage.self),
        ("editor-publish", EditorPublishPage.self), ("editor-document", EditorDocumentPage.self),
        ("editor-behind", EditorBehindBanner.self), ("editor-preview", PreviewOverlay.self),
        ("editor-preview-page", PreviewPage.self), ("editor-paste-box", EditorPasteBox.self),
    ]

    package struct Finding: Hashable, Sendable {
        package enum Problem: Hashable, Sendable {
            /// `model` has no `name` (a dotted name's part is checked on its parent's model).
            case unknownName(name: String, pages: [String], model: String, suggestion: String?)
            case missingPartial(name: String)
            /// Includes itself outside any section (`chain`: `a → b → a`): it would never end.
            case endlessPartial(chain: [String])
        }
        package var template: String
        package var at: Template.Position
        package var problem: Problem
    }

    /// A context a template's names are looked up in.
    private enum Context {
        case model(any TemplateObject.Type)
        /// Text or a value that has no names: lookups go on outwards.
        case opaque
        /// Whatever it holds is not known (under a name that was already reported): anything goes.
        case unknown
    }

    private let library: TemplateLibrary
    private var findings: Set<Finding> = []
    /// Partials already walked with a given context stack, so recursion ends.
    private var visited: Set<Visit> = []

    /// A partial walked on a page with a context stack (models by identity: naming a type costs
    /// a runtime lookup).
    private struct Visit: Hashable {
        var page: String
        var partial: String
        var stack: [ObjectIdentifier?]
    }
    /// The page template being walked.
    private var page = ""

    package static func run(_ library: TemplateLibrary) -> [Finding] {
        var check = ThemeCheck(library: library)
        for name in library.names {
            check.missingPartials(library.template(named: name)?.nodes ?? [], in: name)
        }
        check.endlessPartials()
        for (template, model) in pages {
            guard let root = library.template(named: template) else { continue }
            check.page = template
            check.walk(root.nodes, in: template, stack: [.model(model)], depth: 0)
        }
        return merged(check.findings).sorted {
            ($0.template, $0.at.line, $0.at.column) < ($1.template, $1.at.line, $1.at.column)
        }
    }

    /// One finding for a name missing at one place, naming every page it is missing on.
    private static func merged(_ findings: Set<Finding>) -> [Finding] {
        var byPlace: [String: Finding] = [:]
        var order: [String] = []
        for finding in findings.sorted(by: { "\($0)" < "\($1)" }) {
            guard case .unknownName(let name, let onPages, let model, let suggestion) = finding.problem else {
                order.append("\(finding)")
                byPlace["\(finding)"] = finding
                continue
            }
            let place = "\(finding.template):\(finding.at.line):\(finding.at.column):\(name)"
            if var known = byPlace[place], case .unknownName(_, let pages, _, _) = known.problem {
                known.problem = .unknownName(name: name, pages: pages + onPages, model: model, suggestion: suggestion)
                byPlace[place] = known
            } else {
                order.append(place)
                byPlace[place] = finding
            }
        }
        return order.compactMap { byPlace[$0] }
    }

    private init(library: TemplateLibrary) {
        self.library = library
    }

    private mutating func missingPartials(_ nodes: [Template.Node], in template: String) {
        for node in nodes {
            switch node {
            case .partial(let name, _, let at) where library.template(named: name) == nil:
                findings.insert(Finding(template: template, at: at, problem: .missingPartial(name: name)))
            case .section(_, _, let children, _):
                missingPartials(children, in: template)
            default:
                break
            }
        }
    }

    /// A partial included outside every section is always rendered: a cycle of such includes
    /// never ends (the engine stops at its depth limit, with text repeated or nothing). Inside a
    /// section, recursion ends when the data does, as the Mustache spec intends. Reported once
    /// per cycle, on the include that starts it in its first template by name.
    private mutating func endlessPartials() {
        var always: [String: [(name: String, at: Template.Position)]] = [:]
        for name in library.names {
            always[name] = Self.unconditionalPartials(library.template(named: name)?.nodes ?? [])
        }
        for template in library.names.sorted() {
            for include in always[template] ?? [] {
                guard let path = Self.path(from: include.name, to: template, in: always),
                    path.allSatisfy({ $0 >= template })
                else { continue }
                findings.insert(
                    Finding(template: template, at: include.at, problem: .endlessPartial(chain: [template] + path)))
            }
        }
    }

    private static func unconditionalPartials(_ nodes: [Template.Node]) -> [(name: String, at: Template.Position)] {
        nodes.compactMap { node in
            if case .partial(let name, _, let at) = node { return (name, at) }
            return nil
        }
    }

    /// The templates from `start` to `goal` by unconditional includes (both ends included).
    private static func path(
        from start: String, to goal: String, in always: [String: [(name: String, at: Template.Position)]]
    ) -> [String]? {
        var cameFrom: [String: String] = [start: start]
        var queue = [start]
        var index = 0
        while index < queue.count {
            let current = queue[index]
            index += 1
            if current == goal {
                var path = [current]
                while let previous = cameFrom[path[0]], previous != path[0] { path.insert(previous, at: 0) }
                return path
            }
            for next in always[current] ?? [] where cameFrom[next.name] == nil {
                cameFrom[next.name] = current
                queue.append(next.name)
            }
        }
        return nil
    }

    private mutating func walk(_ nodes: [Template.Node], in template: String, stack: [Context], depth: Int) {
        for node in nodes {
            switch node {
            case .text:
                continue
            case .variable(let path, _, let at):
                _ = resolve(path, stack, template, at)
            case .section(let path, let inverted, let children, let at):
                let shape = resolve(path, stack, template, at)
                var inner = stack
                if !inverted, let pushed = Self.context(pushedBy: shape) { inner.append(pushed) }
                walk(children, in: template, stack: inner, depth: depth)
            case .partial(let name, _, _):
                guard depth < TemplateLibrary.partialDepthLimit, let partial = library.template(named: name) else {
                    continue
                }
                let visit = Visit(page: page, partial: name, stack: stack.map(Self.identity))
                guard visited.insert(visit).inserted else { continue }
                walk(partial.nodes, in: name, stack: stack, depth: depth + 1)
            }
        }
    }

    /// What a section over a value of this shape makes the innermost context; nil when it
    /// pushes nothing (a flag). A name that was not found (nil shape) pushes `.unknown`.
    private static func context(pushedBy shape: TemplateFieldShape??) -> Context? {
        guard let known = shape else { return .opaque }
        guard let shape = known else { return .unknown }
        switch shape {
        case .flag: return nil
        case .text: return .opaque
        case .object(let model): return .model(model)
        case .list(let element): return context(pushedBy: .some(.some(element))) ?? .opaque
        }
    }

    /// The shape of the value a name stands for: `.some(nil)` when it cannot be known (an open
    /// model, or a context that was already unknown); nil when it was not found (reported).
    private mutating func resolve(
        _ path: [String], _ stack: [Context], _ template: String, _ at: Template.Position
    ) -> TemplateFieldShape?? {
        guard let first = path.first, first != "." else { return .some(nil) }
        var shape: TemplateFieldShape?
        var found = false
        search: for context in stack.reversed() {
            switch context {
            case .unknown:
                return .some(nil)
            case .opaque:
                continue
            case .model(let model):
                guard let fields = model.templateFields else { return .some(nil) }
                if let field = fields[first] {
                    shape = field
                    found = true
                    break search
                }
            }
        }
        guard found else {
            let innermost = stack.reversed().compactMap { context -> (any TemplateObject.Type)? in
                if case .model(let model) = context { return model }
                return nil
            }.first
            report(first, on: innermost, template, at)
            return nil
        }
        for part in path.dropFirst() {
            guard case .object(let model)? = shape else {
                report(part, on: nil, template, at)
                return nil
            }
            guard let fields = model.templateFields else { return .some(nil) }
            guard let field = fields[part] else {
                report(part, on: model, template, at)
                return nil
            }
            shape = field
        }
        return .some(shape)
    }

    private mutating func report(
        _ name: String, on model: (any TemplateObject.Type)?, _ template: String, _ at: Template.Position
    ) {
        let names = model?.templateFields.map { Array($0.keys) } ?? []
        let problem = Finding.Problem.unknownName(
            name: name, pages: [page], model: model.map { String(describing: $0) } ?? "—",
            suggestion: nearest(name, in: names))
        findings.insert(Finding(template: template, at: at, problem: problem))
    }

    /// The model's identity; nil for opaque, and for unknown a marker of its own.
    private static func identity(_ context: Context) -> ObjectIdentifier? {
        switch context {
        case .model(let model): return ObjectIdentifier(model)
        case .opaque: return nil
        case .unknown: return ObjectIdentifier(Context.self)
        }
    }
}
