import Foundation

/// The Render stage: typed page models through the theme's templates into an output folder.
struct SiteRenderer: Sendable {
    let site: LoadedSite
    let theme: Theme
    let output: OutputFolder

    static let latestPerVillage = 5

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
                            status: r.status.rawValue, label: r.status.label, mark: r.status.mark,
                            href: r.folder.map { SitePaths.href(root: root, folder: $0) }, period: r.period.chinese)
                    })
            }
            let label = "\(KindRegistry.kind(item.kind)?.label ?? item.kind)（\(Catalog.everyLabel(item.every))）"
            return CatalogGrid(label: label, periods: periods.map(\.chinese), rows: gridRows)
        }
    }
    static let latestPerCategory = 8

    struct AttachmentInfo: Sendable {
        var bytes: Int
        var sha256: String
    }

    /// Published documents of a village being rendered, newest first.
    func published(_ village: CheckedVillage) -> [Document] {
        village.documents.filter { $0.isPublished(on: site.buildDate) }
            .sorted { NoticeSummary.newestFirst($0.summary, $1.summary) }
    }

    /// The theme's own files (style sheets) at the output root.
    func begin() throws {
        for asset in theme.assets {
            try output.write(Data(asset.bytes), to: asset.path)
        }
    }

    /// A notice as rendered: its page key, and its print sheet unless its pages were reused.
    struct RenderedNotice: Sendable {
        var document: Document
        var key: String
        var sheet: String?
    }

    /// A village whose notices are rendered, by the month they were published in.
    struct RenderedNotices: Sendable {
        var village: CheckedVillage
        var attachments: [String: AttachmentInfo]
        var months: [Month: [RenderedNotice]]

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
        let rendered = parallelMap(notices) { document -> Result<RenderedNotice, any Error> in
            do {
                return .success(
                    try renderNotice(
                        document, village: village, attachments: attachments, villageKey: villageKey, pages: pages))
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
        return RenderedNotices(village: village, attachments: attachments, months: months)
    }

    /// The rest of a village once its notices are rendered: boards, village and category pages,
    /// feed. Returns its entries in sitemap.xml and its notices' search records.
    func renderPages(_ rendered: RenderedNotices, pages: any PageReuse) throws -> (sitemap: Data, search: Data) {
        let village = rendered.village
        for (month, notices) in rendered.months {
            try renderBoard(village, month: month, notices: notices, attachments: rendered.attachments, pages: pages)
        }
        try renderVillage(
            village, catalog: CatalogReport(config: site.config, buildDate: site.buildDate, village: village))
        let openData = OpenData(site: site, output: output)
        try openData.writeFeed(of: village)
        let search = SearchRecords.lines(published(village), villageName: village.profile?.name ?? village.id)
        return (Data(openData.sitemapEntries(village).utf8), Data(search.utf8))
    }

    /// The town's pages from every village's digest: town page, town feed, sitemap (`sitemaps`
    /// holds each village's entries, rendered by this build or kept by the build cache), search
    /// (`searches`, each village's records, the same way).
    func renderTown(_ villages: [VillageDigest], sitemaps: [String: Data], searches: [String: Data]) throws {
        let catalog = CatalogReport(config: site.config, buildDate: site.buildDate, villages: villages)
        try renderTownPage(villages.filter { $0.profile != nil }, catalog: catalog)
        try renderSearch(villages.filter { $0.profile != nil }, records: searches)
        try OpenData(site: site, output: output).write(villages, sitemaps: sitemaps)
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
            buildDate: site.buildDate.chinese, buildDateISO: site.buildDate.iso)
    }

    func link(_ document: NoticeSummary, root: String) -> NoticeLink {
        NoticeLink(
            title: document.title, href: SitePaths.href(root: root, folder: document.outputFolder),
            published: document.published.chinese, publishedISO: document.published.iso,
            kindLabel: document.kind.label, categoryLabel: document.category.label,
            period: document.period?.chinese, noticeUntil: document.noticeUntil?.chinese,
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
                return .failure(.io("无法读取 content/\(village.id)/\(path)"))
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
            context: PresentationContext(buildDate: site.buildDate, thresholds: site.config.thresholds))
        return (content, links)
    }

    /// Published notices of a village by the month they were published in.
    func boardMonths(_ village: CheckedVillage) -> [Month: [NoticeSummary]] {
        Dictionary(grouping: village.publishedNotices(on: site.buildDate)) { Month($0.published) }
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
        let sheets = try ordered.map {
            try $0.sheet ?? sheet($0.document, village: village, attachments: attachments).html
        }
        let root = SitePaths.root(forFolder: folder)
        let page = PrintSheets(site: site).page(
            folder: folder, title: "\(profile.name)\(month.chinese)公开栏",
            back: (SitePaths.href(root: root, folder: village.id), "返回\(profile.name)"),
            heading: "\(profile.name)\(month.chinese)公开栏 · 共 \(ordered.count) 张", sheetsHTML: sheets.joined())
        try output.write(try theme.renderBytes(page, template: "print"), to: folder + "/index.html")
        pages.store(folder: folder, key: key, files: ["index.html"])
    }

    /// A notice's content as its page shows it, and its print sheet.
    private func sheet(
        _ document: Document, village: CheckedVillage, attachments: [String: AttachmentInfo]
    ) throws -> (content: NoticeContent, attachments: [AttachmentLink], corrections: Corrections?, html: String) {
        let (noticeContent, attachmentLinks) = content(
            document, village: village, attachments: attachments, root: SitePaths.root(forFolder: document.outputFolder)
        )
        let corrections = NoticeChanges.sinceFirstPublished(document, history: site.history)
        let sheet = PrintSheets(site: site).sheet(
            document, village: village.profile!, content: noticeContent, attachments: attachmentLinks,
            revisions: revisionNotes(document), corrections: corrections)
        return (noticeContent, attachmentLinks, corrections, try theme.render(sheet, template: "sheet"))
    }

    private func revisionNotes(_ document: Document) -> [RevisionNote] {
        (document.data["revisions"]?.list ?? []).compactMap { item -> RevisionNote? in
            guard let r = item.record, let date = r["date"]?.date, let note = r["note"]?.string else { return nil }
            return RevisionNote(date: date.chinese, dateISO: date.iso, note: note)
        }
    }

    /// Writes a notice's pages and data, or reuses them; with its print sheet for the month's
    /// board when it was rendered.
    private func renderNotice(
        _ document: Document, village: CheckedVillage, attachments: [String: AttachmentInfo], villageKey: String,
        pages: any PageReuse
    ) throws -> RenderedNotice {
        let folder = document.outputFolder
        let commits = site.history?.commits[document.path] ?? []
        let key = Hashing.key(
            [pages.fingerprint, villageKey, document.path, document.sourceSHA256] + commits.map(\.hash))
        if pages.reuse(folder: folder, key: key, into: output) {
            return RenderedNotice(document: document, key: key, sheet: nil)
        }
        let profile = village.profile!
        let categoryFolder = SitePaths.category(village.id, document.category)
        let page = chrome(
            folder: folder, title: document.title,
            crumbs: [(village.id, profile.name), (categoryFolder, document.category.label)])
        let (noticeContent, attachmentLinks, corrections, sheet) = try sheet(
            document, village: village, attachments: attachments)
        let labels = HistoryLabels.labels(subjects: commits.reversed().map(\.subject))
        let history = commits.reversed().enumerated().map { index, commit in
            HistoryEntry(
                label: labels[index], date: commit.date.chinese, dateISO: commit.date.iso,
                author: commit.author, message: commit.subject, hash: commit.shortHash)
        }
        let model = NoticePage(
            chrome: page, villageName: profile.name, villageHref: SitePaths.href(root: page.root, folder: village.id),
            categoryLabel: document.category.label,
            categoryHref: SitePaths.href(root: page.root, folder: categoryFolder),
            kindLabel: document.kind.label, title: document.title, published: document.published.chinese,
            publishedISO: document.published.iso, period: document.period?.chinese,
            noticeUntil: document.noticeUntil?.chinese, noticeUntilISO: document.noticeUntil?.iso,
            content: noticeContent, attachments: attachmentLinks,
            revisions: revisionNotes(document), corrections: corrections, history: history,
            historyIncomplete: site.history?.isShallow ?? false, sourcePath: document.path,
            sourceSHA256: document.sourceSHA256,
            dataHref: "data.json", printHref: "print.html", hotline: profile.hotline)
        try output.write(try theme.renderBytes(model, template: "notice"), to: folder + "/index.html")
        try output.write(DataJSON.document(document), to: folder + "/data.json")
        let tables = TableCSV.files(document)
        for (name, csv) in tables {
            try output.write(csv, to: folder + "/" + name)
        }
        let printPage = PrintSheets(site: site).page(
            folder: folder, title: document.title, back: ("index.html", "返回网页版"), heading: nil, sheetsHTML: sheet)
        try output.write(try theme.renderBytes(printPage, template: "print"), to: folder + "/print.html")
        pages.store(folder: folder, key: key, files: ["index.html", "data.json", "print.html"] + tables.map(\.0))
        return RenderedNotice(document: document, key: key, sheet: sheet)
    }

    private func renderVillage(_ village: CheckedVillage, catalog: CatalogReport?) throws {
        let profile = village.profile!
        let notices = village.publishedNotices(on: site.buildDate)
        let root = SitePaths.root(forFolder: village.id)
        var facts: [Fact] = []
        func add(_ label: String, _ value: Int?, _ unit: String) {
            if let value { facts.append(Fact(label: label, value: "\(value) \(unit)", isMoney: false, words: nil)) }
        }
        add("户数", profile.households, "户")
        add("人口", profile.population, "人")
        add("党员", profile.partyMembers, "名")
        add("村民代表", profile.representatives, "名")
        let sections = Category.allCases.map { category -> CategorySection in
            let inCategory = notices.filter { $0.category == category }
            return CategorySection(
                label: category.label,
                href: SitePaths.href(root: root, folder: SitePaths.category(village.id, category)),
                count: inCategory.count,
                notices: inCategory.prefix(SiteRenderer.latestPerCategory).map { link($0, root: root) },
                more: inCategory.count > SiteRenderer.latestPerCategory)
        }
        let current = notices.filter(isInNoticePeriod).map { link($0, root: root) }
        let boards = boardMonths(village).map { month, documents in
            BoardLink(
                month: month.chinese, href: SitePaths.href(root: root, folder: SitePaths.board(village.id, month)),
                count: documents.count)
        }.sorted { $0.href > $1.href }
        let page = VillagePage(
            chrome: chrome(folder: village.id, title: profile.name, crumbs: [(village.id, profile.name)]),
            name: profile.name, town: profile.town, profile: facts,
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
            let model = CategoryPage(
                chrome: chrome(
                    folder: folder, title: "\(profile.name)\(category.label)",
                    crumbs: [(village.id, profile.name), (folder, category.label)]),
                villageName: profile.name, label: category.label,
                notices: inCategory.map { link($0, root: categoryRoot) }, count: inCategory.count)
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
                noticeCount: village.tally.published, current: village.tally.current > 0 ? village.tally.current : nil,
                latest: notices.prefix(SiteRenderer.latestPerVillage).map { link($0, root: "") },
                hotline: village.profile!.hotline)
        }
        let summary = catalog.map { report in
            CatalogReport.Status.allCases.map { s in "\(s.label) \(report.rows.filter { $0.status == s }.count)" }
                .joined(separator: " · ")
        }
        let page = TownPage(
            chrome: chrome(folder: "", title: site.config.title, crumbs: []),
            catalog: catalogGrids(catalog, root: "", villages: nil), catalogSummary: summary,
            villages: summaries,
            villageCount: summaries.count, noticeCount: total)
        try output.write(try theme.renderBytes(page, template: "town"), to: "index.html")
    }
}
