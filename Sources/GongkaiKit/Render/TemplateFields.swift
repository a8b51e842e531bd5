
// Page models answer template lookups directly by name: no reflection on the hot path.
// TemplateFieldsTests checks that every stored property of every model is answered here.

extension Link: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "href": return .from(self.href)
        case "text": return .from(self.text)
        default: return nil
        }
    }
}

extension PageChrome: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "lang": return .from(self.lang)
        case "siteTitle": return .from(self.siteTitle)
        case "town": return .from(self.town)
        case "county": return .from(self.county)
        case "root": return .from(self.root)
        case "pageTitle": return .from(self.pageTitle)
        case "canonicalURL": return .from(self.canonicalURL)
        case "breadcrumbs": return .from(self.breadcrumbs)
        case "buildDate": return .from(self.buildDate)
        case "buildDateISO": return .from(self.buildDateISO)
        default: return nil
        }
    }
}

extension NoticeLink: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "title": return .from(self.title)
        case "href": return .from(self.href)
        case "published": return .from(self.published)
        case "publishedISO": return .from(self.publishedISO)
        case "kindLabel": return .from(self.kindLabel)
        case "categoryLabel": return .from(self.categoryLabel)
        case "period": return .from(self.period)
        case "noticeUntil": return .from(self.noticeUntil)
        case "noticeUntilISO": return .from(self.noticeUntilISO)
        default: return nil
        }
    }
}

extension Fact: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "label": return .from(self.label)
        case "value": return .from(self.value)
        case "isMoney": return .from(self.isMoney)
        case "words": return .from(self.words)
        default: return nil
        }
    }
}

extension FactGroup: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "key": return .from(self.key)
        case "label": return .from(self.label)
        case "facts": return .from(self.facts)
        default: return nil
        }
    }
}

extension TextList: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "label": return .from(self.label)
        case "items": return .from(self.items)
        default: return nil
        }
    }
}

extension TableColumn: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "label": return .from(self.label)
        case "numeric": return .from(self.numeric)
        default: return nil
        }
    }
}

extension TableCell: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "text": return .from(self.text)
        case "numeric": return .from(self.numeric)
        case "label": return .from(self.label)
        case "nowrap": return .from(self.nowrap)
        default: return nil
        }
    }
}

extension TableRow: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "index": return .from(self.index)
        case "cells": return .from(self.cells)
        case "flag": return .from(self.flag)
        default: return nil
        }
    }
}

extension TableFooter: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "cells": return .from(self.cells)
        default: return nil
        }
    }
}

extension TotalLine: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "label": return .from(self.label)
        case "amount": return .from(self.amount)
        case "words": return .from(self.words)
        default: return nil
        }
    }
}

extension DataTable: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "caption": return .from(self.caption)
        case "indexLabel": return .from(self.indexLabel)
        case "csvHref": return .from(self.csvHref)
        case "columns": return .from(self.columns)
        case "rows": return .from(self.rows)
        case "rowCount": return .from(self.rowCount)
        case "footer": return .from(self.footer)
        case "totals": return .from(self.totals)
        default: return nil
        }
    }
}

extension AttachmentLink: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "title": return .from(self.title)
        case "href": return .from(self.href)
        case "file": return .from(self.file)
        case "size": return .from(self.size)
        case "sha256": return .from(self.sha256)
        default: return nil
        }
    }
}

extension HistoryEntry: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "label": return .from(self.label)
        case "date": return .from(self.date)
        case "dateISO": return .from(self.dateISO)
        case "author": return .from(self.author)
        case "message": return .from(self.message)
        case "hash": return .from(self.hash)
        default: return nil
        }
    }
}

extension RevisionNote: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "date": return .from(self.date)
        case "dateISO": return .from(self.dateISO)
        case "note": return .from(self.note)
        default: return nil
        }
    }
}

extension Highlight: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "label": return .from(self.label)
        case "value": return .from(self.value)
        case "words": return .from(self.words)
        case "good": return .from(self.good)
        case "bad": return .from(self.bad)
        default: return nil
        }
    }
}

extension DecisionStep: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "number": return .from(self.number)
        case "label": return .from(self.label)
        case "date": return .from(self.date)
        case "dateISO": return .from(self.dateISO)
        case "detail": return .from(self.detail)
        case "threshold": return .from(self.threshold)
        default: return nil
        }
    }
}

extension NoticeContent: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "highlights": return .from(self.highlights)
        case "hasHighlights": return .from(self.hasHighlights)
        case "steps": return .from(self.steps)
        case "hasSteps": return .from(self.hasSteps)
        case "hasFacts": return .from(self.hasFacts)
        case "facts": return .from(self.facts)
        case "groups": return .from(self.groups)
        case "lists": return .from(self.lists)
        case "tables": return .from(self.tables)
        case "bodyHTML": return .from(self.bodyHTML)
        default: return nil
        }
    }
}

extension NoticePage: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": return .from(self.chrome)
        case "villageName": return .from(self.villageName)
        case "villageHref": return .from(self.villageHref)
        case "categoryLabel": return .from(self.categoryLabel)
        case "categoryHref": return .from(self.categoryHref)
        case "kindLabel": return .from(self.kindLabel)
        case "title": return .from(self.title)
        case "published": return .from(self.published)
        case "publishedISO": return .from(self.publishedISO)
        case "period": return .from(self.period)
        case "noticeUntil": return .from(self.noticeUntil)
        case "noticeUntilISO": return .from(self.noticeUntilISO)
        case "content": return .from(self.content)
        case "attachments": return .from(self.attachments)
        case "hasAttachments": return .from(self.hasAttachments)
        case "revisions": return .from(self.revisions)
        case "hasRevisions": return .from(self.hasRevisions)
        case "history": return .from(self.history)
        case "hasHistory": return .from(self.hasHistory)
        case "historyIncomplete": return .from(self.historyIncomplete)
        case "sourcePath": return .from(self.sourcePath)
        case "sourceSHA256": return .from(self.sourceSHA256)
        case "dataHref": return .from(self.dataHref)
        case "printHref": return .from(self.printHref)
        case "hotline": return .from(self.hotline)
        default: return nil
        }
    }
}

extension CategorySection: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "label": return .from(self.label)
        case "href": return .from(self.href)
        case "count": return .from(self.count)
        case "notices": return .from(self.notices)
        case "isEmpty": return .from(self.isEmpty)
        case "more": return .from(self.more)
        default: return nil
        }
    }
}

extension MemberRow: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "name": return .from(self.name)
        case "role": return .from(self.role)
        default: return nil
        }
    }
}

extension VillagePage: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": return .from(self.chrome)
        case "name": return .from(self.name)
        case "town": return .from(self.town)
        case "profile": return .from(self.profile)
        case "committee": return .from(self.committee)
        case "supervisors": return .from(self.supervisors)
        case "hotline": return .from(self.hotline)
        case "address": return .from(self.address)
        case "current": return .from(self.current)
        case "hasCurrent": return .from(self.hasCurrent)
        case "categories": return .from(self.categories)
        case "noticeCount": return .from(self.noticeCount)
        case "boards": return .from(self.boards)
        case "hasBoards": return .from(self.hasBoards)
        case "catalog": return .from(self.catalog)
        case "hasCatalog": return .from(self.hasCatalog)
        default: return nil
        }
    }
}

extension CategoryPage: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": return .from(self.chrome)
        case "villageName": return .from(self.villageName)
        case "label": return .from(self.label)
        case "notices": return .from(self.notices)
        case "count": return .from(self.count)
        case "isEmpty": return .from(self.isEmpty)
        default: return nil
        }
    }
}

extension VillageSummary: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "name": return .from(self.name)
        case "href": return .from(self.href)
        case "noticeCount": return .from(self.noticeCount)
        case "current": return .from(self.current)
        case "latest": return .from(self.latest)
        case "hotline": return .from(self.hotline)
        default: return nil
        }
    }
}

extension TownPage: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": return .from(self.chrome)
        case "catalog": return .from(self.catalog)
        case "hasCatalog": return .from(self.hasCatalog)
        case "catalogSummary": return .from(self.catalogSummary)
        case "villages": return .from(self.villages)
        case "villageCount": return .from(self.villageCount)
        case "noticeCount": return .from(self.noticeCount)
        default: return nil
        }
    }
}

extension SignatureLine: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "label": return .from(self.label)
        default: return nil
        }
    }
}

extension PrintSheet: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "villageName": return .from(self.villageName)
        case "town": return .from(self.town)
        case "categoryLabel": return .from(self.categoryLabel)
        case "kindLabel": return .from(self.kindLabel)
        case "title": return .from(self.title)
        case "published": return .from(self.published)
        case "publishedISO": return .from(self.publishedISO)
        case "period": return .from(self.period)
        case "noticeUntil": return .from(self.noticeUntil)
        case "pageName": return .from(self.pageName)
        case "content": return .from(self.content)
        case "attachments": return .from(self.attachments)
        case "hasAttachments": return .from(self.hasAttachments)
        case "signatures": return .from(self.signatures)
        case "signDate": return .from(self.signDate)
        case "reviewers": return .from(self.reviewers)
        case "reviewDate": return .from(self.reviewDate)
        case "hotline": return .from(self.hotline)
        case "shortHash": return .from(self.shortHash)
        case "canonicalURL": return .from(self.canonicalURL)
        case "qrSVG": return .from(self.qrSVG)
        default: return nil
        }
    }
}

extension PrintPage: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "lang": return .from(self.lang)
        case "pageTitle": return .from(self.pageTitle)
        case "root": return .from(self.root)
        case "canonicalURL": return .from(self.canonicalURL)
        case "backHref": return .from(self.backHref)
        case "backText": return .from(self.backText)
        case "heading": return .from(self.heading)
        case "sheetsHTML": return .from(self.sheetsHTML)
        default: return nil
        }
    }
}

extension BoardLink: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "month": return .from(self.month)
        case "href": return .from(self.href)
        case "count": return .from(self.count)
        default: return nil
        }
    }
}

extension CatalogCell: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "status": return .from(self.status)
        case "label": return .from(self.label)
        case "mark": return .from(self.mark)
        case "href": return .from(self.href)
        case "period": return .from(self.period)
        default: return nil
        }
    }
}

extension CatalogGridRow: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "villageName": return .from(self.villageName)
        case "villageHref": return .from(self.villageHref)
        case "cells": return .from(self.cells)
        default: return nil
        }
    }
}

extension CatalogGrid: TemplateObject {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "label": return .from(self.label)
        case "periods": return .from(self.periods)
        case "rows": return .from(self.rows)
        case "hasPeriods": return .from(self.hasPeriods)
        default: return nil
        }
    }
}
