import GongkaiCore

/// Finds personal numbers in free text: resident ID numbers, mobile numbers, bank cards —
/// in every form people type them (spec §3.2): ASCII or full-width digits, grouped with spaces,
/// hyphens or dots (or their full-width forms), mobile numbers after a country code.
/// Masked values (digits hidden with `*` or `＊`) never match: a mask touching a number hides it.
package enum PersonalNumbers {
    package enum Kind: Sendable { case residentID, mobile, bankCard }

    package struct Finding: Sendable, Equatable {
        package var kind: Kind
        /// Offset in Unicode scalars from the start of the text.
        package var offset: Int
        package var masked: String
    }

    /// A number as typed: its digits as ASCII bytes (`X` for an ID's check character), and
    /// where each group of them starts and ends in `digits` and in the text.
    private struct Token {
        package var digits: [UInt8] = []
        package var groups: [(offset: Int, start: Int, end: Int)] = []

        package func size(_ group: Int) -> Int { groups[group].end - groups[group].start }
        package func digits(_ first: Int, _ last: Int) -> ArraySlice<UInt8> {
            digits[groups[first].start..<groups[last].end]
        }
    }

    /// The longest number looked at: a 19-digit card, or `0086` and an 11-digit mobile.
    private static let longestSpan = 19
    /// No kind is written in more groups than a card's 4-4-4-4-3 or a mobile after a country
    /// code; a run of short groups (a list of ages) never forms a span worth classifying.
    private static let mostGroups = 5

    package static func find(in text: String) -> [Finding] {
        guard mayHoldNumber(text) else { return [] }
        let scalars = Array(text.unicodeScalars)
        var findings: [Finding] = []
        var i = 0
        while i < scalars.count {
            guard digit(scalars[i]) != nil, i == 0 || !continuesNumber(scalars[i - 1]) else {
                i += 1
                continue
            }
            let (number, end) = token(scalars, from: i)
            defer { i = max(end, i + 1) }
            let before = i > 0 ? scalars[i - 1] : nil
            let after = end < scalars.count ? scalars[end] : nil
            if let after, isMask(after) || isLetter(after) { continue }
            let afterLetter = before.map(isLetter) ?? false
            findings += classifySpans(number, afterLetter: afterLetter)
        }
        return findings
    }

    /// Every number looked for has at least 11 digits; most texts (names, items) have fewer.
    /// Counts ASCII digits and full-width ones (UTF-8 EF BC 90…99) over the bytes.
    static func mayHoldNumber(_ text: String) -> Bool {
        var digits = 0
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if (byte >= 0x30 && byte <= 0x39) || (previous == (0xEF, 0xBC) && byte >= 0x90 && byte <= 0x99) {
                digits += 1
                if digits >= 11 { return true }
            }
            previous = (previous.1, byte)
        }
        return false
    }

    /// Digit groups joined by single separators, from `start`; the index after the token.
    private static func token(_ s: [Unicode.Scalar], from start: Int) -> (Token, Int) {
        var token = Token()
        var groupStart = (offset: start, start: 0)
        var j = start
        while j < s.count {
            if let d = digit(s[j]) {
                token.digits.append(d)
                j += 1
            } else if isCheckX(s[j]) && token.digits.count >= 17 && !(j + 1 < s.count && isLetter(s[j + 1])) {
                // An ID's check character ends the number.
                token.digits.append(UInt8(ascii: "X"))
                j += 1
                break
            } else if isSeparator(s[j]) && j + 1 < s.count && digit(s[j + 1]) != nil {
                token.groups.append((groupStart.offset, groupStart.start, token.digits.count))
                groupStart = (j + 1, token.digits.count)
                j += 1
            } else {
                break
            }
        }
        token.groups.append((groupStart.offset, groupStart.start, token.digits.count))
        return (token, j)
    }

    /// Tries every run of whole groups, longest first from each start, so a number grouped
    /// with its neighbours (`2026 13812345678`) is still found; matches do not overlap.
    /// A one-digit group can only end a number, so a run of them costs constant time each.
    private static func classifySpans(_ token: Token, afterLetter: Bool) -> [Finding] {
        var findings: [Finding] = []
        let groups = token.groups.count
        var first = 0
        while first < groups {
            var last = first
            var count = token.size(first)
            while last + 1 < groups && last - first + 1 < mostGroups && token.size(last) > 1
                && count + token.size(last + 1) <= longestSpan
            {
                last += 1
                count += token.size(last)
            }
            var matched = false
            while last >= first {
                defer {
                    count -= token.size(last)
                    last -= 1
                }
                guard count >= 11 && count != 12 && count != 14 && count <= longestSpan else { continue }
                if let (kind, number) = classify(token, first, last, afterLetter: afterLetter && first == 0) {
                    findings.append(Finding(kind: kind, offset: token.groups[first].offset, masked: mask(number, kind)))
                    first = last + 1
                    matched = true
                    break
                }
            }
            if !matched { first += 1 }
        }
        return findings
    }

    /// What a run of groups is, if personal, and the number itself without a country code.
    /// Each kind has the groupings people use for it, so a list of small numbers or dates never
    /// joins into a false match. Shapes are checked before digits, and nothing is copied until
    /// a number is found: a hostile run of groups costs little per group.
    private static func classify(_ token: Token, _ first: Int, _ last: Int, afterLetter: Bool) -> (Kind, [UInt8])? {
        let d = token.digits(first, last)
        let plain = d.last != UInt8(ascii: "X")
        let single = first == last
        func allGroups(_ test: (Int) -> Bool) -> Bool { (first...last).allSatisfy { test(token.size($0)) } }
        /// Groups `from...last` as a mobile number is grouped: 13812345678, 138 1234 5678, 1381 234 5678 …
        func mobileGrouping(from start: Int) -> Bool {
            start <= last
                && (start == last
                    || (last - start < 4 && (start...last).allSatisfy { (3...8).contains(token.size($0)) }))
        }
        switch d.count {
        case 18 where allGroups({ $0 >= 2 }) && isResidentID(d):
            return (.residentID, Array(d))
        case 15
        where plain && d.starts(with: "0086".utf8) && isMobile(d.dropFirst(4))
            && (single || (token.size(first) == 4 && mobileGrouping(from: first + 1))):
            return (.mobile, Array(d.dropFirst(4)))
        case 15 where plain && allGroups({ $0 >= 2 }) && isOldResidentID(d):
            return (.residentID, Array(d))
        case 11 where plain && mobileGrouping(from: first) && isMobile(d):
            return (.mobile, Array(d))
        case 13
        where plain && d.starts(with: "86".utf8) && isMobile(d.dropFirst(2))
            && (single || (token.size(first) == 2 && mobileGrouping(from: first + 1))):
            return (.mobile, Array(d.dropFirst(2)))
        case 16...19 where plain && !afterLetter && isCardGrouping(token, first, last) && luhn(d):
            return (.bankCard, Array(d))
        default:
            return nil
        }
    }

    /// 6222021234567890128, 6222 0212 3456 7890 128, 622202 1234567890128.
    private static func isCardGrouping(_ token: Token, _ first: Int, _ last: Int) -> Bool {
        first == last || (last - first == 1 && token.size(first) == 6)
            || ((first..<last).allSatisfy { token.size($0) == 4 } && token.size(last) <= 4)
    }

    // MARK: - Characters

    /// The ASCII digit for an ASCII or full-width digit.
    private static func digit(_ c: Unicode.Scalar) -> UInt8? {
        switch c.value {
        case 0x30...0x39: return UInt8(c.value)
        case 0xFF10...0xFF19: return UInt8(c.value - 0xFF10 + 0x30)
        default: return nil
        }
    }

    private static func isMask(_ c: Unicode.Scalar) -> Bool { c == "*" || c == "＊" }

    private static func isCheckX(_ c: Unicode.Scalar) -> Bool { c == "X" || c == "x" || c == "Ｘ" || c == "ｘ" }

    /// Spaces, hyphens and dots in their ASCII and full-width forms, and the dashes people type.
    private static func isSeparator(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20, 0x2D, 0x2E, 0x3000, 0xFF0D, 0xFF0E, 0x2010, 0x2011, 0x2012, 0x2013, 0x00A0: return true
        default: return false
        }
    }

    /// ASCII and full-width Latin letters: a number glued to them is part of a code.
    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x41...0x5A, 0x61...0x7A, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return true
        default: return false
        }
    }

    /// A digit or a mask right before a digit means it is not where a number starts.
    private static func continuesNumber(_ c: Unicode.Scalar) -> Bool {
        digit(c) != nil || isMask(c)
    }

    // MARK: - Checks

    static func isMobile(_ d: ArraySlice<UInt8>) -> Bool {
        d.count == 11 && d.first == UInt8(ascii: "1")
            && (UInt8(ascii: "3")...UInt8(ascii: "9")).contains(d[d.startIndex + 1])
    }

    /// GB 11643: 6-digit area, a real birth date, 3-digit sequence, and a check character by
    /// ISO 7064 MOD 11-2.
    static func isResidentID(_ d: ArraySlice<UInt8>) -> Bool {
        let s = d.startIndex
        guard d.count == 18, d[s..<(s + 17)].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        guard let year = number(d[(s + 6)..<(s + 10)]), (1900...2099).contains(year),
            let month = number(d[(s + 10)..<(s + 12)]),
            let day = number(d[(s + 12)..<(s + 14)]), CalendarDate(year: year, month: month, day: day) != nil
        else { return false }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for index in 0..<17 { sum += Int(d[s + index] - 0x30) * weights[index] }
        return d[s + 17] == Array("10X98765432".utf8)[sum % 11]
    }

    /// The 15-digit form (before 1999): 6-digit area, YYMMDD birth date, 3-digit sequence.
    static func isOldResidentID(_ d: ArraySlice<UInt8>) -> Bool {
        let s = d.startIndex
        guard d.count == 15, let yy = number(d[(s + 6)..<(s + 8)]), let mm = number(d[(s + 8)..<(s + 10)]),
            let dd = number(d[(s + 10)..<(s + 12)])
        else { return false }
        return CalendarDate(year: 1900 + yy, month: mm, day: dd) != nil
    }

    static func luhn(_ d: ArraySlice<UInt8>) -> Bool {
        var sum = 0
        for (i, c) in d.reversed().enumerated() {
            guard c >= 0x30 && c <= 0x39 else { return false }
            var n = Int(c - 0x30)
            if i % 2 == 1 {
                n *= 2
                if n > 9 { n -= 9 }
            }
            sum += n
        }
        return sum % 10 == 0
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for d in digits {
            guard d >= 0x30 && d <= 0x39 else { return nil }
            value = value * 10 + Int(d - 0x30)
        }
        return value
    }

    package static func mask(_ digits: [UInt8], _ kind: Kind) -> String {
        let a = String(decoding: digits, as: UTF8.self)
        switch kind {
        case .residentID: return String(a.prefix(6)) + String(repeating: "*", count: a.count - 10) + String(a.suffix(4))
        case .mobile: return String(a.prefix(3)) + "****" + String(a.suffix(4))
        case .bankCard: return String(a.prefix(4)) + String(repeating: "*", count: a.count - 8) + String(a.suffix(4))
        }
    }
}
