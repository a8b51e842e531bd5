/// The language of interface text and messages (gongkai.yaml `locale`).
public enum SiteLocale: String, Sendable, CaseIterable {
    case zhHans = "zh-Hans"
    case zhHant = "zh-Hant"
    case en = "en"

    /// The language pages tell browsers and screen readers: the locale's own tag.
    public var htmlLang: String { rawValue }
}

/// Words every message and page uses, in each locale.
public struct Localizer: Sendable {
    public let locale: SiteLocale

    public init(locale: SiteLocale) { self.locale = locale }

    package func list(_ items: [String]) -> String {
        items.joined(separator: locale == .en ? ", " : "、")
    }

    /// A value as a message shows it; a long one is cut, so one bad value cannot flood the output.
    package func quoted(_ s: String) -> String {
        let shown = s.count > 80 ? String(s.prefix(60)) + "…（\(s.count) " + t("字") + "）" : s
        return locale == .en ? "'\(shown)'" : "“\(shown)”"
    }
}
