import GongkaiCore

/// Rules every kind obeys (spec §5, general).
package enum GeneralRules {
    package static let all: [any DocumentRule] = [NoticeUntilAfterPublished(), AttachmentExists()]
}

/// GK-S008: a notice period cannot end before it starts.
package struct NoticeUntilAfterPublished: DocumentRule {
    package let code = RuleCode.s008
    package let severity = Severity.error
    package let summary = "notice_until is on or after published"
    package let kinds: Set<KindID>? = nil
    package let examples: [RuleExample] = [
        .trips("kind: affairs.notice\ntitle: t\npublished: 2026-05-10\nnotice_until: 2026-05-09\n"),
        .passes("kind: affairs.notice\ntitle: t\npublished: 2026-05-10\nnotice_until: 2026-05-10\n"),
        .passes("kind: affairs.notice\ntitle: t\npublished: 2026-05-10\n"),
    ]

    package func check(_ document: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        guard let until = document.data["notice_until"], let date = until.date, date < document.published
        else { return }
        report(until.mark, .noticeUntilBeforePublished(until: date, published: document.published))
    }
}

/// GK-S011: an attachment names a file of the village folder.
package struct AttachmentExists: DocumentRule {
    package let code = RuleCode.s011
    package let severity = Severity.error
    package let summary = "every attachment is a file inside the village folder"
    package let kinds: Set<KindID>? = nil
    package let examples: [RuleExample] = [
        .trips(
            "kind: affairs.notice\ntitle: t\npublished: 2026-05-10\nattachments:\n  - {file: scans/none.pdf, title: "
                + "扫描件}\n"
        ),
        .trips(
            "kind: affairs.notice\ntitle: t\npublished: 2026-05-10\nattachments:\n  - {file: ../other/a.pdf, title: "
                + "扫描件}\n"
        ),
        .passes(files: [
            "example.yaml":
                "kind: affairs.notice\ntitle: t\npublished: 2026-05-10\nattachments:\n  - {file: scans/minutes.pdf, "
                + "title: 会议记录}\n",
            "scans/minutes.pdf": "%PDF-1.4\n",
        ]),
    ]

    package func check(_ document: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        for item in document.data["attachments"]?.list ?? [] {
            guard let file = item.record?["file"] else { continue }
            let path = file.string ?? ""
            guard let normalized = AttachmentPath.normalize(path) else {
                report(file.mark, .attachmentOutside(file: path))
                continue
            }
            if !context.attachments.contains(normalized) {
                report(file.mark, .attachmentMissing(file: path))
            }
        }
    }
}

package enum AttachmentPath {
    /// `a/./b/../c.pdf` → `a/c.pdf`; nil when the path is absolute or climbs out of the folder.
    package static func normalize(_ path: String) -> String? {
        guard !path.hasPrefix("/"), !path.contains("\\") else { return nil }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}

/// The notice-period length check shared by GK-P101 and GK-A201: notice_until − published ≥ minimum.
package enum NoticePeriod {
    package static func check(_ d: Document, minimum: Int, report: (Mark, Message) -> Void) {
        guard let until = d.noticeUntil else { return }
        let days = d.published.days(until: until)
        if days < minimum {
            report(d.data.mark("notice_until"), .r(NoticeTooShortMessage(days: days, minimum: minimum)))
        }
    }
}

// MARK: - Messages of these rules, in every locale

package struct NoticeTooShortMessage: RuleMessage {
    package var days: Int
    package var minimum: Int

    package func text(_ l: Localizer) -> String {
        return l.t("公示期只有 {days} 天，不少于 {minimum} 天；请把 notice_until 推后", days, minimum)
    }
}
