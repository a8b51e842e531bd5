import Crypto
import Foundation

/// The town's search (spec §8 `search/`), for any static file server and for a site opened from
/// disk: every notice's text cut into Chinese character pairs and ASCII words, the notices
/// that hold each one listed in files of about 32 KB (`t/`), and the notices
/// themselves in files of `chunkSize` (`d/`), newest first. A query's character runs are found
/// through their pairs and then confirmed in the notices' text by the page's script, so a run
/// that crosses what a word splitter would call a word boundary is found all the same.
/// The files are scripts, not JSON, so that a page opened from disk can load them too.
enum SearchIndex {
    static let chunkSize = 100
    static let shardBytes = 32 * 1024

    struct Written {
        var documents: Int
        var shards: Int
        /// Changes whenever any index file does: the page asks for its files with it, so a
        /// browser never mixes an old cached file with new ones.
        var version: String
    }

    /// Every village's records merged: notices newest first across the town, each village's
    /// term lists moved onto the town's numbering.
    static func write(_ villages: [SearchRecords.Village], into output: OutputFolder, words: Localizer) throws
        -> Written
    {
        var order: [(village: Int, local: Int)] = []
        for (v, village) in villages.enumerated() {
            order += village.notices.indices.map { (v, $0) }
        }
        func notice(_ at: (village: Int, local: Int)) -> SearchRecords.Notice { villages[at.village].notices[at.local] }
        order.sort { a, b in
            let x = notice(a)
            let y = notice(b)
            return SearchRecords.newestFirst((x.date, x.folder), (y.date, y.folder))
        }
        var town = villages.map { [Int](repeating: 0, count: $0.notices.count) }
        for (id, at) in order.enumerated() { town[at.village][at.local] = id }
        var postings: [String: [Int]] = [:]
        var merged: Set<String> = []
        for (v, village) in villages.enumerated() {
            for (term, ids) in village.terms {
                if postings[term] != nil { merged.insert(term) }
                postings[term, default: []].append(contentsOf: ids.map { town[v][$0] })
            }
        }
        for term in merged { postings[term]!.sort() }
        let entries = order.map(notice)
        // A query loads one file per term: files of about `shardBytes` keep that quick.
        let encoded = postings.map { (term: $0.key, ids: encode($0.value)) }
        let total = encoded.reduce(0) { $0 + $1.term.utf8.count + $1.ids.utf8.count + 4 }
        var shardCount = 1
        while shardCount < 4096 && total / shardCount > shardBytes { shardCount *= 2 }
        var shards = [[(term: String, ids: String)]](repeating: [], count: shardCount)
        for posting in encoded { shards[Int(hash(posting.term) % UInt32(shardCount))].append(posting) }
        var digest = SHA256()
        for (k, shard) in shards.enumerated() {
            var out = "gongkaiSearch.terms(\(k),{"
            for (i, posting) in shard.sorted(by: { $0.term < $1.term }).enumerated() {
                if i > 0 { out += "," }
                JSONValue.writeString(posting.term, into: &out)
                out += ":\"" + posting.ids + "\""
            }
            out += "});\n"
            digest.update(data: Data(out.utf8))
            try output.write(out, to: "search/t/\(k).js")
        }
        for start in stride(from: 0, to: entries.count, by: chunkSize) {
            var out = "gongkaiSearch.docs(\(start / chunkSize),["
            for (i, entry) in entries[start..<min(start + chunkSize, entries.count)].enumerated() {
                out += i == 0 ? "[" : ",\n["
                let date = CalendarDate(iso: entry.date)
                let fields = [
                    entry.folder, entry.fields[2], entry.fields[3], entry.fields[4], entry.date,
                    date.map(words.date) ?? entry.date, entry.text,
                ]
                for (j, field) in fields.enumerated() {
                    if j > 0 { out += "," }
                    JSONValue.writeString(field, into: &out)
                }
                out += "]"
            }
            out += "]);\n"
            digest.update(data: Data(out.utf8))
            try output.write(out, to: "search/d/\(start / chunkSize).js")
        }
        return Written(
            documents: entries.count, shards: shardCount, version: String(Hashing.hex(digest.finalize()).prefix(12)))
    }

    /// Character pairs of every run of Chinese characters, and ASCII words of two or more
    /// letters or digits, after NFKC and lower case (the page's script cuts a query the same way).
    static func terms(of text: some StringProtocol) -> Set<String> {
        var found: Set<String> = []
        var previousHan: Unicode.Scalar?
        var word = ""
        func endWord() {
            if word.unicodeScalars.count >= 2 { found.insert(word) }
            word = ""
        }
        for scalar in String(text).precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
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
                if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                    word.unicodeScalars.append(scalar)
                } else {
                    endWord()
                }
            }
        }
        endWord()
        return found
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        default: return false
        }
    }

    /// FNV-1a over UTF-16 code units, as the page's script computes it.
    static func hash(_ term: String) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for unit in term.utf16 {
            h ^= UInt32(unit)
            h = h &* 16_777_619
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
    static func encode(_ ids: [Int]) -> String {
        var out = ""
        var last = 0
        for (i, id) in ids.enumerated() {
            if i > 0 { out += "," }
            out += String(id - last, radix: 36)
            last = id
        }
        return out
    }
}
