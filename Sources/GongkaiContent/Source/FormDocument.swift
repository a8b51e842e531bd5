import GongkaiCore

/// A form post read as a document (for the editor, spec §11): the posted fields become the YAML
/// node tree a file would have, typed afterwards by the same `SchemaValidator` and checked by the
/// same rules. Each value stands on a line of its own, so the line of any diagnostic names the
/// form field it is about (`field(atLine:)`).
///
/// Field names follow the kind's fields: `title`; `reviewed.date` inside an object; a list of
/// text as the same name repeated (`reviewed.by`); a table's cells as `income.3.amount` (rows in
/// the order of their numbers, rows left blank dropped); a map's entries as `scores.党建`.
package struct FormDocument {
    package let node: YAMLNode
    private let fieldsByLine: [Int: String]
    /// The last line the fields took; a Markdown body is counted from the line after it.
    package let lastLine: Int

    /// The form field a diagnostic at this line is about.
    package func field(atLine line: Int) -> String? { fieldsByLine[line] }

    package init(_ posted: [(name: String, value: String)], fields: [FieldSpec]) {
        var builder = Builder(posted: posted)
        node =
            builder.mapping(fields, prefix: "", mark: Mark(line: 1, column: 1)) ?? YAMLNode(.mapping([]), mark: .start)
        fieldsByLine = builder.fieldsByLine
        lastLine = builder.line
    }

    package init(_ fields: [FormField], specs: [FieldSpec]) {
        self.init(fields.map { ($0.name, $0.value) }, fields: specs)
    }

    private struct Builder {
        /// Posted values by name, in the order posted.
        package var values: [String: [String]] = [:]
        package var names: [String] = []
        var fieldsByLine: [Int: String] = [:]
        package var line = 1

        package init(posted: [(name: String, value: String)]) {
            for (name, value) in posted {
                if values[name] == nil { names.append(name) }
                values[name, default: []].append(value)
            }
        }

        /// The next line, standing for form field `name`.
        package mutating func mark(for name: String) -> Mark {
            line += 1
            fieldsByLine[line] = name
            return Mark(line: line, column: 1)
        }

        package func scalar(_ text: String, _ type: FieldType, _ mark: Mark) -> YAMLNode {
            switch type {
            case .string, .text, .name, .publicPhone, .choice, .url, .locale, .kindID:
                // Quoted, so text such as `null` stays text; other types are read from plain text.
                return YAMLNode(.scalar(text, .doubleQuoted), mark: mark)
            default:
                return YAMLNode(.scalar(text, .plain), mark: mark)
            }
        }

        /// The fields present under `prefix`; nil when none is.
        package mutating func mapping(_ fields: [FieldSpec], prefix: String, mark: Mark) -> YAMLNode? {
            var pairs: [YAMLPair] = []
            for spec in fields {
                let name = prefix + spec.key
                guard let value = self.value(spec, name: name) else { continue }
                let keyMark = value.mark
                pairs.append(YAMLPair(key: YAMLNode(.scalar(spec.key, .plain), mark: keyMark), value: value))
            }
            return pairs.isEmpty ? nil : YAMLNode(.mapping(pairs), mark: mark)
        }

        /// A field's node, or nil when the form left it out or blank. A blank required field is
        /// kept as an empty value, so "missing" is reported on its own line.
        package mutating func value(_ spec: FieldSpec, name: String) -> YAMLNode? {
            switch spec.type {
            case .list(.object(let inner), let nonEmpty):
                let rowPrefix = name + "."
                let rows = Set(
                    names.compactMap { key -> Int? in
                        guard key.hasPrefix(rowPrefix) else { return nil }
                        return Int(key.dropFirst(rowPrefix.count).prefix { $0 != "." })
                    }
                ).sorted()
                let listMark = mark(for: name)
                var items: [YAMLNode] = []
                for row in rows {
                    let rowName = rowPrefix + String(row)
                    // A row left blank (the form's spare row) is no row at all.
                    let cells = names.filter { $0.hasPrefix(rowName + ".") }.flatMap { values[$0] ?? [] }
                    guard cells.contains(where: { !$0.trimmingASCIIWhitespace().isEmpty }) else { continue }
                    let rowMark = mark(for: rowName)
                    if let item = mapping(inner, prefix: rowName + ".", mark: rowMark) { items.append(item) }
                }
                // A required table that may be empty (a month without expenses) is `[]`, not missing.
                if items.isEmpty, spec.required, !nonEmpty { return YAMLNode(.sequence([]), mark: listMark) }
                if items.isEmpty { return spec.required ? YAMLNode(.scalar("", .plain), mark: listMark) : nil }
                return YAMLNode(.sequence(items), mark: listMark)
            case .list(let element, _):
                let texts = (values[name] ?? []).filter { !$0.trimmingASCIIWhitespace().isEmpty }
                let listMark = mark(for: name)
                if texts.isEmpty { return spec.required ? YAMLNode(.scalar("", .plain), mark: listMark) : nil }
                return YAMLNode(.sequence(texts.map { scalar($0, element, listMark) }), mark: listMark)
            case .object(let inner):
                let objectMark = mark(for: name)
                // An object whose every field is blank (a review not yet done) is left out whole.
                let filled = names.contains { key in
                    key.hasPrefix(name + ".") && (values[key] ?? []).contains { !$0.trimmingASCIIWhitespace().isEmpty }
                }
                if filled, let node = mapping(inner, prefix: name + ".", mark: objectMark) { return node }
                return spec.required ? YAMLNode(.scalar("", .plain), mark: objectMark) : nil
            case .map(let element):
                let entryPrefix = name + "."
                var pairs: [YAMLPair] = []
                for key in names where key.hasPrefix(entryPrefix) {
                    guard let text = values[key]?.last, !text.isEmpty else { continue }
                    let entryMark = mark(for: key)
                    pairs.append(
                        YAMLPair(
                            key: YAMLNode(
                                .scalar(String(key.dropFirst(entryPrefix.count)), .doubleQuoted), mark: entryMark),
                            value: scalar(text, element, entryMark)))
                }
                return pairs.isEmpty ? nil : YAMLNode(.mapping(pairs), mark: mark(for: name))
            case .any:
                return nil
            default:
                guard let text = values[name]?.last else { return nil }
                let valueMark = mark(for: name)
                if text.trimmingASCIIWhitespace().isEmpty {
                    return spec.required ? YAMLNode(.scalar("", .plain), mark: valueMark) : nil
                }
                return scalar(text, spec.type, valueMark)
            }
        }
    }
}
