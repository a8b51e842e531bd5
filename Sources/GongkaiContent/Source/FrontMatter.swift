import GongkaiCore

/// Splits a Markdown file into its YAML front matter and its body.
public struct FrontMatter: Sendable {
    public var yaml: String
    /// Lines before the YAML starts (the opening `---`), to locate YAML positions in the file.
    public var yamlLineOffset: Int
    public var body: String
    public var bodyLineOffset: Int

    public enum Failure: Error, Equatable {
        case missingOpening
        case missingClosing
    }

    /// `text` has no BOM. Accepts LF and CRLF line ends; the closing line is `---` or `...`.
    public static func split(_ text: String) -> Result<FrontMatter, Failure> {
        var lines: [Substring] = []
        var lineStart = text.startIndex
        var index = text.startIndex
        var closing: (lineNumber: Int, end: String.Index)?
        var lineNumber = 0
        // Walk line by line, stopping at the closing delimiter so huge bodies are not split.
        while index <= text.endIndex {
            let atEnd = index == text.endIndex
            if atEnd || text[index] == "\n" || text[index] == "\r\n" {
                let line = text[lineStart..<index]
                lineNumber += 1
                let trimmed = line.trimmingTrailingSpaces()
                if lineNumber == 1 {
                    guard trimmed == "---" else { return .failure(.missingOpening) }
                } else if trimmed == "---" || trimmed == "..." {
                    closing = (lineNumber, atEnd ? index : text.index(after: index))
                    break
                } else {
                    lines.append(line)
                }
                if atEnd { break }
                index = text.index(after: index)
                lineStart = index
            } else {
                index = text.index(after: index)
            }
        }
        guard let closing else { return .failure(.missingClosing) }
        return .success(
            FrontMatter(
                yaml: lines.joined(separator: "\n"), yamlLineOffset: 1,
                body: String(text[closing.end...]), bodyLineOffset: closing.lineNumber))
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s.removeLast() }
        return s
    }
}

extension String {
    /// Drops a UTF-8 byte order mark.
    func droppingBOM() -> String {
        hasPrefix("\u{FEFF}") ? String(dropFirst()) : self
    }
}
