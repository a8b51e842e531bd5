/// 大写金额 as 会计基础工作规范 (Art. 52) and 支付结算办法 write it:
/// 壹拾 for a leading ten, one 零 for a run of zeros, 整 after 元, none after 角 or 分.
extension Money {
    private static let digits: [Character] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]
    private static let smallUnits = ["", "拾", "佰", "仟"]
    private static let groupUnits = ["", "万", "亿", "万亿"]

    public var inWords: String {
        let magnitude = fen.magnitude
        let yuan = magnitude / 100
        let jiao = Int(magnitude / 10 % 10)
        let fenDigit = Int(magnitude % 10)
        var out = fen < 0 ? "负" : ""

        if yuan > 0 {
            out += Money.integerInWords(yuan) + "元"
        }
        if jiao == 0 && fenDigit == 0 {
            return yuan == 0 ? out + "零元整" : out + "整"
        }
        if jiao > 0 {
            if yuan > 0 && yuan % 10 == 0 { out += "零" }
            out.append(Money.digits[jiao])
            out += "角"
        } else if yuan > 0 {
            out += "零"
        }
        if fenDigit > 0 {
            out.append(Money.digits[fenDigit])
            out += "分"
        }
        return out
    }

    private static func integerInWords(_ value: UInt64) -> String {
        let text = Array(String(value))
        var out = ""
        var pendingZero = false
        var groupHasDigit = false
        for (index, ch) in text.enumerated() {
            let position = text.count - 1 - index
            let digit = Int(String(ch))!
            let unit = position % 4
            if digit == 0 {
                if !out.isEmpty { pendingZero = true }
            } else {
                if pendingZero { out += "零" }
                pendingZero = false
                out.append(digits[digit])
                out += smallUnits[unit]
                groupHasDigit = true
            }
            if unit == 0 {
                if groupHasDigit { out += groupUnits[min(position / 4, groupUnits.count - 1)] }
                groupHasDigit = false
            }
        }
        return out
    }
}
