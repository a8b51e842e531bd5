import Foundation
import GongkaiContent
import GongkaiCore

/// A Mustache template parsed once into a tree, then flattened into a `TemplateProgram`: the
/// Mustache spec's required modules (interpolation, sections, inverted sections, partials,
/// comments, set delimiters, standalone lines with LF or CRLF endings). Lambdas and inheritance
/// are not supported.
package struct Template: Sendable {
    package indirect enum Node: Sendable {
        case text(String)
        case variable([String], escaped: Bool, at: Position)
        case section([String], inverted: Bool, children: [Node], at: Position)
        /// A partial; `indent` is the whitespace before a standalone partial tag, which the spec
        /// puts before every line of the partial.
        case partial(String, indent: String, at: Position)
    }

    /// Where a tag starts: 1-based line and column (in characters).
    package struct Position: Sendable, Hashable {
        package var line: Int
        package var column: Int
    }

    package struct ParseError: Error, Sendable {
        package var line: Int
        package var column: Int
        /// Worded in the site's language where it is reported.
        package var reason: Wording
    }

    let program: TemplateProgram
    /// The tree, for checking the names it uses (`ThemeCheck`).
    let nodes: [Node]
    /// The text it was parsed from, to indent it when it is used as a standalone partial.
    package let source: String
    /// Sections nest at most this deep, so building and rendering never recurse without bound.
    package static let nestingLimit = 64

    package init(_ source: String) throws {
        self.source = source
        nodes = try Template.build(try Template.tokenize(source))
        program = TemplateProgram(nodes)
    }

    /// The source with `indent` before each of its lines, as a standalone partial is included.
    static func indenting(_ source: String, by indent: String) -> String {
        guard !indent.isEmpty, !source.isEmpty else { return source }
        var out = indent
        var rest = source[...]
        while let newline = rest.utf8.firstIndex(of: 0x0A) {
            let next = rest.utf8.index(after: newline)
            out += rest[..<next]
            rest = rest[next...]
            if !rest.isEmpty { out += indent }
        }
        return out + rest
    }

    // MARK: - Tokens

    package enum TagKind: Equatable { case variable, unescaped, section, inverted, close, partial, comment, delimiters }

    package enum Token {
        case text(String)
        /// `indent`: the whitespace removed before a standalone tag.
        case tag(TagKind, String, line: Int, column: Int, indent: String)
    }

    /// The character after the opening delimiter that says what a tag is.
    static let sigils: [UInt8: TagKind] = [
        UInt8(ascii: "{"): .unescaped, UInt8(ascii: "&"): .unescaped, UInt8(ascii: "#"): .section,
        UInt8(ascii: "^"): .inverted, UInt8(ascii: "/"): .close, UInt8(ascii: ">"): .partial,
        UInt8(ascii: "!"): .comment, UInt8(ascii: "="): .delimiters,
    ]

    /// Reads the template's UTF-8 bytes once: time linear in its size, whatever it holds.
    /// A section, inverted, close, partial, comment or delimiter tag alone on its line (only
    /// spaces or tabs beside it) takes the whole line with it, line ending included.
    static func tokenize(_ source: String) throws -> [Token] {
        let bytes = Array(source.utf8)
        let n = bytes.count
        var tokens: [Token] = []
        var line = 1
        var column = 1
        var counted = 0
        var textStart = 0
        var i = 0
        var open = Array("{{".utf8)
        var close = Array("}}".utf8)
        /// Moves the position up to `to`; columns count characters (UTF-8 lead bytes).
        func advance(to: Int) {
            for b in bytes[counted..<to] {
                if b == 0x0A {
                    line += 1
                    column = 1
                } else if b & 0xC0 != 0x80 {
                    column += 1
                }
            }
            counted = to
        }
        func text(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }
        func matches(_ pattern: [UInt8], at index: Int) -> Bool {
            index + pattern.count <= n && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
        }
        func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
        while i < n {
            guard matches(open, at: i) else {
                i += 1
                continue
            }
            let tagStart = i
            advance(to: tagStart)
            let tagLine = line
            let tagColumn = column
            func fail(_ reason: Wording) -> ParseError { ParseError(line: tagLine, column: tagColumn, reason: reason) }
            var j = i + open.count
            var kind = TagKind.variable
            var closer = close
            if j < n {
                if let sigil = Template.sigils[bytes[j]] {
                    kind = sigil
                    j += 1
                    // `{{{name}}}` and `{{=<% %>=}}` close with their sigil's partner before the delimiter.
                    if bytes[j - 1] == UInt8(ascii: "{") { closer = Array("}".utf8) + close }
                    if kind == .delimiters { closer = Array("=".utf8) + close }
                }
            }
            var end = j
            while end < n && !matches(closer, at: end) { end += 1 }
            guard end < n else {
                throw fail(Wording("标签没有闭合，缺少 {closer}", String(decoding: closer, as: UTF8.self)))
            }
            var nameStart = j
            var nameEnd = end
            while nameStart < nameEnd && isBlank(bytes[nameStart]) { nameStart += 1 }
            while nameEnd > nameStart && isBlank(bytes[nameEnd - 1]) { nameEnd -= 1 }
            let name = text(nameStart, nameEnd)
            if kind != .comment && name.isEmpty {
                throw fail(Wording("标签缺少名称"))
            }
            let tagEnd = end + closer.count

            // Standalone: only blanks from the line's start to the tag, and from the tag to the
            // line's end; text since the previous tag starts a line if that tag took its line.
            var standalone = false
            var lineStart = tagStart
            var lineEnd = tagEnd
            if kind != .variable && kind != .unescaped {
                while lineStart > textStart && isBlank(bytes[lineStart - 1]) { lineStart -= 1 }
                let startsLine = lineStart == 0 || bytes[lineStart - 1] == 0x0A
                var after = tagEnd
                while after < n && isBlank(bytes[after]) { after += 1 }
                if after == n {
                    lineEnd = n
                } else if bytes[after] == 0x0A {
                    lineEnd = after + 1
                } else if bytes[after] == 0x0D && after + 1 < n && bytes[after + 1] == 0x0A {
                    lineEnd = after + 2
                } else {
                    lineEnd = -1
                }
                standalone = startsLine && lineEnd >= 0
            }
            let textEnd = standalone ? lineStart : tagStart
            if textStart < textEnd { tokens.append(.text(text(textStart, textEnd))) }
            tokens.append(
                .tag(kind, name, line: tagLine, column: tagColumn, indent: standalone ? text(lineStart, tagStart) : ""))
            if kind == .delimiters {
                let parts = name.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                    throw fail(Wording("分隔符标签应写作 {{=<% %>=}}：两个不含 = 的记号，以空格隔开"))
                }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
            }
            i = standalone ? lineEnd : tagEnd
            textStart = i
        }
        if textStart < n { tokens.append(.text(text(textStart, n))) }
        return tokens
    }

    // MARK: - Tree

    package static func build(_ tokens: [Token]) throws -> [Node] {
        var stack: [(name: String, inverted: Bool, line: Int, column: Int, nodes: [Node])] = [("", false, 1, 1, [])]
        for token in tokens {
            switch token {
            case .text(let t):
                if !t.isEmpty { stack[stack.count - 1].nodes.append(.text(t)) }
            case .tag(let kind, let name, let line, let column, let indent):
                let at = Position(line: line, column: column)
                switch kind {
                case .comment, .delimiters: continue
                case .variable: stack[stack.count - 1].nodes.append(.variable(path(name), escaped: true, at: at))
                case .unescaped: stack[stack.count - 1].nodes.append(.variable(path(name), escaped: false, at: at))
                case .partial: stack[stack.count - 1].nodes.append(.partial(name, indent: indent, at: at))
                case .section, .inverted:
                    guard stack.count <= nestingLimit else {
                        throw ParseError(
                            line: line, column: column, reason: Wording("区段嵌套超过 {limit} 层", nestingLimit))
                    }
                    stack.append((name, kind == .inverted, line, column, []))
                case .close:
                    guard stack.count > 1, stack[stack.count - 1].name == name else {
                        let reason =
                            stack.count > 1
                            ? Wording("{{/{name}}} 与打开的 {{#{open}}} 不匹配", name, stack[stack.count - 1].name)
                            : Wording("{{/{name}}} 前面没有打开的 {{#{name}}}", name)
                        throw ParseError(line: line, column: column, reason: reason)
                    }
                    let closed = stack.removeLast()
                    let at = Position(line: closed.line, column: closed.column)
                    stack[stack.count - 1].nodes.append(
                        .section(path(closed.name), inverted: closed.inverted, children: closed.nodes, at: at))
                }
            }
        }
        if stack.count > 1, let open = stack.last {
            throw ParseError(
                line: open.line, column: open.column, reason: Wording("{{#{name}}} 没有对应的 {{/{name}}}", open.name))
        }
        return stack[0].nodes
    }

    package static func path(_ name: String) -> [String] {
        name == "." ? ["."] : name.split(separator: ".").map(String.init)
    }
}
