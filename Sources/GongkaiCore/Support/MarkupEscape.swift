/// The one escaper for text written into HTML, XML and SVG, in element content and in quoted
/// attribute values: the site's pages (the template engine), feeds and sitemap, QR codes and
/// the editor's pages. `&`, `<`, `>`, `"` and `'` become entities (`'` as `&#39;`, which HTML
/// and every XML parser read alike), and the control characters XML 1.0 forbids (below U+0020
/// but tab, line feed and carriage return) are left out.
public enum MarkupEscape {
    public static func text(_ s: String) -> String {
        var out: [UInt8] = []
        append(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the escaped text: the template engine writes pages as bytes.
    @inlinable package static func append(_ s: String, to out: inout [UInt8]) {
        guard s.utf8.contains(where: needsEscape) else {
            out.append(contentsOf: s.utf8)
            return
        }
        out.reserveCapacity(out.count + s.utf8.count + 16)
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            case 0x09, 0x0A, 0x0D: out.append(byte)
            case ..<0x20: continue
            default: out.append(byte)
            }
        }
    }

    @usableFromInline static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
