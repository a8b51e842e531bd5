import CYAML
import GongkaiCore

/// Writes a document's values in the canonical layout (spec §11), through libyaml's emitter so
/// that every scalar is quoted exactly when YAML needs it: fields in the kind's order, a list of
/// records one row per line as a flow mapping, a record of plain values as one flow mapping,
/// lists of text in brackets, money with thousands separators and both decimals, the Markdown
/// body after the front matter. Reading the text back gives the same values (`DocumentWriterTests`).
package enum DocumentWriter {
    package struct Failure: Error, Sendable {
        package var reason: String
    }

    /// The whole file: YAML, or front matter and body for a kind written as Markdown.
    package static func file(_ data: Record, fields: [FieldSpec], body: String?) throws -> String {
        let yaml = try self.yaml(data, fields: fields)
        guard let body else { return yaml }
        return "---\n" + yaml + "---\n" + body
    }

    /// The YAML of a record: its keys in the order of `fields`, then any others as they came.
    package static func yaml(_ data: Record, fields: [FieldSpec]) throws -> String {
        let emitter = try Emitter()
        try emitter.emit { yaml_stream_start_event_initialize(&$0, YAML_UTF8_ENCODING) }
        try emitter.emit { yaml_document_start_event_initialize(&$0, nil, nil, nil, 1) }
        try emitter.record(data, fields: fields, flow: false)
        try emitter.emit { yaml_document_end_event_initialize(&$0, 1) }
        try emitter.emit { yaml_stream_end_event_initialize(&$0) }
        return String(decoding: emitter.sink.bytes, as: UTF8.self)
    }

    /// libyaml's emitter writing into a byte buffer.
    private final class Emitter {
        package final class Sink {
            package var bytes: [UInt8] = []
        }

        let sink = Sink()
        private let emitter = UnsafeMutablePointer<yaml_emitter_t>.allocate(capacity: 1)

        package init() throws {
            emitter.initialize(to: yaml_emitter_t())
            guard yaml_emitter_initialize(emitter) == 1 else {
                emitter.deallocate()
                throw Failure(reason: "libyaml emitter")
            }
            let handler: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutablePointer<UInt8>?, Int) -> Int32 = {
                context, buffer, size in
                guard let context, let buffer else { return 0 }
                let sink = Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue()
                sink.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
                return 1
            }
            yaml_emitter_set_output(emitter, handler, Unmanaged.passUnretained(sink).toOpaque())
            yaml_emitter_set_unicode(emitter, 1)
            // No folding: a table row stays on its line however long.
            yaml_emitter_set_width(emitter, -1)
            yaml_emitter_set_indent(emitter, 2)
        }

        deinit {
            yaml_emitter_delete(emitter)
            emitter.deallocate()
        }

        /// Emits one event (the emitter takes it over, freed or not).
        func emit(_ make: (inout yaml_event_t) -> Int32) throws {
            var event = yaml_event_t()
            guard make(&event) == 1, yaml_emitter_emit(emitter, &event) == 1 else {
                throw Failure(reason: "libyaml: " + (emitter.pointee.problem.map { String(cString: $0) } ?? "event"))
            }
        }

        package func scalar(_ text: String, quoted: Bool = false) throws {
            var bytes = Array(text.utf8)
            bytes.append(0)
            let style = quoted ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : YAML_ANY_SCALAR_STYLE
            try bytes.withUnsafeMutableBufferPointer { buffer in
                try emit {
                    yaml_scalar_event_initialize(
                        &$0, nil, nil, buffer.baseAddress, Int32(text.utf8.count), quoted ? 0 : 1, 1, style)
                }
            }
        }

        package func record(_ record: Record, fields: [FieldSpec], flow: Bool) throws {
            try emit {
                yaml_mapping_start_event_initialize(
                    &$0, nil, nil, 1, flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE)
            }
            let known = fields.map(\.key)
            let order = known.filter { record[$0] != nil } + record.entries.map(\.key).filter { !known.contains($0) }
            for key in order {
                guard let value = record[key] else { continue }
                try scalar(key)
                try self.value(value, type: fields.first { $0.key == key }?.type, flow: flow)
            }
            try emit { yaml_mapping_end_event_initialize(&$0) }
        }

        package func value(_ value: Value, type: FieldType?, flow: Bool) throws {
            switch value.content {
            case .string(let text): try scalar(text, quoted: DocumentWriter.wouldBeRead(asOtherThanText: text))
            case .int(let number): try scalar(String(number))
            case .number(let number): try scalar(number.description)
            case .bool(let flag): try scalar(flag ? "true" : "false")
            case .date(let date): try scalar(date.iso)
            case .month(let month): try scalar(month.iso)
            case .period(let period): try scalar(period.iso)
            case .money(let money): try scalar(money.formatted, quoted: money.formatted.contains(","))
            case .raw(let node): try self.node(node)
            case .record(let record):
                var inner: [FieldSpec] = []
                if case .object(let fields)? = type { inner = fields }
                // A record of plain values reads best on one line; one holding records or
                // lists of records is written as a block.
                let plain = record.entries.allSatisfy { entry in
                    switch entry.value.content {
                    case .record: return false
                    case .list(let items): return items.allSatisfy { $0.record == nil }
                    default: return true
                    }
                }
                try self.record(record, fields: inner, flow: flow || plain)
            case .list(let items):
                var element: FieldType?
                if case .list(let inner, _)? = type { element = inner }
                let rows = items.contains { $0.record != nil }
                try emit {
                    yaml_sequence_start_event_initialize(
                        &$0, nil, nil, 1, rows && !flow ? YAML_BLOCK_SEQUENCE_STYLE : YAML_FLOW_SEQUENCE_STYLE)
                }
                for item in items {
                    // One row per line: each record of a block list is a flow mapping.
                    if case .record(let record) = item.content {
                        var inner: [FieldSpec] = []
                        if case .object(let fields)? = element { inner = fields }
                        try self.record(record, fields: inner, flow: true)
                    } else {
                        try self.value(item, type: element, flow: true)
                    }
                }
                try emit { yaml_sequence_end_event_initialize(&$0) }
            }
        }

        /// Free YAML (`extra`) as it was written, styles of scalars kept.
        package func node(_ node: YAMLNode) throws {
            switch node.content {
            case .scalar(let text, let style):
                try scalar(text, quoted: style != .plain)
            case .sequence(let items):
                try emit { yaml_sequence_start_event_initialize(&$0, nil, nil, 1, YAML_FLOW_SEQUENCE_STYLE) }
                for item in items { try self.node(item) }
                try emit { yaml_sequence_end_event_initialize(&$0) }
            case .mapping(let pairs):
                try emit { yaml_mapping_start_event_initialize(&$0, nil, nil, 1, YAML_FLOW_MAPPING_STYLE) }
                for pair in pairs {
                    try self.node(pair.key)
                    try self.node(pair.value)
                }
                try emit { yaml_mapping_end_event_initialize(&$0) }
            }
        }
    }

    /// Text that a plain scalar would turn into something else when read back — a null, a
    /// boolean, a number, a date — is written quoted; libyaml quotes what YAML's syntax needs.
    static func wouldBeRead(asOtherThanText text: String) -> Bool {
        if text.isEmpty { return true }
        let lower = text.lowercased()
        if ["~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"].contains(lower) { return true }
        if text.first == " " || text.last == " " { return true }
        return text.allSatisfy { $0.isASCII && ($0.isNumber || "+-.:,_eE".contains($0)) }
            && text.contains(where: \.isNumber)
    }
}
