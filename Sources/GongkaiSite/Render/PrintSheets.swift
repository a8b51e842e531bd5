import GongkaiContent
import GongkaiCore

/// Builds print sheets (spec §8 print.html and the month's board) from notices.
package struct PrintSheets {
    package let site: LoadedSite

    package func sheet(
        _ d: Document, village: VillageProfile, content: NoticeContent, attachments: [AttachmentLink],
        revisions: [RevisionNote], corrections: Corrections?
    ) -> PrintSheet {
        let words = site.words
        let canonical = SitePaths.canonical(base: site.config.baseURL, folder: d.outputFolder)
        var signatures = [
            SignatureLine(label: words.t("中共{name}支部委员会（盖章）", village.name)),
            SignatureLine(label: words.t("{name}村民委员会（盖章）", village.name)),
        ]
        var reviewers: String?
        var reviewDate: String?
        if d.kind.isFinance, let reviewed = d.data.record("reviewed") {
            reviewers = words.list(reviewed.list("by").compactMap(\.string))
            reviewDate = reviewed.date("date").map(words.date)
            signatures.append(SignatureLine(label: words.t("{name}村务监督委员会（盖章）", village.name)))
        }
        var layout = d.sheet
        if d.kind.widensForTables && !d.hasSheetOrientation {
            layout.orientation = SheetFit.needsLandscape(content.tables, size: layout.size) ? .landscape : .portrait
        }
        // A sheet is the same wherever it is printed from, so it links nowhere relative.
        var content = content
        for i in content.tables.indices { content.tables[i].csvHref = nil }
        if layout.orientation == .portrait {
            content.tables = SheetTables.sideBySide(
                content.tables, width: SheetFit.contentWidth(layout), words: words)
        }
        return PrintSheet(
            ui: ThemeWords(words), villageName: village.name, town: village.town,
            categoryLabel: words.t(d.category.label), kindLabel: words.t(d.kind.label), title: d.title,
            published: words.date(d.published), publishedISO: d.published.iso, period: d.period.map(words.period),
            noticeUntil: d.noticeUntil.map(words.date),
            pageName: "\(layout.size.rawValue.lowercased())-\(layout.orientation.rawValue)",
            content: content, attachments: attachments, revisions: revisions, corrections: corrections,
            signatures: signatures, signDate: words.date(d.published), reviewers: reviewers, reviewDate: reviewDate,
            hotline: village.hotline, shortHash: String(d.sourceSHA256.prefix(16)), canonicalURL: canonical,
            qrSVG: QRCode.svg(for: canonical, label: words.t("扫码查看网页版：{canonical}", canonical)) ?? "")
    }

    package func page(
        folder: String, title: String, back: (href: String, text: String), heading: String?, sheetsHTML: String
    )
        -> PrintPage
    {
        PrintPage(
            ui: ThemeWords(site.words), pageTitle: "\(title) - \(site.config.title)",
            root: SitePaths.root(forFolder: folder),
            canonicalURL: SitePaths.canonical(base: site.config.baseURL, folder: folder),
            backHref: back.href, backText: back.text, heading: heading, sheetsHTML: sheetsHTML)
    }
}
