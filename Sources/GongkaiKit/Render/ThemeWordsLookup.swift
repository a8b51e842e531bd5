extension ThemeWords {
    init(_ words: Localizer) {
        self.init(lang: words.locale.htmlLang, speechLang: words.speechLang)
    }

    func t(_ key: String) -> String {
        Localizer(locale: SiteLocale(rawValue: lang) ?? .zhHans).t(key)
    }
}

extension LoadedSite {
    /// The site's locale (gongkai.yaml `locale`), for every word a page shows.
    var words: Localizer { Localizer(locale: config.locale) }
}
