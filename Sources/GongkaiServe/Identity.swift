import GongkaiAccounts
import GongkaiKit
import Hummingbird

/// Who a request is served for, resolved by the guard every request passes first
/// (`AccountGuard`, or `LoopbackGuard` on a loopback server without accounts) and carried in
/// the request's context. A request the guards did not resolve has none, and may do nothing.
enum Identity: Sendable {
    /// The one person at a loopback server without accounts: writes and publishes alone.
    case localUser
    case signedIn(User)

    struct User: Sendable {
        var account: Account
        var csrf: String
        /// For a town account while the public site is behind: the banner saying so and why.
        var behind: String = ""
    }
}

/// A request context that carries the request's identity, and the site's language its pages
/// are worded in and theme they are rendered with (`SiteWords` sets both before the guards run).
protocol IdentifiedContext: RequestContext {
    var identity: Identity? { get set }
    var words: Localizer { get set }
    var theme: EditorTheme { get set }
}

/// What a request's identity may do. Every question is asked of it explicitly; with no
/// identity every answer is no.
struct Permissions: Sendable {
    let identity: Identity?
    /// The site's language: every page for this identity is worded in it.
    var words = Localizer(locale: .zhHans)
    /// The site's theme, which renders the editor's templated pages.
    var theme = EditorTheme.builtIn

    var account: Account? {
        if case .signedIn(let user) = identity { return user.account }
        return nil
    }

    var user: Identity.User? {
        if case .signedIn(let user) = identity { return user }
        return nil
    }

    /// The actor the review policy decides for in this village; nil with no identity.
    func actor(in village: String) -> ReviewPolicy.Actor? {
        switch identity {
        case nil: return nil
        case .localUser: return .localUser
        case .signedIn(let user):
            return .account(user.account.role.policyRole, coversVillage: user.account.covers(village))
        }
    }

    var isLocalUser: Bool {
        if case .localUser = identity { return true }
        return false
    }

    /// May see this village's documents in the editor.
    func mayRead(_ village: String) -> Bool {
        switch identity {
        case nil: return false
        case .localUser: return true
        case .signedIn(let user): return user.account.covers(village)
        }
    }

    /// May write this village's documents (save, draft, upload, delete).
    func mayWrite(_ village: String) -> Bool {
        switch identity {
        case nil: return false
        case .localUser: return true
        case .signedIn(let user): return user.account.covers(village) && user.account.role != .supervisor
        }
    }

    /// village.yaml names the supervisory committee whose members sign off: the town's to change.
    var mayEditProfile: Bool {
        switch identity {
        case nil: return false
        case .localUser: return true
        case .signedIn(let user): return user.account.role == .town
        }
    }

    /// The town's pages (accounts, audit trail).
    var town: Account? {
        guard let account, account.role == .town else { return nil }
        return account
    }

    /// What an editor page has around it: its title, and for one signed in the account bar
    /// (name, role, 我的待办, 账户管理 for the town, 退出).
    func chrome(title: String) -> EditorChrome {
        EditorChrome.make(
            title: title,
            account: user.map { user in
                EditorAccountBar.make(
                    behind: user.behind,
                    who: words.t("{label}（{every}）", user.account.displayName, words.t(user.account.role.chinese)),
                    mayManageAccounts: user.account.role == .town, csrf: user.csrf)
            })
    }

    var editorWords: EditorWords { EditorWords(words) }

    /// A templated editor page as HTML, rendered with the site's theme.
    func page(_ model: some TemplateObject, _ template: String) -> String { theme.page(model, template) }
}

extension IdentifiedContext {
    var may: Permissions { Permissions(identity: identity, words: words, theme: theme) }
}

extension Role {
    var policyRole: ReviewPolicy.Role {
        switch self {
        case .secretary: return .secretary
        case .supervisor: return .supervisor
        case .town: return .town
        }
    }
}
