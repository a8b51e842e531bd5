import Mustache

// Page models answer Mustache lookups directly by name: no reflection on the hot path.
// TemplateFieldsTests checks that every stored property of every model is answered here.

extension Link: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "href": return self.href
        case "text": return self.text
        default: return nil
        }
    }
}

extension PageChrome: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "lang": return self.lang
        case "siteTitle": return self.siteTitle
        case "town": return self.town
        case "county": return self.county
        case "root": return self.root
        case "pageTitle": return self.pageTitle
        case "canonicalURL": return self.canonicalURL
        case "breadcrumbs": return self.breadcrumbs
        case "buildDate": return self.buildDate
        case "buildDateISO": return self.buildDateISO
        default: return nil
        }
    }
}

extension NoticeLink: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "href": return self.href
        case "published": return self.published
        case "publishedISO": return self.publishedISO
        case "kindLabel": return self.kindLabel
        case "categoryLabel": return self.categoryLabel
        case "period": return self.period
        case "noticeUntil": return self.noticeUntil
        case "noticeUntilISO": return self.noticeUntilISO
        default: return nil
        }
    }
}

extension Fact: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": return self.label
        case "value": return self.value
        case "isMoney": return self.isMoney
        case "words": return self.words
        default: return nil
        }
    }
}

extension FactGroup: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": return self.label
        case "facts": return self.facts
        default: return nil
        }
    }
}

extension TextList: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": return self.label
        case "items": return self.items
        default: return nil
        }
    }
}

extension TableColumn: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": return self.label
        case "numeric": return self.numeric
        default: return nil
        }
    }
}

extension TableCell: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": return self.text
        case "numeric": return self.numeric
        case "label": return self.label
        case "nowrap": return self.nowrap
        default: return nil
        }
    }
}

extension TableRow: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "index": return self.index
        case "cells": return self.cells
        case "flag": return self.flag
        default: return nil
        }
    }
}

extension TableFooter: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "cells": return self.cells
        default: return nil
        }
    }
}

extension TotalLine: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": return self.label
        case "amount": return self.amount
        case "words": return self.words
        default: return nil
        }
    }
}

extension DataTable: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "caption": return self.caption
        case "indexLabel": return self.indexLabel
        case "csvHref": return self.csvHref
        case "columns": return self.columns
        case "rows": return self.rows
        case "rowCount": return self.rowCount
        case "footer": return self.footer
        case "totals": return self.totals
        default: return nil
        }
    }
}

extension AttachmentLink: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "href": return self.href
        case "file": return self.file
        case "size": return self.size
        case "sha256": return self.sha256
        default: return nil
        }
    }
}

extension HistoryEntry: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": return self.label
        case "date": return self.date
        case "dateISO": return self.dateISO
        case "author": return self.author
        case "message": return self.message
        case "hash": return self.hash
        default: return nil
        }
    }
}

extension RevisionNote: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "date": return self.date
        case "dateISO": return self.dateISO
        case "note": return self.note
        default: return nil
        }
    }
}

extension Highlight: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": return self.label
        case "value": return self.value
        case "words": return self.words
        case "good": return self.good
        case "bad": return self.bad
        default: return nil
        }
    }
}

extension DecisionStep: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": return self.number
        case "label": return self.label
        case "date": return self.date
        case "dateISO": return self.dateISO
        case "detail": return self.detail
        case "threshold": return self.threshold
        default: return nil
        }
    }
}

extension NoticeContent: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "highlights": return self.highlights
        case "hasHighlights": return self.hasHighlights
        case "steps": return self.steps
        case "hasSteps": return self.hasSteps
        case "hasFacts": return self.hasFacts
        case "facts": return self.facts
        case "groups": return self.groups
        case "lists": return self.lists
        case "tables": return self.tables
        case "bodyHTML": return self.bodyHTML
        default: return nil
        }
    }
}

extension NoticePage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "chrome": return self.chrome
        case "villageName": return self.villageName
        case "villageHref": return self.villageHref
        case "categoryLabel": return self.categoryLabel
        case "categoryHref": return self.categoryHref
        case "kindLabel": return self.kindLabel
        case "title": return self.title
        case "published": return self.published
        case "publishedISO": return self.publishedISO
        case "period": return self.period
        case "noticeUntil": return self.noticeUntil
        case "noticeUntilISO": return self.noticeUntilISO
        case "content": return self.content
        case "attachments": return self.attachments
        case "hasAttachments": return self.hasAttachments
        case "revisions": return self.revisions
        case "hasRevisions": return self.hasRevisions
        case "history": return self.history
        case "hasHistory": return self.hasHistory
        case "historyIncomplete": return self.historyIncomplete
        case "sourcePath": return self.sourcePath
        case "sourceSHA256": return self.sourceSHA256
        case "dataHref": return self.dataHref
        case "printHref": return self.printHref
        case "hotline": return self.hotline
        default: return nil
        }
    }
}

extension CategorySection: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": return self.label
        case "href": return self.href
        case "count": return self.count
        case "notices": return self.notices
        case "isEmpty": return self.isEmpty
        case "more": return self.more
        default: return nil
        }
    }
}

extension MemberRow: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "role": return self.role
        default: return nil
        }
    }
}

extension VillagePage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "chrome": return self.chrome
        case "name": return self.name
        case "town": return self.town
        case "profile": return self.profile
        case "committee": return self.committee
        case "supervisors": return self.supervisors
        case "hotline": return self.hotline
        case "address": return self.address
        case "current": return self.current
        case "hasCurrent": return self.hasCurrent
        case "categories": return self.categories
        case "noticeCount": return self.noticeCount
        case "boards": return self.boards
        case "hasBoards": return self.hasBoards
        case "catalog": return self.catalog
        case "hasCatalog": return self.hasCatalog
        default: return nil
        }
    }
}

extension CategoryPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "chrome": return self.chrome
        case "villageName": return self.villageName
        case "label": return self.label
        case "notices": return self.notices
        case "count": return self.count
        case "isEmpty": return self.isEmpty
        default: return nil
        }
    }
}

extension VillageSummary: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "href": return self.href
        case "noticeCount": return self.noticeCount
        case "current": return self.current
        case "latest": return self.latest
        case "hotline": return self.hotline
        default: return nil
        }
    }
}

extension TownPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "chrome": return self.chrome
        case "catalog": return self.catalog
        case "hasCatalog": return self.hasCatalog
        case "catalogSummary": return self.catalogSummary
        case "villages": return self.villages
        case "villageCount": return self.villageCount
        case "noticeCount": return self.noticeCount
        default: return nil
        }
    }
}

extension SignatureLine: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": return self.label
        default: return nil
        }
    }
}

extension PrintSheet: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "villageName": return self.villageName
        case "town": return self.town
        case "categoryLabel": return self.categoryLabel
        case "kindLabel": return self.kindLabel
        case "title": return self.title
        case "published": return self.published
        case "publishedISO": return self.publishedISO
        case "period": return self.period
        case "noticeUntil": return self.noticeUntil
        case "pageName": return self.pageName
        case "content": return self.content
        case "attachments": return self.attachments
        case "hasAttachments": return self.hasAttachments
        case "signatures": return self.signatures
        case "signDate": return self.signDate
        case "reviewers": return self.reviewers
        case "reviewDate": return self.reviewDate
        case "hotline": return self.hotline
        case "shortHash": return self.shortHash
        case "canonicalURL": return self.canonicalURL
        case "qrSVG": return self.qrSVG
        default: return nil
        }
    }
}

extension PrintPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "lang": return self.lang
        case "pageTitle": return self.pageTitle
        case "root": return self.root
        case "canonicalURL": return self.canonicalURL
        case "backHref": return self.backHref
        case "backText": return self.backText
        case "heading": return self.heading
        case "sheetsHTML": return self.sheetsHTML
        default: return nil
        }
    }
}

extension BoardLink: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "month": return self.month
        case "href": return self.href
        case "count": return self.count
        default: return nil
        }
    }
}

extension CatalogCell: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "status": return self.status
        case "label": return self.label
        case "mark": return self.mark
        case "href": return self.href
        case "period": return self.period
        default: return nil
        }
    }
}

extension CatalogGridRow: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "villageName": return self.villageName
        case "villageHref": return self.villageHref
        case "cells": return self.cells
        default: return nil
        }
    }
}

extension CatalogGrid: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": return self.label
        case "periods": return self.periods
        case "rows": return self.rows
        case "hasPeriods": return self.hasPeriods
        default: return nil
        }
    }
}
