import GongkaiContent
import GongkaiCore

/// What the build cache keeps of a village, as sealed binary records (`ByteWriter`): its
/// record (key, tally, the notices the town's pages show, its problems), its pages (each notice's
/// and board's files with their stamps and hashes) and its notices' search cuts. A plan reads
/// every village's record on every build, so none of them is text to be split and parsed.
package enum CachedVillageRecord {
    private static let recordMagic = "gongkai-village-1"
    private static let pagesMagic = "gongkai-pages-1"
    private static let cutsMagic = "gongkai-cuts-1"

    static func encode(_ record: CachedVillage) -> [UInt8] {
        ByteWriter.record(recordMagic) { w in
            w.string(record.key)
            let t = record.tally
            for count in [t.documents, t.published, t.drafts, t.scheduled, t.current] { w.int(count) }
            w.int(record.notices.count)
            for n in record.notices {
                for text in [n.village, n.path, n.slug, n.kind.id.rawValue, n.title] { w.string(text) }
                w.date(n.published)
                w.bool(n.period != nil)
                if let period = n.period { w.period(period) }
                w.bool(n.noticeUntil != nil)
                if let until = n.noticeUntil { w.date(until) }
                w.bool(n.draft)
                w.int(n.revisions.count)
                n.revisions.forEach { w.date($0) }
                w.int(n.openObjections)
            }
            w.int(record.diagnostics.count)
            record.diagnostics.forEach { w.diagnostic($0) }
        }
    }

    static func decode(_ bytes: [UInt8]) -> CachedVillage? {
        ByteReader.record(bytes, recordMagic) { r throws(ByteReader.Malformed) in
            var record = CachedVillage(key: try r.string(), tally: NoticeTally(), notices: [], diagnostics: [])
            record.tally.documents = try r.int()
            record.tally.published = try r.int()
            record.tally.drafts = try r.int()
            record.tally.scheduled = try r.int()
            record.tally.current = try r.int()
            for _ in 0..<(try r.count()) {
                let village = try r.string()
                let path = try r.string()
                let slug = try r.string()
                guard let kind = KindRegistry.kind(try r.string()) else { return nil }
                let title = try r.string()
                let published = try r.date()
                let period = try r.bool() ? try r.period() : nil
                let until = try r.bool() ? try r.date() : nil
                let draft = try r.bool()
                var revisions: [CalendarDate] = []
                for _ in 0..<(try r.count()) { revisions.append(try r.date()) }
                record.notices.append(
                    NoticeSummary(
                        village: village, path: path, slug: slug, kind: kind, title: title, published: published,
                        period: period, noticeUntil: until, draft: draft, revisions: revisions,
                        openObjections: try r.int()))
            }
            for _ in 0..<(try r.count()) { record.diagnostics.append(try r.diagnostic()) }
            return record.key.isEmpty ? nil : record
        }
    }

    static func encode(_ pages: [String: CachedPage]) -> [UInt8] {
        ByteWriter.record(pagesMagic) { w in
            w.int(pages.count)
            for folder in pages.keys.sorted() {
                let page = pages[folder]!
                w.string(folder)
                w.string(page.key)
                w.int(page.files.count)
                for index in page.files.indices {
                    w.string(page.files[index])
                    w.string(page.stamps[index])
                    w.string(page.hashes[index].sha256)
                    w.int(page.hashes[index].bytes)
                }
            }
        }
    }

    static func decodePages(_ bytes: [UInt8]) -> [String: CachedPage]? {
        ByteReader.record(bytes, pagesMagic) { r throws(ByteReader.Malformed) in
            var pages: [String: CachedPage] = [:]
            for _ in 0..<(try r.count()) {
                let folder = try r.string()
                var page = CachedPage(key: try r.string(), files: [], stamps: [], hashes: [])
                for _ in 0..<(try r.count()) {
                    page.files.append(try r.string())
                    page.stamps.append(try r.string())
                    page.hashes.append((try r.string(), try r.int()))
                }
                pages[folder] = page
            }
            return pages
        }
    }

    /// Notices' search cuts by key: the six fields, then the terms separated by spaces.
    static func encode(cuts: [String: SearchRecords.Cut]) -> [UInt8] {
        ByteWriter.record(cutsMagic) { w in
            w.int(cuts.count)
            for key in cuts.keys.sorted() {
                let cut = cuts[key]!
                w.string(key)
                w.int(cut.notice.fields.count)
                cut.notice.fields.forEach { w.string($0) }
                w.string(cut.terms)
            }
        }
    }

    static func decodeCuts(_ bytes: [UInt8]) -> [String: SearchRecords.Cut]? {
        ByteReader.record(bytes, cutsMagic) { r throws(ByteReader.Malformed) in
            var cuts: [String: SearchRecords.Cut] = [:]
            for _ in 0..<(try r.count()) {
                let key = try r.string()
                var fields: [String] = []
                for _ in 0..<(try r.count()) { fields.append(try r.string()) }
                guard fields.count == 6 else { return nil }
                cuts[key] = SearchRecords.Cut(notice: SearchRecords.Notice(fields: fields), terms: try r.string())
            }
            return cuts
        }
    }
}
