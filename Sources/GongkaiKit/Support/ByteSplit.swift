/// Splitting on an ASCII byte by walking UTF-8, not Characters: the cache's files are megabytes
/// of Chinese text, and `split(separator:)` on a String decides grapheme boundaries as it goes.
extension StringProtocol where SubSequence == Substring {
    func split(byte: UInt8, omittingEmpty: Bool = false) -> [Substring] {
        var parts: [Substring] = []
        var start = startIndex
        var index = startIndex
        let bytes = utf8
        while index != endIndex {
            if bytes[index] == byte {
                if !omittingEmpty || start != index { parts.append(self[start..<index]) }
                index = bytes.index(after: index)
                start = index
            } else {
                index = bytes.index(after: index)
            }
        }
        if !omittingEmpty || start != endIndex { parts.append(self[start..<endIndex]) }
        return parts
    }
}
