import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiSite

/// The town feed takes the newest notices of all villages by merging each village's list
/// (already newest first) instead of sorting them all: it must choose what a stable sort of
/// every village's notices, in village order, would put first.
final class TownFeedOrderTests: XCTestCase {
    private func notice(_ village: String, _ slug: String, _ day: String) -> NoticeSummary {
        NoticeSummary(
            village: village, path: "content/\(village)/affairs/\(slug).md", slug: slug,
            kind: KindRegistry.kind(.partyNotice), title: "\(village) \(slug)", published: CalendarDate(iso: day)!,
            period: nil, noticeUntil: nil, draft: false, revisions: [], openObjections: 0)
    }

    func testMergeAgreesWithAStableSortOfEveryVillage() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<200 {
            let villages = (0..<Int.random(in: 0...6, using: &generator)).map { v -> (String, [NoticeSummary]) in
                let notices = (0..<Int.random(in: 0...12, using: &generator)).map { n in
                    // Few days and few slugs, so that ties (same day, same slug in two villages) are common.
                    notice(
                        "v\(v)", "n\(Int.random(in: 0...3, using: &generator))",
                        "2026-11-0\(Int.random(in: 1...3, using: &generator))")
                }
                return ("村\(v)", notices.sorted(by: NoticeSummary.newestFirst))
            }
            let count = Int.random(in: 0...20, using: &generator)
            let sorted = villages.flatMap { village in village.1.map { (village.0, $0) } }
                .sorted { NoticeSummary.newestFirst($0.1, $1.1) }.prefix(count)
            let merged = OpenData.newest(villages.map { (name: $0.0, notices: $0.1) }, count: count)
            XCTAssertEqual(merged.map(\.village), sorted.map(\.0), "round \(round)")
            XCTAssertEqual(merged.map(\.notice.path), sorted.map(\.1.path), "round \(round)")
        }
    }

    func testFewerNoticesThanTheFeedHoldsGivesThemAll() {
        let merged = OpenData.newest(
            [("甲村", [notice("a", "x", "2026-11-03")]), ("乙村", []), ("丙村", [notice("c", "y", "2026-11-04")])],
            count: 50)
        XCTAssertEqual(merged.map(\.village), ["丙村", "甲村"])
    }
}
