import GongkaiContent
import GongkaiCore

/// A template flattened for rendering: a list of operations whose payloads are plain integers
/// (copying one touches no reference count), over one blob of literal text and a table of
/// names. Profiles showed the tree's copies and reference counting as much of render time.
package struct TemplateProgram: Sendable {
    package enum Op: Sendable {
        /// Literal bytes `start ..< start + count` of `text`.
        case text(start: Int32, count: Int32)
        /// The value of `paths[path]`.
        case variable(path: Int32, escaped: Bool)
        /// The operations after this one, up to `end`, for each value of `paths[path]`.
        case section(path: Int32, inverted: Bool, end: Int32)
        /// The template `partials[name]` names (indented, for a standalone partial tag).
        case partial(name: Int32)
    }

    private(set) var ops: [Op] = []
    private(set) var text: [UInt8] = []
    /// Each dotted name as a range of `names` (plain integers: no reference counting).
    private(set) var paths: [(start: Int32, count: Int32)] = []
    private(set) var names: [String] = []
    /// The library key of each partial: its name, or for a standalone tag with whitespace
    /// before it, `TemplateProgram.key(name, indent:)`.
    private(set) var partials: [String] = []
    /// Partials included from an indented standalone tag: each is rendered from its own source
    /// with the indentation before every line.
    private(set) var indentedPartials: [(name: String, indent: String)] = []
    /// Indexes of `paths` and `partials` while building: a template of many names builds in linear time.
    private var pathIndex: [[String]: Int32] = [:]
    private var partialIndex: [String: Int32] = [:]

    package init(_ nodes: [Template.Node]) {
        append(nodes)
    }

    private mutating func append(_ nodes: [Template.Node]) {
        for node in nodes {
            switch node {
            case .text(let t):
                ops.append(.text(start: Int32(text.count), count: Int32(t.utf8.count)))
                text.append(contentsOf: t.utf8)
            case .variable(let path, let escaped, _):
                ops.append(.variable(path: index(of: path), escaped: escaped))
            case .section(let path, let inverted, let children, _):
                let at = ops.count
                ops.append(.text(start: 0, count: 0))
                append(children)
                ops[at] = .section(path: index(of: path), inverted: inverted, end: Int32(ops.count))
            case .partial(let name, let indent, _):
                let key = TemplateProgram.key(name, indent: indent)
                if let known = partialIndex[key] {
                    ops.append(.partial(name: known))
                } else {
                    partials.append(key)
                    partialIndex[key] = Int32(partials.count - 1)
                    ops.append(.partial(name: Int32(partials.count - 1)))
                    if !indent.isEmpty { indentedPartials.append((name, indent)) }
                }
            }
        }
    }

    /// A name cannot hold a NUL (template files are named by the file system), so keys of
    /// indented partials never meet a template's own name.
    package static func key(_ name: String, indent: String) -> String {
        indent.isEmpty ? name : indent + "\u{0}" + name
    }

    private mutating func index(of path: [String]) -> Int32 {
        if let known = pathIndex[path] { return known }
        paths.append((Int32(names.count), Int32(path.count)))
        names += path
        pathIndex[path] = Int32(paths.count - 1)
        return Int32(paths.count - 1)
    }
}
