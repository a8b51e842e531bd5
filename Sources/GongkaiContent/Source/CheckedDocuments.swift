import GongkaiCore

/// A village's documents as last parsed and checked by the document rules, each with the stamp
/// of its file then and the problems it raised, and the context they were checked in
/// (`VillageCheck`): what a build keeps in its cache so that a rebuild of the village parses
/// again only the files whose stamps changed — as the server's `FolderMemo` does in memory.
package struct CheckedDocuments: Sendable {
    package var context: String
    package var documents: [String: FolderMemo.Checked]

    package init(context: String, documents: [String: FolderMemo.Checked]) {
        self.context = context
        self.documents = documents
    }

    static let magic = "gongkai-checked-1"
    /// Above what a document the YAML loader accepts can reach (`YAMLLoader.nestingLimit`, 64
    /// levels, each a value and its record at most); a record nested deeper is refused, not
    /// read down a thread's small stack.
    static let depthLimit = 256

    package func encoded() -> [UInt8] {
        ByteWriter.record(Self.magic) { w in
            w.string(context)
            w.int(documents.count)
            for path in documents.keys.sorted() {
                let checked = documents[path]!
                w.string(path)
                // A document taken unchanged from the last record is copied, not encoded again.
                if let recorded = checked.recorded {
                    w.append(recorded)
                    continue
                }
                w.string(checked.stamp)
                w.int(checked.diagnostics.count)
                checked.diagnostics.forEach { w.diagnostic($0) }
                w.bool(checked.document != nil)
                if let document = checked.document { Self.write(document, into: &w) }
            }
        }
    }

    /// nil when the bytes are not such a record, whole (its SHA-256 at its end) and of this format.
    package init?(decoding bytes: [UInt8]) {
        let read = ByteReader.record(bytes, Self.magic) { r throws(ByteReader.Malformed) in
            let context = try r.string()
            var documents: [String: FolderMemo.Checked] = [:]
            for _ in 0..<(try r.count()) {
                let path = try r.string()
                let start = r.position
                let stamp = try r.string()
                var diagnostics: [Diagnostic] = []
                for _ in 0..<(try r.count()) { diagnostics.append(try r.diagnostic()) }
                let document = try r.bool() ? try Self.document(&r) : nil
                var checked = FolderMemo.Checked(stamp: stamp, document: document, diagnostics: diagnostics)
                checked.recorded = r.bytes(from: start)
                documents[path] = checked
            }
            return CheckedDocuments(context: context, documents: documents)
        }
        guard let read else { return nil }
        self = read
    }

    // MARK: - Writing

    private static func write(_ d: Document, into w: inout ByteWriter) {
        for text in [d.village, d.path, d.slug, d.kind.id.rawValue, d.title] { w.string(text) }
        w.date(d.published)
        w.optionalString(d.body)
        w.int(d.bodyLineOffset)
        w.string(d.sourceSHA256)
        w.int(d.bytes)
        write(d.data, into: &w)
    }

    private static func write(_ mark: Mark, into w: inout ByteWriter) {
        w.int(mark.line)
        w.int(mark.column)
    }

    private static func write(_ record: Record, into w: inout ByteWriter) {
        write(record.mark, into: &w)
        w.int(record.entries.count)
        for entry in record.entries {
            w.string(entry.key)
            write(entry.keyMark, into: &w)
            write(entry.value, into: &w)
        }
    }

    private static func write(_ value: Value, into w: inout ByteWriter) {
        write(value.mark, into: &w)
        switch value.content {
        case .string(let text):
            w.byte(0)
            w.string(text)
        case .int(let number):
            w.byte(1)
            w.int(number)
        case .number(let number):
            w.byte(2)
            w.int(Int(number.units))
        case .bool(let flag):
            w.byte(3)
            w.bool(flag)
        case .date(let date):
            w.byte(4)
            w.date(date)
        case .month(let month):
            w.byte(5)
            w.month(month)
        case .period(let period):
            w.byte(6)
            w.period(period)
        case .money(let money):
            w.byte(7)
            w.int(Int(money.fen))
        case .list(let values):
            w.byte(8)
            w.int(values.count)
            values.forEach { write($0, into: &w) }
        case .record(let record):
            w.byte(9)
            write(record, into: &w)
        case .raw(let node):
            w.byte(10)
            write(node, into: &w)
        }
    }

    private static func write(_ node: YAMLNode, into w: inout ByteWriter) {
        write(node.mark, into: &w)
        w.optionalString(node.tag)
        switch node.content {
        case .scalar(let text, let style):
            w.byte(0)
            w.string(text)
            w.byte(styles.firstIndex(of: style).map(UInt8.init) ?? 0)
        case .sequence(let items):
            w.byte(1)
            w.int(items.count)
            items.forEach { write($0, into: &w) }
        case .mapping(let pairs):
            w.byte(2)
            w.int(pairs.count)
            for pair in pairs {
                write(pair.key, into: &w)
                write(pair.value, into: &w)
            }
        }
    }

    private static let styles: [ScalarStyle] = [.plain, .singleQuoted, .doubleQuoted, .literal, .folded]

    // MARK: - Reading

    private static func document(_ r: inout ByteReader) throws(ByteReader.Malformed) -> Document {
        let village = try r.string()
        let path = try r.string()
        let slug = try r.string()
        guard let kind = KindRegistry.kind(try r.string()) else { throw ByteReader.Malformed() }
        let title = try r.string()
        let published = try r.date()
        let body = try r.optionalString()
        let bodyLineOffset = try r.int()
        let sha256 = try r.string()
        let bytes = try r.int()
        return Document(
            village: village, path: path, slug: slug, kind: kind, data: try record(&r, depth: 0), title: title,
            published: published, body: body, bodyLineOffset: bodyLineOffset, sourceSHA256: sha256, bytes: bytes)
    }

    private static func mark(_ r: inout ByteReader) throws(ByteReader.Malformed) -> Mark {
        Mark(line: try r.int(), column: try r.int())
    }

    private static func record(_ r: inout ByteReader, depth: Int) throws(ByteReader.Malformed) -> Record {
        guard depth < depthLimit else { throw ByteReader.Malformed() }
        var record = Record(mark: try mark(&r))
        for _ in 0..<(try r.count()) {
            let key = try r.string()
            let keyMark = try mark(&r)
            record.entries.append(Record.Entry(key: key, keyMark: keyMark, value: try value(&r, depth: depth + 1)))
        }
        return record
    }

    private static func value(_ r: inout ByteReader, depth: Int) throws(ByteReader.Malformed) -> Value {
        guard depth < depthLimit else { throw ByteReader.Malformed() }
        let at = try mark(&r)
        let content: Value.Content
        switch try r.byte() {
        case 0: content = .string(try r.string())
        case 1: content = .int(try r.int())
        case 2: content = .number(DecimalNumber(units: Int64(try r.int())))
        case 3: content = .bool(try r.bool())
        case 4: content = .date(try r.date())
        case 5: content = .month(try r.month())
        case 6: content = .period(try r.period())
        case 7: content = .money(Money(fen: Int64(try r.int())))
        case 8:
            var values: [Value] = []
            for _ in 0..<(try r.count()) { values.append(try value(&r, depth: depth + 1)) }
            content = .list(values)
        case 9: content = .record(try record(&r, depth: depth + 1))
        case 10: content = .raw(try node(&r, depth: depth + 1))
        default: throw ByteReader.Malformed()
        }
        return Value(content: content, mark: at)
    }

    private static func node(_ r: inout ByteReader, depth: Int) throws(ByteReader.Malformed) -> YAMLNode {
        guard depth < depthLimit else { throw ByteReader.Malformed() }
        let at = try mark(&r)
        let tag = try r.optionalString()
        switch try r.byte() {
        case 0:
            let text = try r.string()
            let style = Int(try r.byte())
            guard style < styles.count else { throw ByteReader.Malformed() }
            return YAMLNode(.scalar(text, styles[style]), mark: at, tag: tag)
        case 1:
            var items: [YAMLNode] = []
            for _ in 0..<(try r.count()) { items.append(try node(&r, depth: depth + 1)) }
            return YAMLNode(.sequence(items), mark: at, tag: tag)
        case 2:
            var pairs: [YAMLPair] = []
            for _ in 0..<(try r.count()) {
                let key = try node(&r, depth: depth + 1)
                pairs.append(YAMLPair(key: key, value: try node(&r, depth: depth + 1)))
            }
            return YAMLNode(.mapping(pairs), mark: at, tag: tag)
        default:
            throw ByteReader.Malformed()
        }
    }
}
