import GongkaiCore

/// How a scalar was written: this decides whether `true` is a bool or a string.
public enum ScalarStyle: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded

    var isPlain: Bool { self == .plain }
}

/// A YAML node that remembers where it was written and, for scalars, exactly how.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    public var mark: Mark
    public var tag: String?

    public init(_ content: Content, mark: Mark, tag: String? = nil) {
        self.content = content
        self.mark = mark
        self.tag = tag
    }

    public var scalar: (text: String, style: ScalarStyle)? {
        if case .scalar(let text, let style) = content { return (text, style) }
        return nil
    }

    public var pairs: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    public var items: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// A plain empty scalar, `~` or `null`: YAML 1.2 core schema's null.
    public var isNull: Bool {
        guard case .scalar(let text, .plain) = content, tag == nil, text.utf8.count <= 4 else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// Nodes this node stands for, counting through aliases (for the expansion limit).
    var nodeCount: Int {
        switch content {
        case .scalar: return 1
        case .sequence(let items): return items.reduce(1) { $0 + $1.nodeCount }
        case .mapping(let pairs): return pairs.reduce(1) { $0 + $1.key.nodeCount + $1.value.nodeCount }
        }
    }

    /// How many collections deep it goes (0 for a scalar).
    var collectionDepth: Int {
        switch content {
        case .scalar: return 0
        case .sequence(let items): return 1 + (items.map(\.collectionDepth).max() ?? 0)
        case .mapping(let pairs):
            return 1 + (pairs.map { max($0.key.collectionDepth, $0.value.collectionDepth) }.max() ?? 0)
        }
    }

    public func value(forKey key: String) -> YAMLNode? {
        pairs?.first { $0.key.scalar?.text == key }?.value
    }
}

public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode
}
