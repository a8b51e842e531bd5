import Foundation

extension SiteRenderer {
    /// `search/`: the index files and the page that reads them.
    func renderSearch(_ villages: [VillageDigest], records: [String: Data]) throws {
        let parsed = parallelMap(records.keys.sorted()) { SearchRecords.parse(records[$0]!) }
        let written = try SearchIndex.write(parsed, into: output, words: words)
        let folder = "search"
        let title = words.t("搜索")
        let page = chrome(folder: folder, title: title, crumbs: [(folder, title)])
        let model = SearchPage(
            chrome: page, ui: ThemeWords(words),
            villages: villages.map { village in
                SearchVillage(
                    name: village.profile!.name,
                    categories: Category.allCases.map { category in
                        Link(
                            href: SitePaths.href(root: page.root, folder: SitePaths.category(village.id, category)),
                            text: words.t(category.label))
                    })
            },
            documentCount: written.documents, shardCount: written.shards, chunkSize: SearchIndex.chunkSize,
            version: written.version)
        try output.write(try theme.renderBytes(model, template: "search"), to: folder + "/index.html")
    }
}
