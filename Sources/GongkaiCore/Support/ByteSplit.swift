/// Splitting on an ASCII byte by walking UTF-8, not Characters: the cache's files are megabytes
/// of Chinese text, and `split(separator:)` on a String decides grapheme boundaries as it goes.
extension StringProtocol where SubSequence == Substring {
    @inlinable package func split(byte: UInt8, omittingEmpty: Bool = false) -> [Substring] {
        let bytes = utf8
        // Native text: the bytes are searched in place and each part cut by offset.
        let cut = bytes.withContiguousStorageIfAvailable { buffer -> [Substring] in
            var parts: [Substring] = []
            let base = bytes.startIndex
            var start = 0
            func take(_ end: Int) {
                guard !omittingEmpty || start != end else { return }
                parts.append(self[bytes.index(base, offsetBy: start)..<bytes.index(base, offsetBy: end)])
            }
            for offset in buffer.indices where buffer[offset] == byte {
                take(offset)
                start = offset + 1
            }
            take(buffer.count)
            return parts
        }
        if let cut { return cut }
        var parts: [Substring] = []
        var start = startIndex
        var index = startIndex
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

extension Substring {
    /// Without the given ASCII characters at either end (as `trimmingCharacters(in:)`, byte-wise).
    @inlinable package func trimmingASCII(_ characters: StaticString) -> Substring {
        let set = UnsafeBufferPointer(start: characters.utf8Start, count: characters.utf8CodeUnitCount)
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start != end, set.contains(bytes[start]) { start = bytes.index(after: start) }
        while end != start, set.contains(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        return self[start..<end]
    }
}
