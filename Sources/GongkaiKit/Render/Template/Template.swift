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

    static func tokenize(_ source: String) throws -> [Token] {
        var tokens: [Token] = []
        var text = ""
        var line = 1, column = 1
        var i = source.startIndex
        func advance(_ c: Character) {
            if c == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        while i < source.endIndex {
            if source[i...].hasPrefix("{{") {
                let tagLine = line, tagColumn = column
                var j = source.index(i, offsetBy: 2)
                var kind = TagKind.variable
                var closer = "}}"
                if j < source.endIndex {
                    switch source[j] {
                    case "{": kind = .unescaped; closer = "}}}"; j = source.index(after: j)
                    case "&": kind = .unescaped; j = source.index(after: j)
                    case "#": kind = .section; j = source.index(after: j)
                    case "^": kind = .inverted; j = source.index(after: j)
                    case "/": kind = .close; j = source.index(after: j)
                    case ">": kind = .partial; j = source.index(after: j)
                    case "!": kind = .comment; j = source.index(after: j)
                    case "=": throw ParseError(line: tagLine, column: tagColumn, reason: "不支持更改分隔符的标签 {{= =}}")
                    default: break
                    }
                }
                guard let end = source[j...].range(of: closer) else {
                    throw ParseError(line: tagLine, column: tagColumn, reason: "标签没有闭合，缺少 \(closer)")
                }
                let name = String(source[j..<end.lowerBound]).trimmingCharacters(in: .whitespaces)
                if kind != .comment && name.isEmpty {
                    throw ParseError(line: tagLine, column: tagColumn, reason: "标签缺少名称")
                }
                if !text.isEmpty { tokens.append(.text(text)); text = "" }
                tokens.append(.tag(kind, name, line: tagLine, column: tagColumn))
                for c in source[i..<end.upperBound] { advance(c) }
                i = end.upperBound
            } else {
                text.append(source[i])
                advance(source[i])
                i = source.index(after: i)
            }
        }
        if !text.isEmpty { tokens.append(.text(text)) }
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
