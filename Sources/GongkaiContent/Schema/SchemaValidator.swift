import GongkaiCore

/// Checks YAML nodes against field declarations and turns them into typed values,
/// reporting every problem it meets (GK-S002, S003, S004) and going on.
package struct SchemaValidator {
    package init(reporter: FileReporter) {
        self.reporter = reporter
    }

    package let reporter: FileReporter

    /// Validates a mapping against `fields`; `nil` nodes and nulls count as empty mappings.
    package func record(_ node: YAMLNode?, fields: [FieldSpec], at fallback: Mark = .start) -> Record {
        guard let node, !node.isNull else {
            reportMissing(fields: fields, present: Array(repeating: false, count: fields.count), at: fallback)
            return Record(mark: fallback)
        }
        guard let pairs = node.pairs else {
            reporter.report(.s004, at: node.mark, .notAMapping)
            return Record(mark: node.mark)
        }
        var record = Record(mark: node.mark)
        var present = [Bool](repeating: false, count: fields.count)
        var unknown = 0
        for pair in pairs {
            let key = pair.key.scalar?.text ?? ""
            guard let index = fields.firstIndex(where: { $0.key == key }) else {
                // Suggestions only for the unknown fields that will be listed one by one.
                unknown += 1
                let suggestion =
                    unknown <= DiagnosticCollector.listedPerFileAndCode ? nearest(key, in: fields.map(\.key)) : nil
                reporter.report(.s003, at: pair.key.mark, .unknownField(key: key, suggestion: suggestion))
                continue
            }
            present[index] = true
            if pair.value.isNull {
                if fields[index].required {
                    reporter.report(
                        .s002, at: pair.key.mark, .missingField(key: fields[index].key, label: fields[index].label))
                }
                continue
            }
            if let value = self.value(pair.value, spec: fields[index]) {
                record.entries.append(Record.Entry(key: key, keyMark: pair.key.mark, value: value))
            }
        }
        reportMissing(fields: fields, present: present, at: node.mark)
        return record
    }

    /// `present`: for each field, whether the mapping has its key.
    private func reportMissing(fields: [FieldSpec], present: [Bool], at mark: Mark) {
        for (index, spec) in fields.enumerated() where spec.required && !present[index] {
            reporter.report(.s002, at: mark, .missingField(key: spec.key, label: spec.label))
        }
    }

    /// The typed value of `node`, or nil after reporting why it is wrong.
    package func value(_ node: YAMLNode, spec: FieldSpec) -> Value? {
        func bad(_ expected: Expectation) -> Value? {
            let shown = node.scalar?.text ?? ""
            reporter.report(
                .s004, at: node.mark,
                .badValue(key: spec.key, label: spec.label, value: shown, expected: expected))
            return nil
        }
        func make(_ content: Value.Content) -> Value { Value(content: content, mark: node.mark) }

        switch spec.type {
        case .any:
            return make(.raw(node))
        case .list(let inner, let nonEmpty):
            guard let items = node.items else { return bad(.list) }
            if nonEmpty && items.isEmpty { return bad(.nonEmptyList) }
            let itemSpec = FieldSpec(spec.key, spec.label, inner)
            let values = items.compactMap { item -> Value? in
                if item.isNull {
                    _ = bad(.string)
                    return nil
                }
                return value(item, spec: itemSpec)
            }
            return make(.list(values))
        case .object(let fields):
            guard node.pairs != nil else { return bad(.mapping) }
            return make(.record(record(node, fields: fields)))
        case .map(let inner):
            guard let pairs = node.pairs else { return bad(.mapping) }
            var result = Record(mark: node.mark)
            for pair in pairs {
                let key = pair.key.scalar?.text ?? ""
                let entrySpec = FieldSpec(key, spec.label, inner)
                if let v = value(pair.value, spec: entrySpec) {
                    result.entries.append(Record.Entry(key: key, keyMark: pair.key.mark, value: v))
                }
            }
            return make(.record(result))
        default:
            break
        }

        guard let (text, style) = node.scalar else {
            return bad(expectation(for: spec.type))
        }
        switch spec.type {
        case .string(let maxLength):
            if let maxLength, text.isEmpty || text.count > maxLength { return bad(.text(maxLength: maxLength)) }
            return make(.string(text))
        case .text:
            return make(.string(text))
        case .name, .publicPhone:
            let trimmed = text.trimmingASCIIWhitespace()
            return trimmed.isEmpty ? bad(.string) : make(.string(trimmed))
        case .int(let minimum, let maximum):
            guard style.isPlain, !text.isEmpty,
                text.allSatisfy(\.isASCIIDigit)
                    || (text.first == "-" && text.dropFirst().allSatisfy(\.isASCIIDigit) && text.count > 1),
                let n = Int(text), n >= minimum, n <= maximum
            else { return bad(.integer(minimum: minimum, maximum: maximum)) }
            return make(.int(n))
        case .number(let positive):
            guard style.isPlain, let n = DecimalNumber(text) else { return bad(.number) }
            if positive && n.units == 0 { return bad(.numberPositive) }
            return make(.number(n))
        case .bool:
            guard style.isPlain, text == "true" || text == "false" else { return bad(.bool) }
            return make(.bool(text == "true"))
        case .date:
            guard let d = CalendarDate(iso: text) else { return bad(.date) }
            return make(.date(d))
        case .month:
            guard let m = Month(iso: text) else { return bad(.month) }
            return make(.month(m))
        case .period(let allowed):
            guard let p = Period(iso: text), allowed.contains(p.granularity) else { return bad(.period(allowed)) }
            return make(.period(p))
        case .money(let negative, let positive):
            switch Money.parse(text, allowNegative: negative) {
            case .success(let m):
                if positive && m.fen <= 0 { return bad(.moneyPositive) }
                return make(.money(m))
            case .failure(.tooManyDecimals): return bad(.moneyDecimals)
            case .failure(.negativeNotAllowed): return bad(.moneyNonNegative)
            case .failure: return bad(.money)
            }
        case .choice(let options):
            guard options.contains(text) else { return bad(.choice(options)) }
            return make(.string(text))
        case .url:
            let lower = text.lowercased()
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), text.hasSuffix("/"),
                text.count > 9, !text.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" })
            else { return bad(.url) }
            return make(.string(text))
        case .locale:
            guard SiteLocale(rawValue: text) != nil else { return bad(.locale) }
            return make(.string(text))
        case .kindID:
            guard KindRegistry.kind(text) != nil else {
                reporter.report(
                    .s007, at: node.mark,
                    .unknownKind(value: text, suggestion: nearest(text, in: KindRegistry.all.map(\.id.rawValue))))
                return nil
            }
            return make(.string(text))
        case .list, .object, .map, .any:
            return nil
        }
    }

    private func expectation(for type: FieldType) -> Expectation {
        switch type {
        case .string(let max): return max.map { .text(maxLength: $0) } ?? .string
        case .text, .name, .publicPhone: return .string
        case .int(let minimum, let maximum): return .integer(minimum: minimum, maximum: maximum)
        case .number: return .number
        case .bool: return .bool
        case .date: return .date
        case .month: return .month
        case .period(let allowed): return .period(allowed)
        case .money: return .money
        case .choice(let options): return .choice(options)
        case .list: return .list
        case .object, .map, .any: return .mapping
        case .url: return .url
        case .locale: return .locale
        case .kindID: return .string
        }
    }
}

/// The closest candidate by edit distance, when it is close enough to be a likely typo.
package func nearest(_ word: String, in candidates: [String]) -> String? {
    let scored = candidates.map { ($0, editDistance(word, $0)) }
    guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else { return nil }
    return best.1 <= max(2, word.count / 3) ? best.0 : nil
}

package func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
