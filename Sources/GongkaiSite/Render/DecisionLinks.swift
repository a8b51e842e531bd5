import GongkaiContent
import GongkaiCore

/// The links between a notice and the 四议两公开 record it cites (`decision`): the notice links
/// its decision, and a decision's page lists every published notice that cites it, so a villager
/// reading the vote sees the dividend it approved.
package struct DecisionLinks {
    package let buildDate: CalendarDate
    package let words: Localizer
    /// The village's decisions by slug, and the published notices citing each: read once per
    /// village, not once per notice.
    private let decisions: [String: Document]
    private let citing: [String: [Document]]

    package init(village: CheckedVillage, buildDate: CalendarDate, words: Localizer) {
        self.buildDate = buildDate
        self.words = words
        decisions = DecisionLinkRules.decisions(village)
        var found: [String: [Document]] = [:]
        if !decisions.isEmpty {
            for document in village.documents where document.isPublished(on: buildDate) {
                for slug in Set(DecisionLinkRules.references(document).map(\.slug)) {
                    found[slug, default: []].append(document)
                }
            }
        }
        citing = found
    }

    /// What a notice's links add to its page's cache key.
    package static func key(_ lists: [LinkList]) -> String {
        lists.flatMap { [$0.label] + $0.items.flatMap { [$0.href, $0.text] } }.joined(separator: "\u{1F}")
    }

    package func links(of document: Document) -> [LinkList] {
        let root = SitePaths.root(forFolder: document.outputFolder)
        func link(_ d: Document) -> Link {
            Link(href: SitePaths.href(root: root, folder: d.outputFolder), text: d.title)
        }
        var lists: [LinkList] = []
        // Most notices cite nothing and are no decision: they cost one look at their own fields.
        let slugs = Set(DecisionLinkRules.references(document).map(\.slug)).sorted()
        guard !slugs.isEmpty || document.kind.id == .affairsDecision else { return [] }
        let cited = slugs.compactMap { decisions[$0] }.filter { $0.isPublished(on: buildDate) }
        if !cited.isEmpty { lists.append(LinkList(label: words.t("所依据的决议"), items: cited.map(link))) }
        if document.kind.id == .affairsLevy { lists += levyStages(of: document, decisions: slugs, link: link) }
        if document.kind.id == .affairsDecision, let citers = citing[document.slug], !citers.isEmpty {
            let newest = citers.sorted { ($0.published, $0.path) > ($1.published, $1.path) }
            lists.append(LinkList(label: words.t("依据本决议公开的事项"), items: newest.map(link)))
        }
        return lists
    }

    /// A levy's settlement beside its plan: each links the other stage under the same decision,
    /// with the figures a villager compares (per person and raised; spent and balance).
    private func levyStages(of levy: Document, decisions: [String], link: (Document) -> Link) -> [LinkList] {
        let stage = levy.data.string("stage")
        let others = decisions.flatMap { citing[$0] ?? [] }.filter {
            $0.kind.id == .affairsLevy && $0.path != levy.path && $0.data.string("stage") != stage
        }
        guard !others.isEmpty else { return [] }
        let items = others.sorted { ($0.published, $0.path) < ($1.published, $1.path) }.map { other in
            var item = link(other)
            let money = { (key: String) in other.data.money(key).map(words.money) ?? "—" }
            let spent = LevyFigures.spent(other) ?? .zero
            item.text +=
                other.data.string("stage") == "结算"
                ? words.t("（支出 {spent}，结余 {money}）", words.money(spent), money("balance"))
                : words.t("（每人 {perPerson}，筹资 {total}）", money("per_person"), money("raised"))
            return item
        }
        return [LinkList(label: stage == "结算" ? words.t("筹资方案") : words.t("结算公示"), items: items)]
    }
}
