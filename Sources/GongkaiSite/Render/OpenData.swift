import Foundation
import GongkaiContent
import GongkaiCore
import Synchronization

/// The site's machine-readable parts: Atom feeds (RFC 4287), sitemap.xml and robots.txt.
package struct OpenData {
    package let site: LoadedSite
    package let output: OutputFolder

    static let feedSize = 50

    /// A village's feed, written with its pages.
    func writeFeed(of village: CheckedVillage) throws {
        let name = village.profile!.name
        try output.write(
            feed(
                id: base + village.id + "/", title: "\(name) · \(site.config.title)",
                selfPath: "\(village.id)/feed.xml", alternate: base + village.id + "/",
                entries: village.publishedNotices.prefix(OpenData.feedSize).map { (name, $0) }),
            to: "\(village.id)/feed.xml")
    }

    /// The town's feed and robots.txt.
    package func writeFeed(_ villages: [VillageDigest]) throws {
        let villages = villages.filter { $0.profile != nil }
        let newest = Self.newest(
            villages.map { (name: $0.profile!.name, notices: $0.publishedNotices(on: site.buildDate)) },
            count: OpenData.feedSize)
        try output.write(
            feed(id: base, title: site.config.title, selfPath: "feed.xml", alternate: base, entries: newest),
            to: "feed.xml")
        try output.write("User-agent: *\nAllow: /\n\nSitemap: \(base)sitemap.xml\n", to: "robots.txt")
    }

    /// The town's sitemap.xml; `sitemaps` holds each village's sitemap entries.
    package func writeSitemap(_ villages: [VillageDigest], sitemaps: [String: OutputPiece]) throws {
        let villages = villages.filter { $0.profile != nil }
        if sitemapIsIndex {
            try output.write(urlset(townURLs), to: Self.townSitemap)
            try output.write(
                sitemapIndex([Self.townSitemap] + villages.map { Self.villageSitemap($0.id) }), to: "sitemap.xml")
        } else {
            try output.write(pieces: sitemap(villages.map(\.id), sitemaps), to: "sitemap.xml")
        }
    }

    /// The `count` newest of the villages' notices (each list newest first), merged as a stable
    /// sort of them all would order them: a tie goes to the earlier village.
    static func newest(
        _ villages: [(name: String, notices: [NoticeSummary])], count: Int
    ) -> [(village: String, notice: NoticeSummary)] {
        var next = [Int](repeating: 0, count: villages.count)
        var merged: [(village: String, notice: NoticeSummary)] = []
        while merged.count < count {
            var best: Int?
            for (index, village) in villages.enumerated() where next[index] < village.notices.count {
                guard let chosen = best else {
                    best = index
                    continue
                }
                if NoticeSummary.newestFirst(village.notices[next[index]], villages[chosen].notices[next[chosen]]) {
                    best = index
                }
            }
            guard let chosen = best else { break }
            merged.append((villages[chosen].name, villages[chosen].notices[next[chosen]]))
            next[chosen] += 1
        }
        return merged
    }

    package var base: String { site.config.baseURL }

    /// The day a notice last changed: its publishing date or its latest revision note.
    func updated(_ d: NoticeSummary) -> CalendarDate {
        ([d.published] + d.revisions.filter { $0 <= site.buildDate }).max()!
    }

    /// Midnight in Beijing: the feed says the day, in the zone the notice was written in.
    package func timestamp(_ date: CalendarDate) -> String { date.iso + "T00:00:00+08:00" }

    func feed(
        id: String, title: String, selfPath: String, alternate: String,
        entries: [(village: String, notice: NoticeSummary)]
    ) -> String {
        let newest = entries.map { updated($0.1) }.max() ?? site.buildDate
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(site.config.locale.htmlLang)">
              <id>\(MarkupEscape.text(id))</id>
              <title>\(MarkupEscape.text(title))</title>
              <updated>\(timestamp(newest))</updated>
              <link rel="self" type="application/atom+xml" href="\(MarkupEscape.text(base + selfPath))"/>
              <link rel="alternate" type="text/html" href="\(MarkupEscape.text(alternate))"/>
              <author><name>\(MarkupEscape.text(site.config.title))</name></author>
              <generator>gongkai</generator>

            """
        for (village, d) in entries {
            let url = SitePaths.canonical(base: base, folder: d.outputFolder)
            let words = site.words
            var summary = "\(village) · \(words.t(d.kind.label))"
            if let period = d.period { summary += " · \(words.period(period))" }
            if let until = d.noticeUntil { summary += " · " + words.t("公示至 {date}", words.date(until)) }
            let category = MarkupEscape.text(words.t(d.category.label))
            xml += """
                  <entry>
                    <id>\(MarkupEscape.text(url))</id>
                    <title>\(MarkupEscape.text(d.title))</title>
                    <updated>\(timestamp(updated(d)))</updated>
                    <published>\(timestamp(d.published))</published>
                    <link rel="alternate" type="text/html" href="\(MarkupEscape.text(url))"/>
                    <author><name>\(MarkupEscape.text(village))</name></author>
                    <category term="\(d.category.rawValue)" label="\(category)"/>
                    <summary>\(MarkupEscape.text(summary))</summary>
                  </entry>

                """
        }
        return xml + "</feed>\n"
    }

    /// sitemap.xml: the town page and its search, then each village's entries (rendered by this build or
    /// kept by the build cache).
    func sitemap(_ villages: [String], _ sitemaps: [String: OutputPiece]) -> [OutputPiece] {
        var pieces: [OutputPiece] = [.text(Self.urlsetStart + townURLs)]
        for village in villages {
            if let entries = sitemaps[village] { pieces.append(entries) }
        }
        return pieces + [.text("</urlset>\n")]
    }

    /// The most URLs, and bytes, one sitemap file may hold (sitemaps.org).
    package static let urlLimit = Mutex(50_000)
    static let byteLimit = 50 * 1024 * 1024

    /// A county past the protocol's limits gets a sitemap index: sitemap.xml names the town's
    /// own sitemap and one per village, each in the village's folder (a sitemap may only list
    /// the addresses under its own folder), so an edit rewrites one village's. Decided from the
    /// files read (every document counted as published, with a board for each), before anything
    /// is built: a site that crosses the limit is built anew.
    package var sitemapIsIndex: Bool { Self.sitemapIsIndex(site) }

    package static func sitemapIsIndex(_ site: LoadedSite) -> Bool {
        let limit = Self.urlLimit.withLock { $0 }
        let documents = site.villages.reduce(0) { $0 + $1.documentIndices.count }
        let urls = 2 + site.villages.count * (1 + Category.allCases.count) + documents * 3
        // A URL entry is well under 400 bytes (its address is bounded by the folder names).
        return urls > limit || urls * 400 > byteLimit
    }

    static let townSitemap = "sitemap-town.xml"

    static func villageSitemap(_ village: String) -> String { "\(village)/sitemap.xml" }

    private static let urlsetStart =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"

    private var townURLs: String { url(base, nil) + url(SitePaths.canonical(base: base, folder: "search"), nil) }

    /// A sitemap file of its own: a village's entries, or the town's pages.
    func urlset(_ entries: String) -> String { Self.urlsetStart + entries + "</urlset>\n" }

    private func sitemapIndex(_ files: [String]) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            + files.map { "  <sitemap><loc>\(MarkupEscape.text(base + $0))</loc></sitemap>\n" }.joined()
            + "</sitemapindex>\n"
    }

    /// A village's entries in sitemap.xml: its pages, boards and every published notice.
    func sitemapEntries(_ village: CheckedVillage) -> String {
        var xml = url(base + village.id + "/", nil)
        for category in Category.allCases {
            xml += url(base + SitePaths.category(village.id, category) + "/", nil)
        }
        let notices = village.publishedNotices
        for month in Set(notices.map { Month($0.published) }).sorted() {
            xml += url(SitePaths.canonical(base: base, folder: SitePaths.board(village.id, month)), nil)
        }
        for d in notices.sorted(by: { $0.path < $1.path }) {
            let page = SitePaths.canonical(base: base, folder: d.outputFolder)
            xml += url(page, updated(d))
            xml += url(page + "print.html", updated(d))
        }
        return xml
    }

    private func url(_ location: String, _ lastmod: CalendarDate?) -> String {
        "  <url><loc>\(MarkupEscape.text(location))</loc>" + (lastmod.map { "<lastmod>\($0.iso)</lastmod>" } ?? "")
            + "</url>\n"
    }
}
