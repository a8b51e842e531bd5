/// Compiled templates by name, and rendering against page models.
struct TemplateLibrary: Sendable {
    private var templates: [String: Template] = [:]

    mutating func register(_ template: Template, named name: String) {
        templates[name] = template
    }

    func render(_ model: some TemplateObject, template name: String) -> String {
        guard let template = templates[name] else { return "" }
        var out = ""
        out.reserveCapacity(16_384)
        var stack: [TemplateValue] = [.object(model)]
        render(template.nodes, stack: &stack, into: &out, depth: 0)
        return out
    }

    private func render(_ nodes: [Template.Node], stack: inout [TemplateValue], into out: inout String, depth: Int) {
        for node in nodes {
            switch node {
            case .text(let t):
                out += t
            case .variable(let path, let escaped):
                guard let value = lookup(path, in: stack) else { continue }
                switch value {
                case .text(let s): escaped ? appendEscaped(s, to: &out) : (out += s)
                case .bool(let b): out += b ? "true" : "false"
                case .list, .object, .null: continue
                }
            case .section(let path, let inverted, let children):
                let value = lookup(path, in: stack)
                let truthy = value?.isTruthy ?? false
                if inverted {
                    if !truthy { render(children, stack: &stack, into: &out, depth: depth) }
                    continue
                }
                guard truthy, let value else { continue }
                switch value {
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        render(children, stack: &stack, into: &out, depth: depth)
                        stack.removeLast()
                    }
                case .bool:
                    render(children, stack: &stack, into: &out, depth: depth)
                case .null:
                    continue
                case .text, .object:
                    stack.append(value)
                    render(children, stack: &stack, into: &out, depth: depth)
                    stack.removeLast()
                }
            case .partial(let name):
                // A partial that includes itself would never end.
                guard depth < 32, let partial = templates[name] else { continue }
                render(partial.nodes, stack: &stack, into: &out, depth: depth + 1)
            }
        }
    }

    /// The first name is looked up from the innermost context outwards; the rest inside it.
    private func lookup(_ path: [String], in stack: [TemplateValue]) -> TemplateValue? {
        guard let first = path.first else { return nil }
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
        guard path.count > 1 else { return found }
        for name in path.dropFirst() {
            guard case .object(let object)? = found else { return nil }
            found = object.field(name)
        }
        return found
    }

    private func appendEscaped(_ s: String, to out: inout String) {
        var start = s.utf8.startIndex
        let utf8 = s.utf8
        var index = start
        while index != utf8.endIndex {
            let replacement: String?
            switch utf8[index] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            default: replacement = nil
            }
            if let replacement {
                out += s[start..<index]
                out += replacement
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        out += s[start..<utf8.endIndex]
    }
}
