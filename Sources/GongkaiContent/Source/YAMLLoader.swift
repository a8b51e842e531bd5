import CYAML
import GongkaiCore

/// Reads one YAML document from libyaml's event stream into located nodes.
///
/// Duplicate keys are reported and the first one kept; aliases are shared, not copied,
/// and a document whose aliases would expand past `aliasNodeLimit` nodes is rejected, as is
/// one nested deeper than `nestingLimit` levels — at the event that crosses it, so libyaml
/// never reads further into the file and the cost stays linear in its size. A mapping with more
/// than `keyLimit` keys (duplicates counted) is rejected the same way: no kind has a field that
/// needs more, and a flood of keys would otherwise cost a node and a diagnostic each.
public struct YAMLLoader {
    public static let aliasNodeLimit = 10_000
    public static let nestingLimit = MarkdownLimit.nestingLimit
    public static let keyLimit = 1_000

    public struct Failure: Error, Sendable {
        public var code: RuleCode
        public var mark: Mark
        public var message: Message
    }

    public struct Output: Sendable {
        /// nil for an empty document.
        public var root: YAMLNode?
        /// Problems that did not stop the parse (duplicate keys).
        public var problems: [LocatedProblem]
    }

    /// `lineOffset` is added to every line (front matter starts on line 2 of its file).
    public static func load(_ text: String, lineOffset: Int = 0) -> Result<Output, Failure> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(Failure(code: .s001, mark: .start, message: .yamlSyntax(reason: "libyaml init")))
        }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var builder = Builder(lineOffset: lineOffset, lastLine: bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) })
            return builder.run(&parser)
        }
    }

    private struct Builder {
        let lineOffset: Int
        var anchors: [String: YAMLNode] = [:]
        var expandedNodes = 0
        package var problems: [LocatedProblem] = []
        package var documents = 0
        package var root: YAMLNode?

        /// A sequence or mapping being read. A class, so adding to the innermost one appends in
        /// place: an enum popped and pushed back copied its array on every item (quadratic).
        package final class Frame {
            let isMapping: Bool
            package let mark: Mark
            package let tag: String?
            package let anchor: String?
            package var items: [YAMLNode] = []
            package var pairs: [YAMLPair] = []
            /// Each key and the line it was first written on, for duplicate checks, once the
            /// mapping is large; a small one (a document has a dozen keys) is searched along.
            private var keys: [String: Int]?
            /// Keys written so far, duplicates included.
            var keysWritten = 0
            var pendingKey: YAMLNode?

            package init(isMapping: Bool, mark: Mark, tag: String?, anchor: String?) {
                self.isMapping = isMapping
                self.mark = mark
                self.tag = tag
                self.anchor = anchor
            }

            /// The line a key was first written on, if it was.
            func firstLine(of key: String) -> Int? {
                if let keys { return keys[key] }
                return pairs.first { $0.key.scalar?.text == key }?.key.mark.line
            }

            func append(_ pair: YAMLPair, key: String) {
                pairs.append(pair)
                if keys != nil {
                    keys![key] = pair.key.mark.line
                } else if pairs.count == 16 {
                    keys = Dictionary(
                        pairs.map { ($0.key.scalar?.text ?? "", $0.key.mark.line) }, uniquingKeysWith: { a, _ in a })
                }
            }
        }
        package var stack: [Frame] = []

        /// 0-based index of the text's last line.
        package let lastLine: Int

        package init(lineOffset: Int, lastLine: Int) {
            self.lineOffset = lineOffset
            self.lastLine = lastLine
        }

        /// A 1-based position in the file. libyaml puts the end of a text without a final line
        /// break on a line after it (found by fuzz-yaml on "?"): such a mark stays on the last line.
        package func mark(_ m: yaml_mark_t) -> Mark {
            Mark(line: min(Int(m.line), lastLine) + 1 + lineOffset, column: Int(m.column) + 1)
        }

        package static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            guard let pointer else { return nil }
            return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
        }

        package mutating func run(_ parser: inout yaml_parser_t) -> Result<Output, Failure> {
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    let reason = parser.problem.map { String(cString: $0) } ?? "syntax error"
                    let context = parser.context.map { String(cString: $0) }
                    let at =
                        parser.problem_mark.line > 0 || parser.problem_mark.column > 0
                        ? parser.problem_mark : parser.context_mark
                    let full = context.map { "\($0): \(reason)" } ?? reason
                    return .failure(Failure(code: .s001, mark: mark(at), message: .yamlSyntax(reason: full)))
                }
                defer { yaml_event_delete(&event) }
                let start = mark(event.start_mark)
                let opens = event.type == YAML_SEQUENCE_START_EVENT || event.type == YAML_MAPPING_START_EVENT
                if opens && stack.count >= YAMLLoader.nestingLimit {
                    return .failure(
                        Failure(code: .s006, mark: start, message: .nestingTooDeep(limit: YAMLLoader.nestingLimit)))
                }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return .success(Output(root: root, problems: problems))
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    if documents > 1 {
                        return .failure(Failure(code: .s001, mark: start, message: .yamlSeveralDocuments))
                    }
                case YAML_SCALAR_EVENT:
                    let s = event.data.scalar
                    let text = String(
                        decoding: UnsafeBufferPointer(start: s.value, count: Int(s.length)), as: UTF8.self)
                    let style: ScalarStyle
                    switch s.style {
                    case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
                    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
                    case YAML_LITERAL_SCALAR_STYLE: style = .literal
                    case YAML_FOLDED_SCALAR_STYLE: style = .folded
                    default: style = .plain
                    }
                    let node = YAMLNode(.scalar(text, style), mark: start, tag: Builder.string(s.tag))
                    if let anchor = Builder.string(s.anchor) { anchors[anchor] = node }
                    if let failure = add(node) { return .failure(failure) }
                case YAML_ALIAS_EVENT:
                    let name = Builder.string(event.data.alias.anchor) ?? ""
                    guard var node = anchors[name] else {
                        return .failure(Failure(code: .s001, mark: start, message: .yamlUnknownAnchor(name: name)))
                    }
                    expandedNodes += node.nodeCount
                    if expandedNodes > YAMLLoader.aliasNodeLimit {
                        return .failure(
                            Failure(code: .s006, mark: start, message: .aliasBomb(limit: YAMLLoader.aliasNodeLimit)))
                    }
                    // An alias puts its anchor's collections where it stands: they count towards the limit.
                    if stack.count + node.collectionDepth > YAMLLoader.nestingLimit {
                        return .failure(
                            Failure(code: .s006, mark: start, message: .nestingTooDeep(limit: YAMLLoader.nestingLimit)))
                    }
                    node.mark = start
                    if let failure = add(node) { return .failure(failure) }
                case YAML_SEQUENCE_START_EVENT:
                    let s = event.data.sequence_start
                    stack.append(
                        Frame(
                            isMapping: false, mark: start, tag: Builder.string(s.tag), anchor: Builder.string(s.anchor))
                    )
                case YAML_MAPPING_START_EVENT:
                    let m = event.data.mapping_start
                    stack.append(
                        Frame(
                            isMapping: true, mark: start, tag: Builder.string(m.tag), anchor: Builder.string(m.anchor)))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    let frame = stack.removeLast()
                    let node = YAMLNode(
                        frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items), mark: frame.mark,
                        tag: frame.tag)
                    if let anchor = frame.anchor { anchors[anchor] = node }
                    if let failure = add(node) { return .failure(failure) }
                default:
                    break
                }
            }
        }

        /// Places a finished node in its parent, checking keys of mappings.
        package mutating func add(_ node: YAMLNode) -> Failure? {
            guard let top = stack.last else {
                root = node
                return nil
            }
            guard top.isMapping else {
                top.items.append(node)
                return nil
            }
            guard let key = top.pendingKey else {
                guard node.scalar != nil else {
                    return Failure(code: .s001, mark: node.mark, message: .yamlComplexKey)
                }
                top.keysWritten += 1
                if top.keysWritten > YAMLLoader.keyLimit {
                    return Failure(code: .s006, mark: node.mark, message: .tooManyKeys(limit: YAMLLoader.keyLimit))
                }
                top.pendingKey = node
                return nil
            }
            let keyText = key.scalar?.text ?? ""
            if let firstLine = top.firstLine(of: keyText) {
                problems.append(
                    LocatedProblem(
                        code: .s005, mark: key.mark, message: .duplicateKey(key: keyText, firstLine: firstLine)))
            } else {
                top.append(YAMLPair(key: key, value: node), key: keyText)
            }
            top.pendingKey = nil
            return nil
        }
    }
}
