import GongkaiCore

extension EditorWords {
    package init(_ words: Localizer) {
        self.init(lang: words.locale.htmlLang)
    }

    package func t(_ key: String) -> String {
        Localizer(locale: SiteLocale(rawValue: lang) ?? .zhHans).t(key)
    }
}
