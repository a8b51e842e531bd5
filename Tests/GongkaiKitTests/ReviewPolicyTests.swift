import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

/// The review policy over its whole table: every actor, step, kind and state (spec §12).
final class ReviewPolicyTests: XCTestCase {
    typealias Policy = ReviewPolicy

    /// The steps a village's own actor may take on a draft, by kind and state, written out by
    /// hand from the spec: [finance kind, other kind] × [no review, submitted, returned, approved].
    static let expected: [Policy.Actor: [[Policy.State?: [Policy.Step]]]] = [
        .account(.secretary, coversVillage: true): [
            [nil: [.submit], .submitted: [], .returned: [.submit], .approved: [.publish]],
            [nil: [.publish], .submitted: [.publish], .returned: [.publish], .approved: [.publish]],
        ],
        .account(.supervisor, coversVillage: true): [
            [nil: [], .submitted: [.approve, .return], .returned: [], .approved: []],
            [nil: [], .submitted: [], .returned: [], .approved: []],
        ],
        .account(.town, coversVillage: true): [
            [
                nil: [.submit, .publish], .submitted: [.return, .publish], .returned: [.submit, .publish],
                .approved: [.return, .publish],
            ],
            [
                nil: [.publish], .submitted: [.return, .publish], .returned: [.publish],
                .approved: [.return, .publish],
            ],
        ],
        .localUser: [
            [nil: [.publish], .submitted: [.publish], .returned: [.publish], .approved: [.publish]],
            [nil: [.publish], .submitted: [.publish], .returned: [.publish], .approved: [.publish]],
        ],
    ]

    static let states: [Policy.State?] = [nil] + Policy.State.allCases
    static let actors: [Policy.Actor] =
        [.localUser]
        + Policy.Role.allCases.flatMap { [.account($0, coversVillage: true), .account($0, coversVillage: false)] }

    func testEveryActorStepKindAndState() {
        var cells = 0
        for actor in Self.actors {
            for needsSignOff in [true, false] {
                for state in Self.states {
                    for isDraft in [true, false] {
                        for isProfile in [false, true] {
                            let document = Policy.Standing(
                                isProfile: isProfile, isDraft: isDraft, needsSignOff: needsSignOff, state: state)
                            let allowed = Policy.steps(for: actor, on: document)
                            let expected: [Policy.Step] =
                                !isDraft || isProfile
                                ? [] : Self.expected[actor]?[needsSignOff ? 0 : 1][state] ?? []
                            XCTAssertEqual(allowed, expected, "\(actor), \(document)")
                            for step in Policy.Step.allCases {
                                cells += 1
                                let decision = Policy.decide(step, by: actor, on: document)
                                XCTAssertEqual(
                                    decision.isAllowed, expected.contains(step), "\(step) \(actor) \(document)")
                                if case .refused(let why) = decision { XCTAssertFalse(why.words.isEmpty) }
                            }
                        }
                    }
                }
            }
        }
        XCTAssertEqual(cells, 7 * 2 * 4 * 2 * 2 * 4)
    }

    func testWhyAStepIsRefused() {
        let finance = { (state: Policy.State?) in Policy.Standing(isDraft: true, needsSignOff: true, state: state) }
        let secretary = Policy.Actor.account(.secretary, coversVillage: true)
        XCTAssertEqual(Policy.decide(.publish, by: secretary, on: finance(nil)), .refused(.awaitingSignOff))
        XCTAssertEqual(Policy.decide(.submit, by: secretary, on: finance(.submitted)), .refused(.alreadySubmitted))
        XCTAssertEqual(Policy.decide(.approve, by: secretary, on: finance(.submitted)), .refused(.supervisorsOnly))
        XCTAssertEqual(
            Policy.decide(.approve, by: .account(.supervisor, coversVillage: false), on: finance(.submitted)),
            .refused(.otherVillage))
        XCTAssertEqual(
            Policy.decide(.submit, by: .localUser, on: finance(nil)), .refused(.noReviewWithoutAccounts))
        XCTAssertEqual(
            Policy.decide(
                .publish, by: .account(.town, coversVillage: true),
                on: Policy.Standing(
                    isDraft: false, needsSignOff: true, state: nil)),
            .refused(.alreadyPublished))
    }

    func testWhoMayChangeTheValues() {
        for state in Self.states {
            for needsSignOff in [true, false] {
                let document = Policy.Standing(isDraft: true, needsSignOff: needsSignOff, state: state)
                XCTAssertTrue(Policy.mayChange(by: .localUser, on: document).isAllowed)
                XCTAssertTrue(Policy.mayChange(by: .account(.town, coversVillage: true), on: document).isAllowed)
                XCTAssertEqual(
                    Policy.mayChange(by: .account(.secretary, coversVillage: true), on: document).isAllowed,
                    state == nil || state == .returned, "\(state.map { "\($0)" } ?? "none")")
                XCTAssertEqual(
                    Policy.mayChange(by: .account(.supervisor, coversVillage: true), on: document),
                    .refused(.notForSupervisors))
                for role in Policy.Role.allCases {
                    XCTAssertEqual(
                        Policy.mayChange(by: .account(role, coversVillage: false), on: document),
                        .refused(.otherVillage))
                }
            }
        }
    }
}
