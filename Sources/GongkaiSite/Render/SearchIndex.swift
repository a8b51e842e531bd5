import Crypto
import Foundation
import GongkaiContent
import GongkaiCore

/// The town's search (spec §8 `search/`), for any static file server and for a site opened from
/// disk: every notice's text cut into Chinese character pairs and ASCII words. Each village keeps
/// its own index in its folder (`<village>/search/`): the notices that hold each term listed in
/// files of about `shardBytes` (`t/`) and the notices themselves in files of `chunkSize` (`d/`),
/// newest first; `search/villages.js` lists the villages with their notices' days. So an edit
/// rewrites its village's index and one short town file, not the town's index. The page's script
/// asks each village for a query's terms, merges the hits newest first across the town, and
/// confirms each run in the notice's text, so a run that crosses what a word splitter would call
/// a word boundary is found all the same. The files are scripts, not JSON, so that a page
/// opened from disk can load them too.
package enum SearchIndex {
    package static let chunkSize = 100
    static let shardBytes = 16 * 1024
    static let townFile = "search/villages.js"

    /// A village's line in `search/villages.js`: `id \t notices \t shards \t version \t days`,
    /// kept by the build cache so an unchanged village is not read again.
    package struct VillageLine {
        package var id: String
        package var documents: Int
        var shards: Int
        package var version: String
        /// Its notices' publishing days, newest first: the first as a base-36 day number, then
        /// base-36 steps back.
        package var days: String

        package var text: String { "\(id)\t\(documents)\t\(shards)\t\(version)\t\(days)\n" }

        package init(id: String, documents: Int, shards: Int, version: String, days: String) {
            self.id = id
            self.documents = documents
            self.shards = shards
            self.version = version
            self.days = days
        }

        /// Split by bytes, not characters: the town reads every village's line on each build.
        package init?(_ data: Data) {
            let end = data.lastIndex { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }.map { $0 + 1 }
            let fields = String(decoding: data[..<(end ?? data.startIndex)], as: UTF8.self).split(
                byte: UInt8(ascii: "\t"))
            guard fields.count == 5, let documents = Int(fields[1]), let shards = Int(fields[2]) else { return nil }
            self.init(
                id: String(fields[0]), documents: documents, shards: shards, version: String(fields[3]),
                days: String(fields[4]))
        }
    }

    /// Writes one village's index under `<id>/search/`; returns its line for the town's file. Its
    /// files are built as bytes: they are rewritten whenever one of the village's notices changes.
    static func writeVillage(
        _ village: SearchRecords.Village, id: String, into output: OutputFolder, words: Localizer
    ) throws -> VillageLine {
        let encoded = village.terms.map { (term: $0.term, ids: encode($0.ids)) }
        let total = encoded.reduce(0) { $0 + $1.term.count + $1.ids.count + 4 }
        var shardCount = 1
        while shardCount < 4096 && total / shardCount > shardBytes { shardCount *= 2 }
        var shards = [[(term: [UInt8], ids: [UInt8])]](repeating: [], count: shardCount)
        for posting in encoded { shards[Int(hash(utf8: posting.term) % UInt32(shardCount))].append(posting) }
        var quotedID = ""
        JSONValue.writeString(id, into: &quotedID)
        var digest = SHA256()
        for (k, shard) in shards.enumerated() {
            var out = Array("gongkaiSearch.terms(\(quotedID),\(k),{".utf8)
            // By bytes: a term is pairs of Chinese characters or an ASCII word, normalized, so its
            // bytes sort as its characters do.
            for (i, posting) in shard.sorted(by: { $0.term.lexicographicallyPrecedes($1.term) }).enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.writeString(utf8: posting.term, into: &out)
                out += ":\"".utf8
                out += posting.ids
                out.append(UInt8(ascii: "\""))
            }
            out += "});\n".utf8
            digest.update(data: out)
            try output.write(out, to: "\(id)/search/t/\(k).js")
        }
        let entries = village.notices
        let dates = entries.map { CalendarDate(iso: $0.date) }
        for start in stride(from: 0, to: entries.count, by: chunkSize) {
            var out = Array("gongkaiSearch.docs(\(quotedID),\(start / chunkSize),[".utf8)
            for index in start..<min(start + chunkSize, entries.count) {
                let entry = entries[index]
                out += (index == start ? "[" : ",\n[").utf8
                let fields = [
                    entry.folder, entry.fields[2], entry.fields[3], entry.fields[4], entry.date,
                    dates[index].map(words.date) ?? entry.date, entry.text,
                ]
                for (j, field) in fields.enumerated() {
                    if j > 0 { out.append(UInt8(ascii: ",")) }
                    JSONValue.writeString(field, into: &out)
                }
                out.append(UInt8(ascii: "]"))
            }
            out += "]);\n".utf8
            digest.update(data: out)
            try output.write(out, to: "\(id)/search/d/\(start / chunkSize).js")
        }
        var days = ""
        var last: Int?
        for date in dates {
            let day = date.map { $0.dayNumber + 719_468 } ?? (last ?? 0)
            if let previous = last {
                days += "," + String(max(0, previous - day), radix: 36)
            } else {
                days = String(day, radix: 36)
            }
            last = day
        }
        return VillageLine(
            id: id, documents: entries.count, shards: shardCount,
            version: String(Hashing.hex(digest.finalize()).prefix(12)), days: days)
    }

    /// `search/villages.js` from every village's line, in the order of the town's search (by
    /// `id/`, as the notices' folders sort); returns the notices in all and the file's version.
    static func writeTown(_ lines: [VillageLine], into output: OutputFolder) throws -> (
        documents: Int, version: String
    ) {
        var out = "gongkaiSearch.villages(["
        for (i, line) in lines.sorted(by: { $0.id + "/" < $1.id + "/" }).enumerated() {
            out += i == 0 ? "\n[" : ",\n["
            JSONValue.writeString(line.id, into: &out)
            out += ",\(line.documents),\(line.shards),"
            JSONValue.writeString(line.version, into: &out)
            out += ","
            JSONValue.writeString(line.days, into: &out)
            out += "]"
        }
        out += "]);\n"
        try output.write(out, to: townFile)
        let version = String(Hashing.hex(SHA256.hash(data: Data(out.utf8))).prefix(12))
        return (lines.reduce(0) { $0 + $1.documents }, version)
    }

    /// Character pairs of every run of Chinese characters, and ASCII words of two or more
    /// letters or digits, after NFKC and lower case (the page's script cuts a query the same way).
    static func terms(of text: some StringProtocol) -> Set<String> {
        var found: Set<String> = []
        var previousHan: Unicode.Scalar?
        var word = String.UnicodeScalarView()
        func endWord() {
            if word.count >= 2 { found.insert(String(word)) }
            word = String.UnicodeScalarView()
        }
        for scalar in normalized(String(text)).unicodeScalars {
            if isHan(scalar) {
                endWord()
                if let previousHan {
                    var pair = String.UnicodeScalarView()
                    pair.append(previousHan)
                    pair.append(scalar)
                    found.insert(String(pair))
                }
                previousHan = scalar
            } else {
                previousHan = nil
                if scalar.isASCII && (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)) {
                    word.append(scalar)
                } else {
                    endWord()
                }
            }
        }
        endWord()
        return found
    }

    /// NFKC and lower case, as the page's script normalizes a query. Text of ASCII, Chinese
    /// characters and the common CJK and full-width punctuation is mapped a character at a
    /// time (none of them composes with a neighbour); anything else goes through Foundation.
    package static func normalized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: out.append(Unicode.Scalar(scalar.value + 0x20)!)
            case 0...0x7F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x3001...0x3029, 0x3030...0x3035, 0x303B...0x303F:
                out.append(scalar)
            case 0x3000: out.append(" ")
            case 0xFF01...0xFF5E:
                // Full-width ASCII: the ASCII character, letters in lower case.
                let ascii = scalar.value - 0xFEE0
                out.append(Unicode.Scalar((0x41...0x5A).contains(ascii) ? ascii + 0x20 : ascii)!)
            default:
                return text.precomposedStringWithCompatibilityMapping.lowercased()
            }
        }
        return String(out)
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        default: return false
        }
    }

    /// FNV-1a over UTF-16 code units, as the page's script computes it.
    package static func hash(_ term: String) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for unit in term.utf16 {
            h ^= UInt32(unit)
            h = h &* 16_777_619
        }
        return h
    }

    /// `hash` of a term's UTF-8 (a String's: well formed), decoded to UTF-16 on the way.
    static func hash(utf8 term: [UInt8]) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        func mix(_ unit: UInt32) {
            h ^= unit
            h = h &* 16_777_619
        }
        var i = 0
        while i < term.count {
            let lead = UInt32(term[i])
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard i + length <= term.count else { break }
            var scalar = length == 1 ? lead : lead & (0xFF >> UInt32(length + 1))
            for next in term[(i + 1)..<(i + length)] { scalar = scalar << 6 | UInt32(next & 0x3F) }
            if scalar >= 0x10000 {
                mix(0xD800 + ((scalar - 0x10000) >> 10))
                mix(0xDC00 + ((scalar - 0x10000) & 0x3FF))
            } else {
                mix(scalar)
            }
            i += length
        }
        return h
    }

    static func decode(_ text: String) -> [Int] {
        var ids: [Int] = []
        var last = 0
        var gap = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: ","):
                last += gap
                ids.append(last)
                gap = 0
            case UInt8(ascii: "0")...UInt8(ascii: "9"): gap = gap * 36 + Int(byte - UInt8(ascii: "0"))
            default: gap = gap * 36 + Int(byte - UInt8(ascii: "a")) + 10
            }
        }
        if !text.isEmpty { ids.append(last + gap) }
        return ids
    }

    /// Ascending ids as base-36 gaps: `0,3,a` is 0, 3, 13.
    static func encode(_ ids: [Int]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(ids.count * 2)
        var digits: [UInt8] = []
        var last = 0
        for (i, id) in ids.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            var gap = id - last
            guard gap > 0 else {
                out += String(gap, radix: 36).utf8
                last = id
                continue
            }
            digits.removeAll(keepingCapacity: true)
            while gap > 0 {
                let digit = UInt8(gap % 36)
                digits.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
                gap /= 36
            }
            out += digits.reversed()
            last = id
        }
        return out
    }
}
