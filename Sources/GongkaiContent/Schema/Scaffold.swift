import Foundation
import GongkaiCore

/// `gongkai new`: a document with every field of its kind, each with its Chinese label as a
/// comment. Required values are left empty, so `check` names each one until it is filled.
public enum Scaffold {
    public struct Output: Sendable {
        /// Path relative to the site root.
        public var path: String
        public var text: String
    }

    public static func make(kind: Kind, village: String, villageName: String?, period: Period?, today: CalendarDate)
        -> Output
    {
        let slug: String
        if let period {
            slug =
                kind.id == .financeStatement || kind.id == .partyPoints
                ? period.iso : "\(period.iso)-\(kind.id.shortName)"
        } else {
            slug = "\(today.iso)-\(kind.id.shortName)"
        }
        let markdown = kind.hasBody
        let path = "content/\(village)/\(kind.category.rawValue)/\(slug).\(markdown ? "md" : "yaml")"
        var lines: [String] = []
        if !markdown {
            lines.append("# yaml-language-server: $schema=../../../schemas/document.schema.json")
        }
        lines.append("# \(kind.label)（\(kind.id)）：带 * 的为必填项，填好后运行 gongkai check 检查")
        let title = "\(villageName ?? "")\(period?.chinese ?? "")\(kind.label)"
        for spec in kind.allFields {
            switch spec.key {
            case "kind": lines.append("kind: \(kind.id)  # * 类型")
            case "title": lines.append("title: \(title)  # * 标题（1–100 字）")
            case "published": lines.append("published: \(today.iso)  # * 公开日期 YYYY-MM-DD")
            case "period" where period != nil && spec.required:
                lines.append("period: \(period!.iso)  # * 所属期间（\(spec.type.hint)）")
            case "reviewed":
                // Only finance notices are reviewed, and for them the review is required (GK-F105).
                guard kind.isFinance else { continue }
                var reviewed = spec
                reviewed.required = true
                lines += field(reviewed, indent: "")
            default:
                lines += field(spec, indent: "")
            }
        }
        var text = lines.joined(separator: "\n") + "\n"
        if markdown {
            text = "---\n" + text + "---\n\n（在此填写正文，可用 Markdown：段落、列表、表格。）\n"
        }
        return Output(path: path, text: text)
    }

    /// The last period that has ended before `date`, in the finest granularity allowed.
    public static func previousPeriod(before date: CalendarDate, allowed: [Period.Granularity]) -> Period {
        let current: Period
        if allowed.contains(.month) {
            current = .month(Month(date))
        } else if allowed.contains(.quarter) {
            current = .quarter(date.year, (date.month + 2) / 3)
        } else {
            current = .year(date.year)
        }
        return current.previous
    }

    /// The village's name from its village.yaml, for the scaffold's title.
    public static func villageName(at url: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path),
            let text = String(validating: data, as: UTF8.self),
            let root = try? YAMLLoader.load(text.droppingBOM()).get().root
        else { return nil }
        return root.value(forKey: "name")?.scalar?.text
    }

    /// Lines for one field; optional fields (and everything under them) are commented out.
    private static func field(_ spec: FieldSpec, indent: String, commented: Bool = false) -> [String] {
        let off = commented || !spec.required
        let star = spec.required ? "* " : "（可选）"
        func line(_ text: String) -> String { off ? indent + "# " + text : indent + text }
        switch spec.type {
        case .object(let fields):
            return [line("\(spec.key):  # \(star)\(spec.label)")]
                + fields.flatMap {
                    field($0, indent: off ? indent : indent + "  ", commented: off).map {
                        off ? insert("  ", after: indent + "# ", in: $0) : $0
                    }
                }
        case .list(.object(let fields), _):
            var out = [line("\(spec.key):  # \(star)\(spec.label)（每项以 - 开头，可复制多项）")]
            for (i, f) in fields.enumerated() {
                let lead = i == 0 ? "  - " : "    "
                let inner = field(f, indent: "", commented: false).first ?? ""
                if off {
                    out.append(
                        indent + "# " + lead
                            + inner.replacingOccurrences(of: "^# ", with: "", options: .regularExpression))
                } else if inner.hasPrefix("# ") {
                    out.append(indent + "    # " + inner.dropFirst(2))
                } else {
                    out.append(indent + lead + inner)
                }
            }
            return out
        case .list(let inner, _):
            return [line("\(spec.key): []  # \(star)\(spec.label)（\(inner.hint)，如 [甲, 乙]）")]
        case .map(let inner):
            return [line("\(spec.key): {}  # \(star)\(spec.label)（\(inner.hint)，如 {项目: 分数}）")]
        case .any:
            return [indent + "# \(spec.key):  # （可选）\(spec.label)"]
        default:
            return [line("\(spec.key):  # \(star)\(spec.label)（\(spec.type.hint)）")]
        }
    }

    private static func insert(_ text: String, after prefix: String, in line: String) -> String {
        guard line.hasPrefix(prefix) else { return line }
        return prefix + text + line.dropFirst(prefix.count)
    }
}
