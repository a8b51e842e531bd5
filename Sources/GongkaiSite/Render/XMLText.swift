import GongkaiContent
import GongkaiCore

/// Escapes text for XML element content and attribute values.
public func xmlEscape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&apos;"
        // Control characters are not allowed in XML 1.0.
        case _ where scalar.value < 0x20 && scalar != "\n" && scalar != "\t": continue
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}
