import GongkaiCore

/// What a Markdown body may hold before cmark-gfm's cost stops being linear in it.
///
/// Debian's cmark-gfm 0.29.0.gfm.6 predates upstream's fixes for polynomial-time inputs; measured
/// on it (Benchmarks/hostile), these still bite: deep block quotes, table rows padded to a wide
/// header, `<![CDATA[` openers (each scans to the end of its paragraph) and `@` signs (the email
/// autolinker rescans its text). A body is read once, line by line, and each is bounded; the
/// limits are far above what any notice needs.
public enum MarkdownBounds {
    public typealias Limit = MarkdownLimit

    public struct Violation: Sendable, Equatable {
        public var limit: Limit
        public var found: Int
        /// 0-based line of the body where the limit was crossed.
        public var line: Int
    }

    /// Every limit the body crosses, each once, at the line where it is first crossed.
    public static func check(_ body: String) -> [Violation] {
        var violations: [Violation] = []
        var crossed: Set<Limit> = []
        func count(_ limit: Limit, _ found: Int, _ line: Int) {
            guard found > limit.maximum, !crossed.contains(limit) else { return }
            crossed.insert(limit)
            violations.append(Violation(limit: limit, found: found, line: line))
        }
        let bytes = body.utf8
        count(.bodyBytes, bytes.count, 0)
        // A body over the size limit is not read further: the other limits hold within it.
        if !violations.isEmpty { return violations }
        var line = 0
        var tableRows = 0
        var inTable = false
        var cdata = 0
        var atSigns = 0
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let text = bytes[lineStart..<lineEnd]
            count(.quoteDepth, quoteDepth(text), line)
            let blank = text.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if blank {
                inTable = false
            } else if let columns = delimiterRowColumns(text) {
                count(.tableColumns, columns, line)
                inTable = true
            } else if inTable {
                tableRows += 1
                count(.tableRows, tableRows, line)
            }
            cdata += occurrences(of: Array("<![CDATA[".utf8), in: text)
            count(.cdataOpeners, cdata, line)
            atSigns += text.reduce(0) { $0 + ($1 == UInt8(ascii: "@") ? 1 : 0) }
            count(.atSigns, atSigns, line)
            line += 1
            lineStart = lineEnd == bytes.endIndex ? lineEnd : bytes.index(after: lineEnd)
        }
        return violations
    }

    /// How many block quotes a line opens: `>` markers, each after at most three spaces.
    package static func quoteDepth(_ line: Substring.UTF8View) -> Int {
        var depth = 0
        var index = line.startIndex
        while index < line.endIndex {
            var spaces = 0
            while index < line.endIndex, line[index] == 0x20, spaces < 4 {
                spaces += 1
                index = line.index(after: index)
            }
            guard spaces < 4, index < line.endIndex, line[index] == UInt8(ascii: ">") else { break }
            depth += 1
            index = line.index(after: index)
        }
        return depth
    }

    /// A GFM table's delimiter row (`| --- | :-: |`): its number of columns; nil for any other line.
    static func delimiterRowColumns(_ line: Substring.UTF8View) -> Int? {
        var pipes = 0
        var dashes = 0
        var cells = 0
        var inCell = false
        for byte in line {
            switch byte {
            case UInt8(ascii: "|"):
                pipes += 1
                inCell = false
            case UInt8(ascii: "-"):
                dashes += 1
                if !inCell {
                    cells += 1
                    inCell = true
                }
            case UInt8(ascii: ":"), 0x20, 0x09, 0x0D:
                continue
            default:
                return nil
            }
        }
        return pipes > 0 && dashes > 0 ? cells : nil
    }

    private static func occurrences(of needle: [UInt8], in text: Substring.UTF8View) -> Int {
        guard text.count >= needle.count else { return 0 }
        var found = 0
        var index = text.startIndex
        while let start = text[index...].firstIndex(of: needle[0]) {
            if text[start...].starts(with: needle) {
                found += 1
                index = text.index(start, offsetBy: needle.count)
            } else {
                index = text.index(after: start)
            }
        }
        return found
    }
}
