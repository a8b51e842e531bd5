import GongkaiCore

/// GK-X001..X003: no unmasked personal numbers in any field or body of a document.
package enum PrivacyRules {
    package static let all: [any DocumentRule] = [
        NoPersonalNumbers(
            code: .x001, kind: .residentID,
            summary: "no unmasked resident ID number (18 digits with a valid check, or 15)",
            examples: [
                .trips(
                    "kind: affairs.notice\ntitle: 补贴发放\npublished: 2026-05-10\nextra: {note: 户主身份证 "
                        + "410927199003153210}\n"
                ),
                .trips(files: [
                    "example.md":
                        "---\nkind: affairs.notice\ntitle: 通知\npublished: 2026-05-10\n---\n\n身份证号 11010519491231002X "
                        + "请核对\n"
                ]),
                .passes("kind: affairs.notice\ntitle: 补贴 410927********3217\npublished: 2026-05-10\n"),
                .passes("kind: affairs.notice\ntitle: 编号 410927199003153218 作废\npublished: 2026-05-10\n"),
            ]),
        NoPersonalNumbers(
            code: .x002, kind: .mobile, summary: "no unmasked mobile number outside a public-phone field",
            examples: [
                .trips("kind: affairs.notice\ntitle: 联系人王红梅 13812345678\npublished: 2026-05-10\n"),
                .trips(files: [
                    "example.md":
                        "---\nkind: affairs.notice\ntitle: 通知\npublished: 2026-05-10\n---\n\n请联系 138-1234-5678。\n"
                ]),
                .passes("kind: affairs.notice\ntitle: 联系人王红梅 138****5678\npublished: 2026-05-10\n"),
                .passes(
                    "kind: party.development\ntitle: 公示\npublished: 2026-11-18\nnotice_until: 2026-11-25\nstage: "
                        + "入党积极分子\ncandidates:\n  - {name: 王梦瑶, gender: 女, born: 2001-03, education: 本科, applied: "
                        + "2026-04-02}\ncontact: {office: 党支部, phone: \"13812345678\"}\n"
                ),
            ]),
        NoPersonalNumbers(
            code: .x003, kind: .bankCard, summary: "no bank card number (16–19 digits with a valid Luhn check)",
            examples: [
                .trips("kind: affairs.notice\ntitle: 补贴打入 6222021234567890128\npublished: 2026-05-10\n"),
                .trips("kind: affairs.notice\ntitle: 卡号 4111 1111 1111 1111\npublished: 2026-05-10\n"),
                .passes("kind: affairs.notice\ntitle: 补贴打入 6222********0128\npublished: 2026-05-10\n"),
                .passes("kind: affairs.notice\ntitle: 合同编号 6222021234567890129\npublished: 2026-05-10\n"),
            ]),
    ]
}

package struct NoPersonalNumbers: DocumentRule {
    package let code: RuleCode
    package let severity = Severity.error
    package let kind: PersonalNumbers.Kind
    package let summary: String
    package let kinds: Set<KindID>? = nil
    package let examples: [RuleExample]

    package func check(_ d: Document, context: RuleContext, report: (Mark, Message) -> Void) {
        for found in context.personalNumbers ?? PrivacyScan.findings(of: d) where found.finding.kind == kind {
            report(found.mark, message(found.finding.masked))
        }
    }

    package func message(_ masked: String) -> Message {
        switch kind {
        case .residentID: return .r(ResidentIDMessage(masked: masked))
        case .mobile: return .r(MobileNumberMessage(masked: masked))
        case .bankCard: return .r(BankCardMessage(masked: masked))
        }
    }
}

/// Every text of a document that could hold a personal number, with a way to locate an offset in it.
package enum PrivacyScan {
    package typealias Locate = (Int) -> Mark

    /// A personal number and where it is.
    package struct Located: Sendable {
        package var finding: PersonalNumbers.Finding
        package var mark: Mark
    }

    /// Every personal number of a document, of every kind, in one walk.
    package static func findings(of d: Document) -> [Located] {
        var found: [Located] = []
        strings(of: d) { text, mark in
            for finding in PersonalNumbers.find(in: text) {
                found.append(Located(finding: finding, mark: mark(finding.offset)))
            }
        }
        return found
    }

    static func strings(of d: Document, _ visit: (String, Locate) -> Void) {
        walk(d.data, fields: d.kind.allFields, visit)
        // A body with fewer digits than any number looked for is not cut into lines at all.
        if let body = d.body, PersonalNumbers.mayHoldNumber(body) {
            for (index, line) in body.split(byte: UInt8(ascii: "\n")).enumerated() {
                let lineNumber = d.bodyLineOffset + 1 + index
                visit(String(line)) { Mark(line: lineNumber, column: $0 + 1) }
            }
        }
    }

    private static func walk(_ record: Record, fields: [FieldSpec], _ visit: (String, Locate) -> Void) {
        for entry in record.entries {
            let type = fields.first { $0.key == entry.key }?.type ?? .any
            walk(entry.value, type: type, visit)
        }
    }

    private static func walk(_ value: Value, type: FieldType, _ visit: (String, Locate) -> Void) {
        if case .publicPhone = type { return }
        switch value.content {
        case .string(let text):
            visit(text, locator(value.mark, text))
        case .list(let items):
            let inner: FieldType
            if case .list(let t, _) = type { inner = t } else { inner = .any }
            items.forEach { walk($0, type: inner, visit) }
        case .record(let record):
            switch type {
            case .object(let fields): walk(record, fields: fields, visit)
            case .map(let inner): record.entries.forEach { walk($0.value, type: inner, visit) }
            default: walk(record, fields: [], visit)
            }
        case .raw(let node):
            raw(node, visit)
        default:
            break
        }
    }

    private static func raw(_ node: YAMLNode, _ visit: (String, Locate) -> Void) {
        switch node.content {
        case .scalar(let text, let style):
            let shift = style == .singleQuoted || style == .doubleQuoted ? 1 : 0
            visit(
                text,
                { offset in
                    text.contains("\n")
                        ? node.mark : Mark(line: node.mark.line, column: node.mark.column + shift + offset)
                })
        case .sequence(let items): items.forEach { raw($0, visit) }
        case .mapping(let pairs): pairs.forEach { raw($0.value, visit) }
        }
    }

    /// Single-line values point at the digits themselves; multi-line ones at the value.
    private static func locator(_ mark: Mark, _ text: String) -> Locate {
        { offset in text.contains("\n") ? mark : Mark(line: mark.line, column: mark.column + offset) }
    }
}

// MARK: - Messages of these rules, in every locale

package struct ResidentIDMessage: RuleMessage {
    package var masked: String

    package func text(_ l: Localizer) -> String {
        return l.t("发现未隐去的身份证号 {masked}；请只保留前 6 位和后 4 位，中间用 * 代替", masked)
    }
}

package struct MobileNumberMessage: RuleMessage {
    package var masked: String

    package func text(_ l: Localizer) -> String {
        return l.t("发现未隐去的手机号 {masked}；请写成 138****5678，公开电话请写在 hotline 或 contact.phone 中", masked)
    }
}

package struct BankCardMessage: RuleMessage {
    package var masked: String

    package func text(_ l: Localizer) -> String {
        return l.t("发现未隐去的银行卡号 {masked}；请只保留后 4 位", masked)
    }
}
