/// Builds print sheets (spec §8 print.html and the month's board) from notices.
struct PrintSheets {
    let site: LoadedSite

    func sheet(
        _ d: Document, village: VillageProfile, content: NoticeContent, attachments: [AttachmentLink],
        revisions: [RevisionNote], corrections: Corrections?
    ) -> PrintSheet {
        let canonical = SitePaths.canonical(base: site.config.baseURL, folder: d.outputFolder)
        var signatures = [
            SignatureLine(label: "中共\(village.name)支部委员会（盖章）"), SignatureLine(label: "\(village.name)村民委员会（盖章）"),
        ]
        var reviewers: String?
        var reviewDate: String?
        if d.kind.isFinance, let reviewed = d.data.record("reviewed") {
            reviewers = reviewed.list("by").compactMap(\.string).joined(separator: "、")
            reviewDate = reviewed.date("date")?.chinese
            signatures.append(SignatureLine(label: "\(village.name)村务监督委员会（盖章）"))
        }
        var layout = d.sheet
        if d.kind.widensForTables && !d.hasSheetOrientation {
            layout.orientation = SheetFit.needsLandscape(content.tables, size: layout.size) ? .landscape : .portrait
        }
        // A sheet is the same wherever it is printed from, so it links nowhere relative.
        var content = content
        for i in content.tables.indices { content.tables[i].csvHref = nil }
        return PrintSheet(
            villageName: village.name, town: village.town, categoryLabel: d.category.label, kindLabel: d.kind.label,
            title: d.title, published: d.published.chinese, publishedISO: d.published.iso, period: d.period?.chinese,
            noticeUntil: d.noticeUntil?.chinese,
            pageName: "\(layout.size.rawValue.lowercased())-\(layout.orientation.rawValue)",
            content: content, attachments: attachments, revisions: revisions, corrections: corrections,
            signatures: signatures, signDate: d.published.chinese, reviewers: reviewers, reviewDate: reviewDate,
            hotline: village.hotline, shortHash: String(d.sourceSHA256.prefix(16)), canonicalURL: canonical,
            qrSVG: QRCode.svg(for: canonical, label: "扫码查看网页版：\(canonical)") ?? "")
    }

    func page(folder: String, title: String, back: (href: String, text: String), heading: String?, sheetsHTML: String)
        -> PrintPage
    {
        PrintPage(
            lang: site.config.locale.htmlLang, pageTitle: "\(title) - \(site.config.title)",
            root: SitePaths.root(forFolder: folder),
            canonicalURL: SitePaths.canonical(base: site.config.baseURL, folder: folder),
            backHref: back.href, backText: back.text, heading: heading, sheetsHTML: sheetsHTML)
    }
}
