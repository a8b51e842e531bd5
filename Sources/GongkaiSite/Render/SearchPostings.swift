/// The notices holding each term of a village's search, gathered from the notices' cut terms by
/// their UTF-8 bytes. A village's search is rebuilt whenever one of its notices changes, and a
/// village of 500 notices holds some 75,000 terms: a String or Substring key would be hashed
/// through Unicode normalization, a term of up to 15 bytes (every pair of Chinese characters,
/// most ASCII words) is hashed here as two integers.
struct SearchPostings {
    /// A term's bytes packed little-endian into two words, its length in the top byte.
    private struct Packed: Hashable {
        var low: UInt64
        var high: UInt64
    }

    private var packed: [Packed: [Int]] = [:]
    private var long: [[UInt8]: [Int]] = [:]

    /// Adds notice `id` to each of `terms` (separated by single spaces, as `Cut.terms` holds them).
    mutating func add(_ terms: String, notice id: Int) {
        var terms = terms
        terms.withUTF8 { bytes in
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: " ") {
                if end > start { add(UnsafeBufferPointer(rebasing: bytes[start..<end]), notice: id) }
                start = end + 1
            }
        }
    }

    private mutating func add(_ term: UnsafeBufferPointer<UInt8>, notice id: Int) {
        guard term.count < 16 else {
            long[Array(term), default: []].append(id)
            return
        }
        var key = Packed(low: 0, high: UInt64(term.count) << 56)
        for (offset, byte) in term.enumerated() {
            if offset < 8 {
                key.low |= UInt64(byte) << UInt64(8 * offset)
            } else {
                key.high |= UInt64(byte) << UInt64(8 * (offset - 8))
            }
        }
        packed[key, default: []].append(id)
    }

    /// Every term's bytes with its notices (ascending, as added), in no particular order.
    var terms: [(term: [UInt8], ids: [Int])] {
        var all: [(term: [UInt8], ids: [Int])] = []
        all.reserveCapacity(packed.count + long.count)
        for (key, ids) in packed {
            var term: [UInt8] = []
            for offset in 0..<Int(key.high >> 56) {
                let word = offset < 8 ? key.low : key.high
                term.append(UInt8(truncatingIfNeeded: word >> UInt64(8 * (offset % 8))))
            }
            all.append((term, ids))
        }
        for (term, ids) in long { all.append((term, ids)) }
        return all
    }
}
