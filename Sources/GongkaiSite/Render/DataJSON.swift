import GongkaiContent
import GongkaiCore

/// A notice's validated data as JSON: money as strings with 2 decimals, dates as ISO text.
package enum DataJSON {
    package static func document(_ document: Document) -> String {
        var fields = record(document.data)
        if let body = document.body {
            fields.append(("body", .string(body)))
        }
        return JSONValue.object(fields).serialized(pretty: true) + "\n"
    }

    package static func record(_ record: Record) -> [(String, JSONValue)] {
        record.entries.map { ($0.key, value($0.value)) }
    }

    package static func value(_ value: Value) -> JSONValue {
        switch value.content {
        case .string(let s): return .string(s)
        case .int(let i): return .int(i)
        case .number(let n): return .number(n.description)
        case .bool(let b): return .bool(b)
        case .date(let d): return .string(d.iso)
        case .month(let m): return .string(m.iso)
        case .period(let p): return .string(p.iso)
        case .money(let m): return .string(m.plain)
        case .list(let items): return .array(items.map(self.value))
        case .record(let r): return .object(record(r))
        case .raw(let node): return raw(node)
        }
    }

    /// Free YAML (`extra`): scalars stay text, so nothing is guessed.
    package static func raw(_ node: YAMLNode) -> JSONValue {
        switch node.content {
        case .scalar(let text, _): return node.isNull ? .null : .string(text)
        case .sequence(let items): return .array(items.map(raw))
        case .mapping(let pairs): return .object(pairs.map { ($0.key.scalar?.text ?? "", raw($0.value)) })
        }
    }
}
