import Foundation
import GongkaiContent
import GongkaiCore

extension SiteRenderer {
    /// `search/`: the town's list of village indexes (`lines`: each village's line, written by
    /// this build or kept by the build cache) and the page that reads them.
    func renderSearch(_ villages: [VillageDigest], lines: [String: Data]) throws {
        let written = try SearchIndex.writeTown(lines.values.compactMap(SearchIndex.VillageLine.init), into: output)
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
            documentCount: written.documents, chunkSize: SearchIndex.chunkSize,
            version: written.version)
        try output.write(try theme.renderBytes(model, template: "search"), to: folder + "/index.html")
    }
}
