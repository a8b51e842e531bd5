import Foundation

/// A Mustache template parsed once into a tree, then flattened into a `TemplateProgram` (spec
/// subset: variables, triple and `&` unescaped variables, sections, inverted sections, partials,
/// comments, dotted names, `.`, standalone lines). Set-delimiter tags and lambdas are not
/// supported and are reported.
struct Template: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        case variable([String], escaped: Bool)
        case section([String], inverted: Bool, children: [Node])
        case partial(String)
    }

    struct ParseError: Error, Sendable {
        var line: Int
        var column: Int
        var reason: String
    }

    let program: TemplateProgram
    /// Sections nest at most this deep, so building and rendering never recurse without bound.
    static let nestingLimit = 64

    init(_ source: String) throws {
        program = TemplateProgram(try Template.build(try Template.tokenize(source)))
    }

    // MARK: - Tokens

    enum TagKind: Equatable { case variable, unescaped, section, inverted, close, partial, comment }

    enum Token {
        case text(String)
        case tag(TagKind, String, line: Int, column: Int)
    }

    /// Reads the template's UTF-8 bytes once: time linear in its size, whatever it holds.
    static func tokenize(_ source: String) throws -> [Token] {
        let bytes = Array(source.utf8)
        var tokens: [Token] = []
        var line = 1, column = 1
        var textStart = 0
        var i = 0
        /// Moves the position over `bytes[from..<to]`; columns count characters (UTF-8 lead bytes).
        func advance(_ from: Int, _ to: Int) {
            for b in bytes[from..<to] {
                if b == 0x0A {
                    line += 1
                    column = 1
                } else if b & 0xC0 != 0x80 {
                    column += 1
                }
            }
        }
        func text(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        while i + 1 < bytes.count {
            guard bytes[i] == open && bytes[i + 1] == open else {
                i += 1
                continue
            }
            advance(textStart, i)
            let tagLine = line, tagColumn = column
            var j = i + 2
            var kind = TagKind.variable
            var closer: [UInt8] = [close, close]
            if j < bytes.count {
                switch bytes[j] {
                case UInt8(ascii: "{"): kind = .unescaped; closer = [close, close, close]; j += 1
                case UInt8(ascii: "&"): kind = .unescaped; j += 1
                case UInt8(ascii: "#"): kind = .section; j += 1
                case UInt8(ascii: "^"): kind = .inverted; j += 1
                case UInt8(ascii: "/"): kind = .close; j += 1
                case UInt8(ascii: ">"): kind = .partial; j += 1
                case UInt8(ascii: "!"): kind = .comment; j += 1
                case UInt8(ascii: "="): throw ParseError(line: tagLine, column: tagColumn, reason: "不支持更改分隔符的标签 {{= =}}")
                default: break
                }
            }
            var end = j
            while end + closer.count <= bytes.count && !bytes[end..<(end + closer.count)].elementsEqual(closer) { end += 1 }
            guard end + closer.count <= bytes.count else {
                throw ParseError(line: tagLine, column: tagColumn, reason: "标签没有闭合，缺少 \(String(decoding: closer, as: UTF8.self))")
            }
            var nameStart = j, nameEnd = end
            while nameStart < nameEnd && (bytes[nameStart] == 0x20 || bytes[nameStart] == 0x09) { nameStart += 1 }
            while nameEnd > nameStart && (bytes[nameEnd - 1] == 0x20 || bytes[nameEnd - 1] == 0x09) { nameEnd -= 1 }
            let name = text(nameStart, nameEnd)
            if kind != .comment && name.isEmpty {
                throw ParseError(line: tagLine, column: tagColumn, reason: "标签缺少名称")
            }
            if textStart < i { tokens.append(.text(text(textStart, i))) }
            tokens.append(.tag(kind, name, line: tagLine, column: tagColumn))
            advance(i, end + closer.count)
            i = end + closer.count
            textStart = i
        }
        if textStart < bytes.count { tokens.append(.text(text(textStart, bytes.count))) }
        return removeStandaloneLines(tokens)
    }

    /// A section, close, partial or comment tag alone on its line takes the line with it.
    /// Standalone tags are found on the original tokens first, then their lines are trimmed.
    static func removeStandaloneLines(_ input: [Token]) -> [Token] {
        var standalone: [(index: Int, indent: Int)] = []
        for index in input.indices {
            guard case .tag(let kind, _, _, _) = input[index],
                [.section, .inverted, .close, .partial, .comment].contains(kind)
            else { continue }
            var indent = 0
            if index > 0 {
                guard case .text(let t) = input[index - 1] else { continue }
                let tail: Substring
                if let newline = t.lastIndex(of: "\n") {
                    tail = t[t.index(after: newline)...]
                } else if index == 1 {
                    tail = t[...]
                } else {
                    continue
                }
                guard tail.allSatisfy({ $0 == " " || $0 == "\t" }) else { continue }
                indent = tail.count
            }
            if index < input.count - 1 {
                guard case .text(let t) = input[index + 1] else { continue }
                let head: Substring
                if let newline = t.firstIndex(of: "\n") {
                    head = t[..<newline]
                } else if index + 1 == input.count - 1 {
                    head = t[...]
                } else {
                    continue
                }
                guard head.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) else { continue }
            }
            standalone.append((index, indent))
        }
        var tokens = input
        for (index, indent) in standalone {
            if index > 0, case .text(let t) = tokens[index - 1] {
                tokens[index - 1] = .text(String(t.dropLast(indent)))
            }
            if index < tokens.count - 1, case .text(let t) = tokens[index + 1] {
                tokens[index + 1] = .text(t.firstIndex(of: "\n").map { String(t[t.index(after: $0)...]) } ?? "")
            }
        }
        return tokens
    }

    // MARK: - Tree

    static func build(_ tokens: [Token]) throws -> [Node] {
        var stack: [(name: String, inverted: Bool, line: Int, column: Int, nodes: [Node])] = [("", false, 1, 1, [])]
        for token in tokens {
            switch token {
            case .text(let t):
                if !t.isEmpty { stack[stack.count - 1].nodes.append(.text(t)) }
            case .tag(let kind, let name, let line, let column):
                switch kind {
                case .comment: continue
                case .variable: stack[stack.count - 1].nodes.append(.variable(path(name), escaped: true))
                case .unescaped: stack[stack.count - 1].nodes.append(.variable(path(name), escaped: false))
                case .partial: stack[stack.count - 1].nodes.append(.partial(name))
                case .section, .inverted:
                    guard stack.count <= nestingLimit else {
                        throw ParseError(line: line, column: column, reason: "区段嵌套超过 \(nestingLimit) 层")
                    }
                    stack.append((name, kind == .inverted, line, column, []))
                case .close:
                    guard stack.count > 1, stack[stack.count - 1].name == name else {
                        let open = stack.count > 1 ? stack[stack.count - 1].name : "（无）"
                        throw ParseError(line: line, column: column, reason: "{{/\(name)}} 与打开的 {{#\(open)}} 不匹配")
                    }
                    let closed = stack.removeLast()
                    stack[stack.count - 1].nodes.append(.section(path(closed.name), inverted: closed.inverted, children: closed.nodes))
                }
            }
        }
        if stack.count > 1, let open = stack.last {
            throw ParseError(line: open.line, column: open.column, reason: "{{#\(open.name)}} 没有对应的 {{/\(open.name)}}")
        }
        return stack[0].nodes
    }

    static func path(_ name: String) -> [String] {
        name == "." ? ["."] : name.split(separator: ".").map(String.init)
    }
}
