/// Finds personal numbers in free text: resident ID numbers, mobile numbers, bank cards.
/// Masked values (digits hidden with `*`) never match, because `*` breaks the run of digits.
enum PersonalNumbers {
    enum Kind: Sendable { case residentID, mobile, bankCard }

    struct Finding: Sendable, Equatable {
        var kind: Kind
        /// Offset in characters from the start of the text.
        var offset: Int
        var masked: String
    }

    static func find(in text: String) -> [Finding] {
        // Every number looked for has at least 11 digits; most texts (names, items) have fewer.
        var digits = 0
        for byte in text.utf8 where byte >= 0x30 && byte <= 0x39 { digits += 1 }
        guard digits >= 11 else { return [] }
        let chars = Array(text)
        var findings: [Finding] = []
        var i = 0
        while i < chars.count {
            guard chars[i].isASCIIDigit, i == 0 || !isNumberish(chars[i - 1]) else {
                i += 1
                continue
            }
            // A token: digit groups joined by single spaces or hyphens, maybe ending in X (ID check digit).
            var j = i
            var groups: [String] = []
            var current = ""
            while j < chars.count {
                let c = chars[j]
                if c.isASCIIDigit {
                    current.append(c)
                    j += 1
                } else if (c == "X" || c == "x") && current.count == 17 && (j + 1 == chars.count || !isAlphanumeric(chars[j + 1])) {
                    current.append("X")
                    j += 1
                    break
                } else if (c == " " || c == "-") && !current.isEmpty && j + 1 < chars.count && chars[j + 1].isASCIIDigit {
                    groups.append(current)
                    current = ""
                    j += 1
                } else {
                    break
                }
            }
            if !current.isEmpty { groups.append(current) }
            let followedByMask = j < chars.count && chars[j] == "*"
            if !followedByMask, let kind = classify(groups) {
                let digits = groups.joined()
                findings.append(Finding(kind: kind, offset: i, masked: mask(digits, kind)))
            }
            i = max(j, i + 1)
        }
        return findings
    }

    private static func isAlphanumeric(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber)
    }

    private static func isNumberish(_ c: Character) -> Bool {
        c.isASCIIDigit || c == "*" || (c.isASCII && c.isLetter)
    }

    private static func classify(_ groups: [String]) -> Kind? {
        let digits = groups.joined()
        let plainDigits = !digits.contains("X")
        if groups.count == 1 {
            if digits.count == 18 && isResidentID(digits) { return .residentID }
            if digits.count == 15 && plainDigits && isOldResidentID(digits) { return .residentID }
            if digits.count == 11 && plainDigits && isMobile(digits) { return .mobile }
            if (16...19).contains(digits.count) && plainDigits && luhn(digits) { return .bankCard }
            return nil
        }
        let sizes = groups.map(\.count)
        if sizes == [3, 4, 4] && isMobile(digits) { return .mobile }
        if sizes == [6, 8, 4] && isResidentID(digits) { return .residentID }
        if plainDigits && (16...19).contains(digits.count) && sizes.dropLast().allSatisfy({ $0 == 4 }) && luhn(digits) {
            return .bankCard
        }
        return nil
    }

    static func isMobile(_ d: String) -> Bool {
        let a = Array(d)
        return a.count == 11 && a[0] == "1" && ("3"..."9").contains(a[1])
    }

    /// GB 11643: 17 digits and a check character by ISO 7064 MOD 11-2.
    static func isResidentID(_ d: String) -> Bool {
        let a = Array(d)
        guard a.count == 18, a[0..<17].allSatisfy(\.isASCIIDigit) else { return false }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(a[0..<17], weights).reduce(0) { $0 + Int(String($1.0))! * $1.1 }
        let check = Array("10X98765432")[sum % 11]
        return a[17] == check
    }

    /// The 15-digit form (before 1999): 6-digit area, YYMMDD birth date, 3-digit sequence.
    static func isOldResidentID(_ d: String) -> Bool {
        let a = Array(d)
        guard a.count == 15, let yy = Int(String(a[6..<8])), let mm = Int(String(a[8..<10])), let dd = Int(String(a[10..<12])) else {
            return false
        }
        return CalendarDate(year: 1900 + yy, month: mm, day: dd) != nil
    }

    static func luhn(_ d: String) -> Bool {
        var sum = 0
        for (i, c) in d.reversed().enumerated() {
            guard var n = Int(String(c)) else { return false }
            if i % 2 == 1 {
                n *= 2
                if n > 9 { n -= 9 }
            }
            sum += n
        }
        return sum % 10 == 0
    }

    static func mask(_ digits: String, _ kind: Kind) -> String {
        let a = Array(digits)
        switch kind {
        case .residentID: return String(a.prefix(6)) + String(repeating: "*", count: a.count - 10) + String(a.suffix(4))
        case .mobile: return String(a.prefix(3)) + "****" + String(a.suffix(4))
        case .bankCard: return String(a.prefix(4)) + String(repeating: "*", count: a.count - 8) + String(a.suffix(4))
        }
    }
}
