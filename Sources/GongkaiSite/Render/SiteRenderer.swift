import Foundation
import GongkaiContent
import GongkaiCore
import Synchronization

/// The Render stage: typed page models through the theme's templates into an output folder.
package struct SiteRenderer: Sendable {
    package let site: LoadedSite
    let theme: Theme
    package let output: OutputFolder

    static let latestPerVillage = 5

    /// The site's locale, for every word a page shows.
    package var words: Localizer { site.words }

    /// The catalog as grids seen from a page whose root prefix is `root`, for some villages.
    func catalogGrids(_ report: CatalogReport?, root: String, villages: Set<String>?) -> [CatalogGrid] {
        guard let report else { return [] }
        return report.catalog.items.map { item in
            let rows = report.rows.filter { $0.kind == item.kind && (villages?.contains($0.village) ?? true) }
            let periods = report.uniqueOrdered(rows.map(\.period))
            let gridRows = report.uniqueOrdered(rows.map(\.village)).map { village -> CatalogGridRow in
                let own = rows.filter { $0.village == village }
                return CatalogGridRow(
                    villageName: own.first?.villageName ?? village,
                    villageHref: SitePaths.href(root: root, folder: village),
                    cells: own.map { r in
                        CatalogCell(
                            status: r.status.rawValue, label: words.t(r.status.label), mark: words.t(r.status.mark),
                            href: r.folder.map { SitePaths.href(root: root, folder: $0) },
                            period: words.period(r.period))
                    })
            }
            let kind = KindRegistry.kind(item.kind).map { words.t($0.label) } ?? item.kind
            let label = words.t("{label}（{every}）", kind, words.t(Catalog.everyLabel(item.every)))
            return CatalogGrid(label: label, periods: periods.map(words.period), rows: gridRows)
        }
    }
    static let latestPerCategory = 8

    package struct AttachmentInfo: Sendable {
        package var bytes: Int
        package var sha256: String
    }

    /// Published documents of a village being rendered, newest first.
    package func published(_ village: CheckedVillage) -> [Document] {
        village.documents.filter { $0.isPublished(on: site.buildDate) }
            .sorted { NoticeSummary.newestFirst($0.published, $0.slug, $1.published, $1.slug) }
    }

    /// The theme's own files (style sheets) at the output root.
    func begin() throws {
        for asset in theme.assets {
            try output.write(Data(asset.bytes), to: asset.path)
        }
    }

    /// A notice as rendered: its page key, and its print sheet unless its pages were reused.
    package struct RenderedNotice: Sendable {
        package var document: Document
        package var key: String
        package var sheet: String?
    }

    /// A village whose notices are rendered, by the month they were published in.
    package struct RenderedNotices: Sendable {
        package var village: CheckedVillage
        package var attachments: [String: AttachmentInfo]
        /// Its published notices, newest first.
        package var published: [Document]
        package var months: [Month: [RenderedNotice]]

        /// Notices whose pages were reused rather than rendered.
        var reused: Int { months.values.reduce(0) { $0 + $1.filter { $0.sheet == nil }.count } }
    }

    /// A village's notices, in parallel (or reused through `pages`); nil for a village without a
    /// profile (nothing to render). `renderPages` then renders the rest from the sheets rendered
    /// here, so no sheet is rendered twice.
    func renderNotices(_ village: CheckedVillage, pages: any PageReuse) throws -> RenderedNotices? {
        guard village.profile != nil else { return nil }
        let attachments = try copyAttachments(village)
        let notices = published(village)
        // What every notice page of this village depends on besides the notice itself.
        let villageKey = Hashing.key(
            [site.sources.sha256(of: "content/\(village.id)/village.yaml") ?? ""]
                + attachments.keys.sorted().map { "\($0)=\(attachments[$0]!.sha256)" })
        let decisionLinks = DecisionLinks(village: village, buildDate: site.buildDate, words: words)
        let rendered = parallelMap(notices) { document -> Result<RenderedNotice, any Error> in
            do {
                return .success(
                    try renderNotice(
                        document, village: village, attachments: attachments, villageKey: villageKey,
                        links: decisionLinks.links(of: document), pages: pages))
            } catch let limit as TemplateLibrary.RenderLimit {
                return .failure(limit)
            } catch {
                return .failure(CommandFailure.io("\(document.path): \(error)"))
            }
        }
        var months: [Month: [RenderedNotice]] = [:]
        for (document, result) in zip(notices, rendered) {
            months[Month(document.published), default: []].append(try result.get())
        }
        return RenderedNotices(village: village, attachments: attachments, published: notices, months: months)
    }

    /// The rest of a village once its notices are rendered: boards, village and category pages,
    /// feed. Returns its entries in sitemap.xml and its notices' search records.
    func renderPages(_ rendered: RenderedNotices, pages: any PageReuse) throws -> (sitemap: Data, search: Data) {
        let village = rendered.village
        let openData = OpenData(site: site, output: output)
        let search = Mutex<SearchIndex.VillageLine?>(nil)
        // Independent of each other: on a rebuild of one village nothing else would use the cores.
        try concurrently([
            {
                for (month, notices) in rendered.months {
                    try renderBoard(
                        village, month: month, notices: notices, attachments: rendered.attachments, pages: pages)
                }
            },
            {
                try renderVillage(
                    village, catalog: CatalogReport(config: site.config, buildDate: site.buildDate, village: village))
                try openData.writeFeed(of: village)
            },
            {
                var keys: [String: String] = [:]
                for notice in rendered.months.values.joined() { keys[notice.document.path] = notice.key }
                let records = SearchRecords.village(
                    rendered.published.map { ($0, keys[$0.path] ?? "") },
                    villageName: village.profile?.name ?? village.id, words: words, reuse: pages)
                let line = try SearchIndex.writeVillage(records, id: village.id, into: output, words: words)
                search.withLock { $0 = line }
            },
        ])
        let searchLine = Data((search.withLock { $0 }?.text ?? "").utf8)
        // Past the protocol's limits, each village's sitemap is a file in its folder.
        guard openData.sitemapIsIndex else { return (Data(openData.sitemapEntries(village).utf8), searchLine) }
        try output.write(
            openData.urlset(openData.sitemapEntries(village)), to: OpenData.villageSitemap(village.id))
        return (Data(), searchLine)
    }

    /// The town's pages from every village's digest: town page, town feed, sitemap (`sitemaps`
    /// holds each village's entries, rendered by this build or kept by the build cache), search
    /// (`searches`, each village's records, the same way).
    /// The town's files made of the villages' digests: its page, feed and robots.txt.
    func renderTownPages(_ villages: [VillageDigest]) throws {
        let catalog = CatalogReport(config: site.config, buildDate: site.buildDate, villages: villages)
        try renderTownPage(villages.filter { $0.profile != nil }, catalog: catalog)
        try OpenData(site: site, output: output).writeFeed(villages)
    }

    /// The town's files made of every village's entries: the search index and its page, and
    /// sitemap.xml.
    func renderTownIndexes(_ villages: [VillageDigest], sitemaps: [String: OutputPiece], searches: [String: Data])
        throws
    {
        try renderSearch(villages.filter { $0.profile != nil }, lines: searches)
        try OpenData(site: site, output: output).writeSitemap(villages, sitemaps: sitemaps)
    }

    // MARK: - Pieces shared by pages

    func chrome(folder: String, title: String, crumbs: [(String, String)]) -> PageChrome {
        let root = SitePaths.root(forFolder: folder)
        var links = [Link(href: SitePaths.href(root: root, folder: ""), text: site.config.title)]
        links += crumbs.map { Link(href: SitePaths.href(root: root, folder: $0.0), text: $0.1) }
        return PageChrome(
            lang: site.config.locale.htmlLang, siteTitle: site.config.title, town: site.config.town,
            county: site.config.county, root: root,
            pageTitle: folder.isEmpty ? site.config.title : "\(title) - \(site.config.title)",
            canonicalURL: SitePaths.canonical(base: site.config.baseURL, folder: folder), breadcrumbs: links,
            buildDate: words.date(site.buildDate), buildDateISO: site.buildDate.iso)
    }

    package func link(_ document: NoticeSummary, root: String) -> NoticeLink {
        NoticeLink(
            title: document.title, href: SitePaths.href(root: root, folder: document.outputFolder),
            published: words.date(document.published), publishedISO: document.published.iso,
            kindLabel: words.t(document.kind.label), categoryLabel: words.t(document.category.label),
            period: document.period.map(words.period), noticeUntil: document.noticeUntil.map(words.date),
            noticeUntilISO: document.noticeUntil?.iso)
    }

    func isInNoticePeriod(_ document: NoticeSummary) -> Bool {
        guard let until = document.noticeUntil else { return false }
        return document.published <= site.buildDate && site.buildDate <= until
    }

    // MARK: - Attachments

    /// Copies a village's attachments as they are, in parallel; returns their sizes and hashes.
    private func copyAttachments(_ village: CheckedVillage) throws -> [String: AttachmentInfo] {
        let copied = parallelMap(village.source.attachments) {
            path -> Result<(String, AttachmentInfo), CommandFailure> in
            guard
                let data = FileManager.default.contents(atPath: village.source.folder.appendingPathComponent(path).path)
            else {
                return .failure(.io(words.t("无法读取 {path}", "content/\(village.id)/\(path)")))
            }
            do {
                try output.write(data, to: "\(SitePaths.files(village.id))/\(path)")
            } catch {
                return .failure(.io("\(error)"))
            }
            let hash = Hashing.sha256Hex(data)
            // Attachments are sources too: recorded as they are copied.
            site.sources.record("content/\(village.id)/\(path)", sha256: hash, bytes: data.count)
            return .success((path, AttachmentInfo(bytes: data.count, sha256: hash)))
        }
        return Dictionary(uniqueKeysWithValues: try copied.map { try $0.get() })
    }

    // MARK: - Pages

    /// A notice's content and attachment links, as seen from a page whose root prefix is `root`.
    private func content(
        _ document: Document, village: CheckedVillage, attachments: [String: AttachmentInfo], root: String
    ) -> (NoticeContent, [AttachmentLink]) {
        let bodyHTML = document.body.map(Markdown.html).flatMap { $0.isEmpty ? nil : $0 }
        let links = (document.data["attachments"]?.list ?? []).compactMap { item -> AttachmentLink? in
            guard let r = item.record, let file = r["file"]?.string, let path = AttachmentPath.normalize(file),
                let info = attachments[path]
            else { return nil }
            return AttachmentLink(
                title: r["title"]?.string ?? file, href: root + SitePaths.files(village.id) + "/" + path,
                file: path, size: humanSize(info.bytes), sha256: info.sha256)
        }
        let content = NoticeContentBuilder.build(
            document, bodyHTML: bodyHTML,
            context: PresentationContext(buildDate: site.buildDate, thresholds: site.config.thresholds, words: words))
        return (content, links)
    }

    /// Published notices of a village by the month they were published in.
    func boardMonths(_ village: CheckedVillage) -> [Month: [NoticeSummary]] {
        Dictionary(grouping: village.publishedNotices) { Month($0.published) }
    }

    /// The month's board: the month's sheets, oldest first, each starting a page. Reused whole
    /// when none of its notices changed; otherwise the sheets of notices whose pages were reused
    /// are rendered again (the sheets themselves are not kept between builds).
    private func renderBoard(
        _ village: CheckedVillage, month: Month, notices: [RenderedNotice], attachments: [String: AttachmentInfo],
        pages: any PageReuse
    ) throws {
        let profile = village.profile!
        let folder = SitePaths.board(village.id, month)
        let ordered = notices.sorted {
            ($0.document.published, $0.document.slug) < ($1.document.published, $1.document.slug)
        }
        let key = Hashing.key(["board", month.iso] + ordered.map(\.key))
        if pages.reuse(folder: folder, key: key, into: output) { return }
        let decisionLinks = DecisionLinks(village: village, buildDate: site.buildDate, words: words)
        let sheets = try ordered.map {
            try $0.sheet
                ?? sheet(
                    $0.document, village: village, attachments: attachments,
                    links: decisionLinks.links(of: $0.document)
                ).html
        }
        let root = SitePaths.root(forFolder: folder)
        let title = words.t("{name}{month}公开栏", profile.name, words.month(month))
        let page = PrintSheets(site: site).page(
            folder: folder, title: title,
            back: (SitePaths.href(root: root, folder: village.id), words.t("返回{name}", profile.name)),
            heading: title + " · " + words.t("共 {count} 张", ordered.count), sheetsHTML: sheets.joined())
        try output.write(try theme.renderBytes(page, template: "print"), to: folder + "/index.html")
        pages.store(folder: folder, key: key, files: ["index.html"])
    }

    /// A notice's content as its page shows it, and its print sheet.
    private func sheet(
        _ document: Document, village: CheckedVillage, attachments: [String: AttachmentInfo], links: [LinkList]
    ) throws -> (content: NoticeContent, attachments: [AttachmentLink], corrections: Corrections?, html: String) {
        var (noticeContent, attachmentLinks) = content(
            document, village: village, attachments: attachments, root: SitePaths.root(forFolder: document.outputFolder)
        )
        noticeContent.links = links
        // The decision is named by its title and linked, not by its file name.
        if !noticeContent.links.isEmpty { noticeContent.facts.removeAll { $0.key == "decision" } }
        let corrections = NoticeChanges.sinceFirstPublished(document, history: site.history, words: words)
        let sheet = PrintSheets(site: site).sheet(
            document, village: village.profile!, content: noticeContent, attachments: attachmentLinks,
            revisions: revisionNotes(document), corrections: corrections)
        return (noticeContent, attachmentLinks, corrections, try theme.render(sheet, template: "sheet"))
    }

    private func revisionNotes(_ document: Document) -> [RevisionNote] {
        (document.data["revisions"]?.list ?? []).compactMap { item -> RevisionNote? in
            guard let r = item.record, let date = r["date"]?.date, let note = r["note"]?.string else { return nil }
            return RevisionNote(date: words.date(date), dateISO: date.iso, note: note)
        }
    }

    /// Writes a notice's pages and data, or reuses them; with its print sheet for the month's
    /// board when it was rendered.
    private func renderNotice(
        _ document: Document, village: CheckedVillage, attachments: [String: AttachmentInfo], villageKey: String,
        links: [LinkList], pages: any PageReuse
    ) throws -> RenderedNotice {
        let folder = document.outputFolder
        let commits = site.history?.commits[document.path] ?? []
        let key = Hashing.key(
            [pages.fingerprint, villageKey, document.path, document.sourceSHA256, DecisionLinks.key(links)]
                + commits.map(\.hash))
        if pages.reuse(folder: folder, key: key, into: output) {
            return RenderedNotice(document: document, key: key, sheet: nil)
        }
        let profile = village.profile!
        let categoryFolder = SitePaths.category(village.id, document.category)
        let categoryLabel = words.t(document.category.label)
        let page = chrome(
            folder: folder, title: document.title,
            crumbs: [(village.id, profile.name), (categoryFolder, categoryLabel)])
        let (noticeContent, attachmentLinks, corrections, sheet) = try sheet(
            document, village: village, attachments: attachments, links: links)
        let labels = HistoryLabels.labels(subjects: commits.reversed().map(\.subject))
        let history = commits.reversed().enumerated().map { index, commit in
            HistoryEntry(
                label: words.t(labels[index]), date: words.date(commit.date), dateISO: commit.date.iso,
                author: commit.author, message: commit.subject, hash: commit.shortHash)
        }
        let model = NoticePage(
            chrome: page, ui: ThemeWords(words), villageName: profile.name,
            villageHref: SitePaths.href(root: page.root, folder: village.id), categoryLabel: categoryLabel,
            categoryHref: SitePaths.href(root: page.root, folder: categoryFolder),
            backText: words.t("返回{name}{categoryLabel}", profile.name, categoryLabel),
            kindLabel: words.t(document.kind.label),
            title: document.title, published: words.date(document.published),
            publishedISO: document.published.iso, period: document.period.map(words.period),
            noticeUntil: document.noticeUntil.map(words.date), noticeUntilISO: document.noticeUntil?.iso,
            content: noticeContent, attachments: attachmentLinks,
            revisions: revisionNotes(document), corrections: corrections, history: history,
            historyIncomplete: site.history?.isShallow ?? false, sourcePath: document.path,
            sourceSHA256: document.sourceSHA256,
            dataHref: "data.json", printHref: "print.html", hotline: profile.hotline)
        try output.write(try theme.renderBytes(model, template: "notice"), to: folder + "/index.html")
        try output.write(DataJSON.document(document), to: folder + "/data.json")
        let tables = TableCSV.files(document, words: words)
        for (name, csv) in tables {
            try output.write(csv, to: folder + "/" + name)
        }
        let printPage = PrintSheets(site: site).page(
            folder: folder, title: document.title, back: ("index.html", words.t("返回网页版")), heading: nil,
            sheetsHTML: sheet)
        try output.write(try theme.renderBytes(printPage, template: "print"), to: folder + "/print.html")
        pages.store(folder: folder, key: key, files: ["index.html", "data.json", "print.html"] + tables.map(\.0))
        return RenderedNotice(document: document, key: key, sheet: sheet)
    }

    private func renderVillage(_ village: CheckedVillage, catalog: CatalogReport?) throws {
        let profile = village.profile!
        let notices = village.publishedNotices
        let root = SitePaths.root(forFolder: village.id)
        var facts: [Fact] = []
        func add(_ key: String, _ label: String, _ value: Int?, _ unit: String) {
            if let value {
                facts.append(
                    Fact(key: key, label: words.t(label), value: words.t(unit, value), isMoney: false, words: nil))
            }
        }
        add("households", "户数", profile.households, "{count} 户")
        add("population", "人口", profile.population, "{count} 人")
        add("party_members", "党员", profile.partyMembers, "{count} 名")
        add("representatives", "村民代表", profile.representatives, "{count} 名")
        let sections = Category.allCases.map { category -> CategorySection in
            let inCategory = notices.filter { $0.category == category }
            let label = words.t(category.label)
            return CategorySection(
                label: label,
                href: SitePaths.href(root: root, folder: SitePaths.category(village.id, category)),
                count: inCategory.count, countText: words.t("{count} 篇", inCategory.count),
                moreText: words.t("查看全部{label} →", label),
                notices: inCategory.prefix(SiteRenderer.latestPerCategory).map { link($0, root: root) },
                more: inCategory.count > SiteRenderer.latestPerCategory)
        }
        let current = notices.filter(isInNoticePeriod).map { link($0, root: root) }
        let boards = boardMonths(village).map { month, documents in
            BoardLink(
                month: words.month(month), href: SitePaths.href(root: root, folder: SitePaths.board(village.id, month)),
                count: documents.count, countText: words.t("{count} 张", documents.count))
        }.sorted { $0.href > $1.href }
        let page = VillagePage(
            chrome: chrome(folder: village.id, title: profile.name, crumbs: [(village.id, profile.name)]),
            ui: ThemeWords(words), name: profile.name, town: profile.town, profile: facts,
            committee: profile.committee.map { MemberRow(name: $0.name, role: $0.role) },
            supervisors: profile.supervisors.map { MemberRow(name: $0.name, role: $0.role) },
            hotline: profile.hotline, address: profile.address,
            current: current, categories: sections, noticeCount: notices.count, boards: boards,
            catalog: catalogGrids(catalog, root: root, villages: [village.id]))
        try output.write(try theme.renderBytes(page, template: "village"), to: village.id + "/index.html")

        for category in Category.allCases {
            let folder = SitePaths.category(village.id, category)
            let categoryRoot = SitePaths.root(forFolder: folder)
            let inCategory = notices.filter { $0.category == category }
            let label = words.t(category.label)
            let model = CategoryPage(
                chrome: chrome(
                    folder: folder, title: words.t("{name}{label}", profile.name, label),
                    crumbs: [(village.id, profile.name), (folder, label)]),
                ui: ThemeWords(words), villageName: profile.name, label: label,
                notices: inCategory.map { link($0, root: categoryRoot) }, count: inCategory.count,
                countText: words.t("共 {count} 篇", inCategory.count))
            try output.write(try theme.renderBytes(model, template: "category"), to: folder + "/index.html")
        }
    }

    private func renderTownPage(_ villages: [VillageDigest], catalog: CatalogReport?) throws {
        var total = 0
        let summaries = villages.map { village -> VillageSummary in
            let notices = village.publishedNotices(on: site.buildDate)
            total += village.tally.published
            return VillageSummary(
                name: village.profile!.name, href: SitePaths.href(root: "", folder: village.id),
                noticeCount: village.tally.published,
                noticeCountText: words.t("{published} 篇公开", village.tally.published),
                current: village.tally.current > 0 ? words.t("{current} 篇正在公示", village.tally.current) : nil,
                enterText: words.t("进入{name} →", village.profile!.name),
                latest: notices.prefix(SiteRenderer.latestPerVillage).map { link($0, root: "") },
                objected: notices.filter { $0.openObjections > 0 }.map { link($0, root: "") },
                hotline: village.profile!.hotline)
        }
        let summary = catalog.map { report in
            CatalogReport.Status.allCases.map { s in
                "\(words.t(s.label)) \(report.rows.filter { $0.status == s }.count)"
            }
            .joined(separator: " · ")
        }
        let page = TownPage(
            chrome: chrome(folder: "", title: site.config.title, crumbs: []), ui: ThemeWords(words),
            subtitle: words.t("{count} 个村", summaries.count) + " · " + words.t("{published} 篇公开", total),
            catalog: catalogGrids(catalog, root: "", villages: nil), catalogSummary: summary,
            villages: summaries,
            villageCount: summaries.count, noticeCount: total)
        try output.write(try theme.renderBytes(page, template: "town"), to: "index.html")
    }
}
