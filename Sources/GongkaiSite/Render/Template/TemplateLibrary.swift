import GongkaiContent
import GongkaiCore

/// Compiled templates by name, and rendering against page models.
package struct TemplateLibrary: Sendable {
    package init() {

    }

    private var templates: [String: Template] = [:]

    /// A page's rendering stops past these: a partial that includes itself (legal in Mustache,
    /// and ended by the data) can otherwise run for ever or double the page at each level.
    static let operationLimit = 1_000_000
    static let outputLimit = 64 << 20
    static let partialDepthLimit = 32

    /// A template whose rendering crossed a limit.
    package struct RenderLimit: Error, Sendable {
        package var template: String
    }

    /// Registers a template, and the indented copies of partials that standalone tags ask for
    /// (the spec indents every line of such a partial, so each indentation is its own program).
    package mutating func register(_ template: Template, named name: String) {
        if templates[name] != nil {
            templates = templates.filter { !$0.key.contains("\u{0}") }
        }
        templates[name] = template
        var work = templates.values.flatMap(\.program.indentedPartials)
        var made = 0
        while let (partial, indent) = work.popLast(), made < Self.indentedCopyLimit {
            let key = TemplateProgram.key(partial, indent: indent)
            guard templates[key] == nil, let base = templates[partial],
                let copy = try? Template(Template.indenting(base.source, by: indent))
            else { continue }
            templates[key] = copy
            made += 1
            work += copy.program.indentedPartials
        }
    }

    /// A partial that includes itself from an indented standalone tag asks for deeper and deeper
    /// copies; past this many, the rest render without a copy of their own (nothing).
    static let indentedCopyLimit = 256

    /// The names of the templates (not of indented copies).
    package var names: [String] { templates.keys.filter { !$0.contains("\u{0}") }.sorted() }

    package func template(named name: String) -> Template? { templates[name] }

    package func render(_ model: some TemplateObject, template name: String) throws -> String {
        String(decoding: try renderBytes(model, template: name), as: UTF8.self)
    }

    /// The rendering as UTF-8 bytes (valid: made of Swift strings and the template's text).
    package func renderBytes(_ model: some TemplateObject, template name: String) throws -> [UInt8] {
        try renderBytes(.object(model), template: name)
    }

    /// Renders with any value as the root context (the Mustache spec's data can be a list or text).
    package func renderBytes(_ root: TemplateValue, template name: String) throws -> [UInt8] {
        guard let template = templates[name] else { return [] }
        var out: [UInt8] = []
        out.reserveCapacity(16_384)
        var stack: [TemplateValue] = [root]
        var budget = Self.operationLimit
        run(
            template.program, from: 0, to: template.program.ops.count, stack: &stack, into: &out, depth: 0,
            budget: &budget)
        guard budget >= 0 else { throw RenderLimit(template: name) }
        return out
    }

    private func run(
        _ program: TemplateProgram, from start: Int, to end: Int, stack: inout [TemplateValue], into out: inout [UInt8],
        depth: Int, budget: inout Int
    ) {
        var index = start
        while index < end {
            budget -= 1
            if budget < 0 || out.count > Self.outputLimit {
                budget = -1
                return
            }
            switch program.ops[index] {
            case .text(let offset, let count):
                out.append(contentsOf: program.text[Int(offset)..<Int(offset + count)])
                index += 1
            case .variable(let path, let escaped):
                index += 1
                guard let value = lookup(path, of: program, in: stack) else { continue }
                switch value {
                case .text(let s): escaped ? appendEscaped(s, to: &out) : out.append(contentsOf: s.utf8)
                case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
                case .list, .object, .null: continue
                }
            case .section(let path, let inverted, let sectionEnd):
                let children = (index + 1, Int(sectionEnd))
                index = Int(sectionEnd)
                let value = lookup(path, of: program, in: stack)
                let truthy = value?.isTruthy ?? false
                if inverted {
                    if !truthy {
                        run(
                            program, from: children.0, to: children.1, stack: &stack, into: &out, depth: depth,
                            budget: &budget)
                    }
                    continue
                }
                guard truthy, let value else { continue }
                switch value {
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        run(
                            program, from: children.0, to: children.1, stack: &stack, into: &out, depth: depth,
                            budget: &budget)
                        stack.removeLast()
                    }
                case .bool:
                    run(
                        program, from: children.0, to: children.1, stack: &stack, into: &out, depth: depth,
                        budget: &budget)
                case .null:
                    continue
                case .text, .object:
                    stack.append(value)
                    run(
                        program, from: children.0, to: children.1, stack: &stack, into: &out, depth: depth,
                        budget: &budget)
                    stack.removeLast()
                }
            case .partial(let name):
                index += 1
                // A partial that includes itself would never end.
                let key = program.partials[Int(name)]
                guard depth < Self.partialDepthLimit,
                    let partial = templates[key]
                        ?? key.split(separator: "\u{0}").last.flatMap({ templates[String($0)] })
                else { continue }
                run(
                    partial.program, from: 0, to: partial.program.ops.count, stack: &stack, into: &out,
                    depth: depth + 1,
                    budget: &budget)
            }
        }
    }

    /// The first name is looked up from the innermost context outwards; the rest inside it.
    private func lookup(_ path: Int32, of program: TemplateProgram, in stack: [TemplateValue]) -> TemplateValue? {
        let (start, count) = program.paths[Int(path)]
        guard count > 0 else { return nil }
        let first = program.names[Int(start)]
        if first == "." { return stack.last }
        var found: TemplateValue?
        var index = stack.count - 1
        while index >= 0 {
            if case .object(let object) = stack[index], let value = object.field(first) {
                found = value
                break
            }
            index -= 1
        }
        for next in (Int(start) + 1)..<Int(start + count) {
            guard case .object(let object)? = found else { return nil }
            found = object.field(program.names[next])
        }
        return found
    }

    private func appendEscaped(_ s: String, to out: inout [UInt8]) {
        MarkupEscape.append(s, to: &out)
    }
}
