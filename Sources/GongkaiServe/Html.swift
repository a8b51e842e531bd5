import GongkaiKit

/// Escaping for the editor's pages: every value written into HTML goes through one of these.
enum Html {
    static func text(_ s: String) -> String { xmlEscape(s) }
    static func attr(_ s: String) -> String { xmlEscape(s) }

    static func head(title: String) -> String {
        """
        <!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8">\
        <meta name="viewport" content="width=device-width, initial-scale=1">\
        <title>\(text(title)) · gongkai 录入</title><link rel="stylesheet" href="/__gongkai/editor.css"></head>\
        <body><a class="skip" href="#main">跳到正文</a>
        """ + SignedIn.bar()
    }
}
