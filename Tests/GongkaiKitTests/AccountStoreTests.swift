import Foundation
import XCTest

@testable import GongkaiAccounts
@testable import GongkaiCore

/// Accounts in a real SQLite file with Argon2id hashes (spec §12): sign-in, the lockout,
/// sessions and their idle timeout, the audit trail, and where the file may not be.
final class AccountStoreTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-accounts-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func store() throws -> AccountStore {
        try AccountStore(path: folder.appendingPathComponent("accounts.sqlite").path)
    }

    /// Everything SQLite has written: the database and its write-ahead log.
    func bytesOnDisk() throws -> Data {
        let base = folder.appendingPathComponent("accounts.sqlite").path
        return [base, base + "-wal"].compactMap { FileManager.default.contents(atPath: $0) }.reduce(Data(), +)
    }

    let zhao = Account(
        name: "zhaoyufen", displayName: "赵玉芬", email: "zhao@xuji.example", role: .supervisor, villages: ["xuji"])

    func testAccountsAreStoredWithArgon2idHashesOnly() throws {
        let accounts = try store()
        XCTAssertTrue(accounts.isEmpty)
        try accounts.add(zhao, password: "监督委员会2026")
        XCTAssertThrowsError(try accounts.add(zhao, password: "another-one"), "a name is taken once")
        XCTAssertEqual(try accounts.accounts(), [zhao])
        XCTAssertEqual(try store().account("zhaoyufen")?.gitAuthor, "赵玉芬 <zhao@xuji.example>", "read back anew")
        let file = try bytesOnDisk()
        XCTAssertNil(file.range(of: Data("监督委员会2026".utf8)), "no password in the file")
        XCTAssertNotNil(file.range(of: Data("$argon2id$v=19$m=19456,t=2,p=1$".utf8)))
        let mode = try FileManager.default.attributesOfItem(atPath: accounts.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        XCTAssertTrue(try accounts.remove("zhaoyufen"))
        XCTAssertFalse(try accounts.remove("zhaoyufen"))
        XCTAssertEqual(try accounts.accounts(), [])
    }

    func testFiveWrongPasswordsLockTheAccountForFifteenMinutes() throws {
        let accounts = try store()
        try accounts.add(zhao, password: "right-password")
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        XCTAssertEqual(
            try accounts.signIn(name: "zhaoyufen", password: "right-password", address: "10.0.0.5", now: start),
            .success(zhao))
        XCTAssertEqual(try accounts.signIn(name: "nobody", password: "x", address: "10.0.0.5", now: start), .wrong)
        for attempt in 1...4 {
            XCTAssertEqual(
                try accounts.signIn(name: "zhaoyufen", password: "guess\(attempt)", address: "10.0.0.6", now: start),
                .wrong)
        }
        let locked = try accounts.signIn(name: "zhaoyufen", password: "guess5", address: "10.0.0.6", now: start)
        XCTAssertEqual(locked, .locked(until: start.addingTimeInterval(15 * 60)))
        XCTAssertEqual(
            try accounts.signIn(
                name: "zhaoyufen", password: "right-password", address: "10.0.0.5",
                now: start.addingTimeInterval(14 * 60)),
            .locked(until: start.addingTimeInterval(15 * 60)), "the right password is refused while locked")
        XCTAssertEqual(accounts.delay(for: "10.0.0.6", now: start), 1.25, "five failures from that address")
        XCTAssertEqual(accounts.delay(for: "10.0.0.6", now: start.addingTimeInterval(16 * 60)), 0, "forgotten")
        XCTAssertEqual(
            try accounts.signIn(
                name: "zhaoyufen", password: "right-password", address: "10.0.0.5",
                now: start.addingTimeInterval(15 * 60 + 1)),
            .success(zhao))
    }

    func testSessionsEndAfterThirtyIdleMinutesOnSignOutAndOnANewPassword() throws {
        let accounts = try store()
        try accounts.add(zhao, password: "right-password")
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        let token = try accounts.startSession(for: "zhaoyufen", now: start)
        XCTAssertEqual(token.count, 64)
        XCTAssertNotEqual(try accounts.startSession(for: "zhaoyufen", now: start), token, "a new id every sign-in")
        XCTAssertEqual(accounts.session(token, now: start.addingTimeInterval(29 * 60)), zhao)
        XCTAssertEqual(accounts.session(token, now: start.addingTimeInterval(58 * 60)), zhao, "use keeps it alive")
        XCTAssertNil(accounts.session(token, now: start.addingTimeInterval(89 * 60)), "idle for 31 minutes")
        XCTAssertNil(accounts.session(token, now: start.addingTimeInterval(59 * 60)), "and gone for good")
        XCTAssertNil(try bytesOnDisk().range(of: Data(token.utf8)), "only the token's hash is stored")

        let second = try accounts.startSession(for: "zhaoyufen", now: start)
        accounts.endSession(second)
        XCTAssertNil(accounts.session(second, now: start))
        let third = try accounts.startSession(for: "zhaoyufen", now: start)
        XCTAssertTrue(try accounts.setPassword("zhaoyufen", to: "new-password"))
        XCTAssertNil(accounts.session(third, now: start), "a new password ends every session")
        XCTAssertNil(accounts.session("not-a-token", now: start))
    }

    func testEveryChangeIsInTheAuditTable() throws {
        let accounts = try store()
        accounts.record(user: "xuzhiqiang", action: "提交审核", path: "content/xuji/finance/2026-10.md", commit: "abc1234")
        accounts.record(user: "zhaoyufen", action: "审核通过", path: "content/xuji/finance/2026-10.md", commit: "def5678")
        let entries = try accounts.audit()
        XCTAssertEqual(entries.map(\.action), ["审核通过", "提交审核"], "newest first")
        XCTAssertEqual(entries.last?.commit, "abc1234")
        XCTAssertEqual(entries.last?.user, "xuzhiqiang")
    }

    func testTheTownSeesLocksLiftsThemAndReadsOneUsersTrail() throws {
        let accounts = try store()
        try accounts.add(zhao, password: "right-password")
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        for attempt in 1...5 {
            _ = try accounts.signIn(name: "zhaoyufen", password: "guess\(attempt)", address: "10.0.0.6", now: start)
        }
        XCTAssertEqual(accounts.locks(now: start), ["zhaoyufen": start.addingTimeInterval(15 * 60)])
        XCTAssertEqual(accounts.locks(now: start.addingTimeInterval(15 * 60 + 1)), [:], "a lock runs out")
        XCTAssertTrue(try accounts.unlock("zhaoyufen"))
        XCTAssertFalse(try accounts.unlock("nobody"))
        XCTAssertEqual(accounts.locks(now: start), [:])
        XCTAssertEqual(
            try accounts.signIn(name: "zhaoyufen", password: "right-password", address: "10.0.0.6", now: start),
            .success(zhao), "unlocked before the 15 minutes are up")

        accounts.record(user: "zhen", action: "新建账户", detail: "a")
        accounts.record(user: "xuzhiqiang", action: "保存")
        accounts.record(user: "zhen", action: "删除账户", detail: "a")
        XCTAssertEqual(try accounts.audit(user: "zhen").map(\.action), ["删除账户", "新建账户"])
        XCTAssertEqual(try accounts.audit(limit: 2).map(\.user), ["zhen", "xuzhiqiang"])
        XCTAssertEqual(try accounts.audit(user: "nobody"), [])
    }

    func testAccountRulesNameEveryProblemAtOnce() {
        XCTAssertEqual(
            AccountRules.problems(
                name: "王 小梅", role: .supervisor, villages: ["xuji", "nowhere"], existingVillages: ["xuji"]
            ).map(\.description),
            ["用户名 王 小梅 只能用字母、数字和 . _ -（1 至 64 个字符）", "监委账户只属于一个村：所属村（--village）恰好一个", "没有村文件夹 content/nowhere"])
        XCTAssertEqual(AccountRules.problems(name: "wang", role: .secretary, villages: ["xuji"]), [])
        XCTAssertNil(AccountRules.displayNameProblem("许长林"))
        for bad in ["", String(repeating: "许", count: 41), "许<长林>", "许\n长林"] {
            XCTAssertNotNil(AccountRules.displayNameProblem(bad), bad)
        }
        XCTAssertNil(AccountRules.emailProblem("xu.zhiqiang@xuji.example.cn"))
        for bad in ["nobody", "a@b", "a b@x.cn", "a@x.cn>\nb", "@x.cn", "a@@x.cn", "a@x.cn\n"] {
            XCTAssertNotNil(AccountRules.emailProblem(bad), bad)
        }
        XCTAssertEqual(AccountRules.passwordProblem("1234567")?.description, "密码至少 8 个字符")
        XCTAssertEqual(
            AccountRules.passwordProblem("1234567", initial: true)?.message(Localizer(locale: .en)),
            "The initial password needs at least 8 characters")
        XCTAssertNil(AccountRules.passwordProblem("十二个汉字的密码也可以用"))
        XCTAssertNotNil(AccountRules.passwordProblem(String(repeating: "a", count: 1025)))
    }

    func testUserAddOnTheCommandLineNamesEveryProblem() throws {
        let path = folder.appendingPathComponent("cli.sqlite").path
        let bad = try Binary.run(
            [
                "user", "add", "王 小梅", "--role", "监委", "--village", "xuji", "--village", "Bad_Village", "--accounts",
                path,
                "--password-stdin",
            ], in: folder.deletingLastPathComponent())
        XCTAssertEqual(bad.status, 2, bad.stderr)
        for words in ["用户名 王 小梅 只能用字母", "监委账户只属于一个村", "--village Bad_Village 不是村文件夹名"] {
            XCTAssertTrue(bad.stderr.contains(words), "\(words)\n\(bad.stderr)")
        }
        XCTAssertEqual(try AccountStore(path: path).accounts(), [], "nothing added")
    }

    func testRolesAndVillagesMustAgree() {
        XCTAssertEqual(Role(argument: "监委"), .supervisor)
        XCTAssertEqual(Role(argument: "town"), .town)
        XCTAssertNil(Role(argument: "admin"))
        XCTAssertNotNil(Account.problem(role: .secretary, villages: []))
        XCTAssertNotNil(Account.problem(role: .supervisor, villages: ["xuji", "liuzhuang"]))
        XCTAssertNotNil(Account.problem(role: .town, villages: ["xuji"]))
        XCTAssertNil(Account.problem(role: .secretary, villages: ["xuji", "liuzhuang"]))
        XCTAssertTrue(Account.isValidName("xu.zhiqiang_2"))
        for bad in ["", "许志强", "a b", "a/b", "a;b", String(repeating: "a", count: 65)] {
            XCTAssertFalse(Account.isValidName(bad), bad)
        }
        XCTAssertTrue(zhao.covers("xuji"))
        XCTAssertFalse(zhao.covers("liuzhuang"))
    }

    func testTheDatabaseMayNotLiveInTheSitesRepository() throws {
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(
            at: site.appendingPathComponent("content"), withIntermediateDirectories: true)
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-C", site.path, "init", "-q"]
        try git.run()
        git.waitUntilExit()
        XCTAssertNotNil(AccountsLocation.refusal(site.appendingPathComponent("accounts.sqlite").path, siteRoot: site))
        XCTAssertNotNil(
            AccountsLocation.refusal(site.appendingPathComponent("content/../x/accounts.sqlite").path, siteRoot: site))
        XCTAssertNil(AccountsLocation.refusal(folder.appendingPathComponent("accounts.sqlite").path, siteRoot: site))
        XCTAssertNil(
            AccountsLocation.refusal(folder.appendingPathComponent("site-data/accounts.sqlite").path, siteRoot: site),
            "a sibling whose name starts the same is outside")
        XCTAssertEqual(
            AccountsLocation.resolve(nil, environment: ["XDG_DATA_HOME": "/srv/data", "HOME": "/home/x"]),
            "/srv/data/gongkai/accounts.sqlite")
        XCTAssertEqual(
            AccountsLocation.resolve(nil, environment: ["HOME": "/home/x"]),
            "/home/x/.local/share/gongkai/accounts.sqlite")
    }

    /// What the accounts' storage says is worded in the site's language, like every message of
    /// the command line: an English site's `gongkai user` refuses a database in its repository
    /// and one that cannot be opened in English.
    func testTheDatabasesRefusalsAreWordedInTheSitesLanguage() throws {
        let site = try TestSite(config: TestSite.defaultConfig + "locale: en\n")
        try TestGit.run(site, ["init", "-q"])
        let inside = try Binary.run(
            ["user", "list", "--accounts", site.root.appendingPathComponent("accounts.sqlite").path], in: site.root)
        XCTAssertEqual(inside.status, 2)
        XCTAssertTrue(
            inside.stderr.hasPrefix(
                "gongkai: the accounts database \(site.root.path)/accounts.sqlite is inside the site's git"),
            inside.stderr)
        let unopenable = try Binary.run(
            ["user", "list", "--accounts", "/proc/gongkai-none/accounts.sqlite"], in: site.root)
        XCTAssertEqual(unopenable.status, 2)
        XCTAssertTrue(
            unopenable.stderr.hasPrefix(
                "gongkai: cannot open the accounts database /proc/gongkai-none/accounts.sqlite: "),
            unopenable.stderr)
        XCTAssertNil(unopenable.stderr.range(of: "\\p{Han}", options: .regularExpression), unopenable.stderr)
        XCTAssertEqual(
            AccountFailure(Wording("用户 {name} 已存在", "lina")).message(Localizer(locale: .en)), "User lina already exists"
        )
    }
}
