/// An amount of 元 held as integer 分, read from the scalar's own text, never through a float.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var fen: Int64

    public init(fen: Int64) { self.fen = fen }

    public static let zero = Money(fen: 0)

    public enum ParseFailure: Error, Equatable {
        case notANumber
        case tooManyDecimals
        case negativeNotAllowed
        case tooLarge
    }

    /// Parses `1200`, `1200.5`, `1,200.50`, and `-35.20` when negatives are allowed.
    public static func parse(_ raw: String, allowNegative: Bool = false) -> Result<Money, ParseFailure> {
        var text = Substring(raw.trimmingASCIIWhitespace())
        var negative = false
        if text.first == "-" {
            negative = true
            text = text.dropFirst()
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let integerPart = parts.first, !integerPart.isEmpty else {
            return .failure(.notANumber)
        }
        guard isGroupedInteger(integerPart) else { return .failure(.notANumber) }
        var fraction: Substring = ""
        if parts.count == 2 {
            fraction = parts[1]
            guard !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else {
                return .failure(.notANumber)
            }
            guard fraction.count <= 2 else { return .failure(.tooManyDecimals) }
        }
        let digits = integerPart.filter { $0 != "," }
        guard digits.count <= 15, let yuan = Int64(digits) else { return .failure(.tooLarge) }
        let cents = Int64(fraction.isEmpty ? 0 : Int(fraction + String(repeating: "0", count: 2 - fraction.count))!)
        var fen = yuan * 100 + cents
        if negative {
            guard allowNegative else { return .failure(.negativeNotAllowed) }
            fen = -fen
        }
        return .success(Money(fen: fen))
    }

    /// Digits, with commas only between complete groups of three.
    private static func isGroupedInteger(_ s: Substring) -> Bool {
        guard s.allSatisfy({ $0.isASCIIDigit || $0 == "," }) else { return false }
        guard s.contains(",") else { return true }
        let groups = s.split(separator: ",", omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// `211,512.80`
    public var formatted: String {
        let magnitude = fen.magnitude
        let yuan = String(magnitude / 100)
        var grouped = ""
        for (i, ch) in yuan.enumerated() {
            if i > 0 && (yuan.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        return (fen < 0 ? "-" : "") + grouped + "." + pad(Int(magnitude % 100), 2)
    }

    /// `211512.80`: for data files.
    public var plain: String {
        let magnitude = fen.magnitude
        return (fen < 0 ? "-" : "") + String(magnitude / 100) + "." + pad(Int(magnitude % 100), 2)
    }

    public var description: String { formatted }

    public static func + (a: Money, b: Money) -> Money { Money(fen: a.fen + b.fen) }
    public static func - (a: Money, b: Money) -> Money { Money(fen: a.fen - b.fen) }
    public static func < (a: Money, b: Money) -> Bool { a.fen < b.fen }
}

extension Sequence where Element == Money {
    public func sum() -> Money { reduce(.zero, +) }
}

extension String {
    func trimmingASCIIWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !" \t\r\n".unicodeScalars.contains($0) }) else {
            return ""
        }
        let end = scalars.lastIndex(where: { !" \t\r\n".unicodeScalars.contains($0) })!
        return String(scalars[start...end])
    }
}
