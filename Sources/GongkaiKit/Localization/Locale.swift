/// The language of interface text and messages (gongkai.yaml `locale`).
public enum SiteLocale: String, Sendable, CaseIterable {
    case zhHans = "zh-Hans"
    case zhHant = "zh-Hant"
    case en = "en"

    /// The HTML `lang` attribute.
    public var htmlLang: String {
        switch self {
        case .zhHans: return "zh-CN"
        case .zhHant: return "zh-TW"
        case .en: return "en"
        }
    }
}

/// Words every message and page uses, in each locale.
public struct Localizer: Sendable {
    public let locale: SiteLocale

    public init(locale: SiteLocale) { self.locale = locale }

    /// Picks the text for this locale.
    func pick(_ hans: String, _ hant: String, _ en: String) -> String {
        switch locale {
        case .zhHans: return hans
        case .zhHant: return hant
        case .en: return en
        }
    }

    func list(_ items: [String]) -> String {
        items.joined(separator: locale == .en ? ", " : "、")
    }

    func quoted(_ s: String) -> String {
        locale == .en ? "'\(s)'" : "“\(s)”"
    }
}
