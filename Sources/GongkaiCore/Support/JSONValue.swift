/// A JSON value whose objects keep their keys in the order given, so output is deterministic.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number written exactly as given (already valid JSON number text).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized(pretty: false) == rhs.serialized(pretty: false)
    }

    public func serialized(pretty: Bool) -> String {
        var out = ""
        write(into: &out, pretty: pretty, indent: 0)
        return out
    }

    private func write(into out: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .number(let text): out += text
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                if pretty { JSONValue.newline(indent + 1, into: &out) }
                item.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { JSONValue.newline(indent, into: &out) }
            out += "]"
        case .object(let fields):
            if fields.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { out += "," }
                if pretty { JSONValue.newline(indent + 1, into: &out) }
                JSONValue.writeString(key, into: &out)
                out += pretty ? ": " : ":"
                value.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { JSONValue.newline(indent, into: &out) }
            out += "}"
        }
    }

    private static let indents = (0..<16).map { "\n" + String(repeating: "  ", count: $0) }

    private static func newline(_ indent: Int, into out: inout String) {
        out += indent < indents.count ? indents[indent] : "\n" + String(repeating: "  ", count: indent)
    }

    /// Whether UTF-8 text is written as it is between quotes: most is, and is copied whole.
    /// (0xE2 may start U+2028 or U+2029.)
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes {
            switch byte {
            case 0..<0x20, UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                UInt8(ascii: "&"), 0xE2:
                return false
            default: continue
            }
        }
        return true
    }

    /// `writeString` onto bytes (a file written as bytes, not built as a String).
    package static func writeString(_ s: String, into out: inout [UInt8]) {
        var s = s
        if s.withUTF8(isPlain) {
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: s.utf8)
            out.append(UInt8(ascii: "\""))
        } else {
            var escaped = ""
            writeString(s, into: &escaped)
            out.append(contentsOf: escaped.utf8)
        }
    }

    /// `writeString` of UTF-8 bytes onto bytes.
    package static func writeString(utf8 text: [UInt8], into out: inout [UInt8]) {
        if text.withUnsafeBufferPointer(isPlain) {
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: text)
            out.append(UInt8(ascii: "\""))
        } else {
            writeString(String(decoding: text, as: UTF8.self), into: &out)
        }
    }

    package static func writeString(_ s: String, into out: inout String) {
        var copy = s
        if copy.withUTF8(isPlain) {
            out += "\""
            out += s
            out += "\""
            return
        }
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            // Keeps the text safe to embed in HTML <script> and XML alike.
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
