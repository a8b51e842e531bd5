import GongkaiCore

/// The sums of a 一事一议 levy, read from its document once: `LevyRules` report where a stated
/// sum differs from what its parts make, and the page shows each sum with its check.
package struct LevyFigures {
    package let perPerson: Money
    package let beneficiaries: Int
    /// Persons exempted, summed over `exemptions`.
    package let exempted: Int
    package let raised: Money
    package let subsidy: Money
    /// Σ spending, nil when a line has no amount (or there is no spending).
    package let spent: Money?

    package init?(_ d: Document) {
        guard let per = d.data.money("per_person"), let beneficiaries = d.data.int("beneficiaries"),
            let raised = d.data.money("raised")
        else { return nil }
        perPerson = per
        self.beneficiaries = beneficiaries
        exempted = d.data.records("exemptions").compactMap { $0.int("persons") }.reduce(0, +)
        self.raised = raised
        subsidy = d.data.money("subsidy") ?? .zero
        spent = LevyFigures.spent(d)
    }

    package static func spent(_ d: Document) -> Money? { Record.amounts(d.data.records("spending"), "amount")?.sum() }

    var paying: Int { max(0, beneficiaries - exempted) }
    /// What `raised` should be: each paying beneficiary's share.
    package var expectedRaised: Money { perPerson.times(paying) }
    /// What a settlement's `balance` should be, given what was spent.
    package func expectedBalance(spent: Money) -> Money { raised + subsidy - spent }
}

/// The split of land-requisition compensation, read once: `CompensationSplit` reports it and
/// the page shows it with its check.
package struct CompensationFigures {
    let land: Money
    let resettlement: Money
    package let retained: Money
    package let perPerson: Money
    package let persons: Int

    package init?(_ d: Document) {
        guard let land = d.data.money("land_fee"), let resettlement = d.data.money("resettlement_fee"),
            let retained = d.data.money("retained"), let per = d.data.money("per_person"),
            let persons = d.data.int("persons"), persons > 0
        else { return nil }
        self.land = land
        self.resettlement = resettlement
        self.retained = retained
        perPerson = per
        self.persons = persons
    }

    /// Land compensation and resettlement subsidy: what the collective received to split.
    package var received: Money { land + resettlement }
    package var paid: Money { perPerson.times(persons) }
    package var split: Money { retained + paid }
    /// Each person's share may be rounded to the 分, so the split may differ by less than one 分
    /// a person.
    package var addsUp: Bool { abs(split.fen - received.fen) < Int64(persons) }
}
