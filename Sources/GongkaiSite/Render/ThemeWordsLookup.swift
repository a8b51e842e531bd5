import GongkaiContent
import GongkaiCore

extension ThemeWords {
    package init(_ words: Localizer) {
        self.init(lang: words.locale.htmlLang, speechLang: words.speechLang)
    }

    package func t(_ key: String) -> String {
        Localizer(locale: SiteLocale(rawValue: lang) ?? .zhHans).t(key)
    }
}

extension LoadedSite {
    /// The site's locale (gongkai.yaml `locale`), for every word a page shows.
    package var words: Localizer { Localizer(locale: config.locale) }
}
