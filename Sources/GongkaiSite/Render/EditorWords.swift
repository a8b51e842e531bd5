import GongkaiCore

/// Every word the editor's page templates show, in the site's locale, as `{{ui.name}}`; each
/// keyed by its zh-Hans wording in `EditorTable`. Properties only: the build generates their
/// template lookup from this file, as for `ThemeWords`.
package struct EditorWords: Sendable {
    package var lang: String

    // Every page
    package var appName: String { t("gongkai 录入") }
    package var skipToContent: String { t("跳到正文") }
    package var whereYouAre: String { t("位置") }
    package var myTasks: String { t("我的待办") }
    package var accounts: String { t("账户管理") }
    package var audit: String { t("操作记录") }
    package var signOut: String { t("退出") }

    package var back: String { t("返回") }
    package var publicSiteBehind: String { t("公开栏网站没有更新") }
    package var previewHome: String { t("预览首页") }

    // The preview's additions to the site's pages
    package var edit: String { t("编辑") }
    package var draftMark: String { t("（草稿）") }

    // Above the form: a conflict, a paste, an import's preview; under each table
    package var conflictHeading: String { t("未保存：文件在你打开后被修改了") }
    package var conflictDeleted: String { t("磁盘上的文件已被删除。") }
    package var conflictAbout: String {
        t("另一个人或另一个窗口改动了这篇文档。两个版本不同的地方如下；你的修改仍在下面的表单里，没有丢失。")
    }
    package var differentFields: String { t("不同的字段") }
    package var fieldColumn: String { t("字段") }
    package var diskVersion: String { t("磁盘上的版本") }
    package var yourVersion: String { t("你的版本") }
    package var discardMine: String { t("放弃我的修改，打开磁盘上的版本") }
    package var orOverwrite: String { t("；或在下方按“用我的版本覆盖”。") }
    package var pastedNotSaved: String { t("尚未保存：请核对下面的表格和检查结果，无误后按“保存”。") }
    package var importThen: String { t("按“导入这些行”后放入表格，保存前不会写入。") }
    package var noHeaders: String { t("文件没有表头行：各列按顺序放入。") }
    package var importColumns: String { t("各列放入的字段") }
    package var fileColumn: String { t("文件中的列") }
    package var into: String { t("放入") }
    package var firstRowValue: String { t("第一行的值") }
    package var fileRows: String { t("文件中的行") }
    package var row: String { t("行") }
    package var problemsColumn: String { t("问题") }
    package var importTheseRows: String { t("导入这些行") }
    package var pasteOrImport: String { t("从电子表格粘贴或导入") }
    package var pasteHint: String {
        t("在 Excel、WPS 或 LibreOffice 中选中单元格复制后粘贴到这里；带表头时按表头对应各列。也可以直接粘贴到表格的单元格里。")
    }
    package var putIntoTable: String { t("放入表格") }
    package var orImportFile: String { t("或导入 .xlsx、.csv 文件") }
    package var importHint: String { t("先显示预览：各列放入哪个字段、每一行和它的问题；确认后才放入表格。") }
    package var importFile: String { t("导入文件") }

    // 我的待办 and a village's documents
    package var nothingToDo: String { t("没有待办。") }
    package var allOfVillage: String { t("本村全部文档") }
    package var new: String { t("新建") }
    package var villageProfile: String { t("村情") }
    package var editProfile: String { t("编辑村情、两委和监委成员") }
    package var existingDocuments: String { t("已有文档") }
    package var deleted: String { t("已删除。") }

    // 删除 and 发布, asked first
    package var deleteAbout: String { t("这篇文档将被删除；删除会记在修改历史里，需要时可以找回。") }
    package var cancel: String { t("取消") }
    package var confirmPublish: String { t("确认发布") }
    package var publishWhat: String { t("发布后，这篇文档会向所有人公开：") }
    package var title: String { t("标题") }
    package var category: String { t("类别") }
    package var publishedOn: String { t("公开日期") }
    package var address: String { t("网址") }
    package var publishAbout: String {
        t("村民在公开栏网站上、扫公开栏纸上的二维码都能看到它，也能打印。发布后再修改，需要写修订说明，村民能看到改了什么。")
    }
    package var backToEdit: String { t("返回修改") }

    // A document's form
    package var colon: String { t("：") }
    package var reviewAndPublish: String { t("审核与发布") }
    package var returnReason: String { t("退回原因（退回时必填）") }
    package var draftMaySave: String { t("草稿可以先保存；改正这些错误后才能提交审核或发布。") }
    package var elsewhereHint: String { t("不影响保存；保存后请逐个打开修正。") }
    package var unreadableAmount: String { t("（有无法识别的金额）") }
    package var check: String { t("检查") }
    package var bodyLabel: String { t("正文") }
    package var bodyHint: String { t("空一行分段；“- ”开头的行是列表；按“检查”更新下方预览。") }
    package var bodyPreview: String { t("正文预览") }
    package var uploadAttachment: String { t("上传附件") }
    package var uploadHint: String { t("PDF、JPEG 或 PNG，每个不超过 20 MiB；保存或检查时上传，并加入“附件”表。") }
    package var changeNote: String { t("修改说明") }
    package var revisionNote: String { t("本次修订说明") }
    package var revisionHint: String {
        t("这篇文档已经公开；修改内容时必填，说明改了什么、为什么（村民能在修订记录里看到）。")
    }
    package var whatChanged: String { t("这次修改做了什么") }
    package var whatChangedHint: String { t("记在这篇文档的修改历史里") }
    package var deleteDocument: String { t("删除这篇文档…") }

    // 登录
    package var signInHeading: String { t("公开栏录入：登录") }
    package var signInAbout: String { t("这里是村文书、村务监督委员会和镇里录入、审核和发布公开内容的地方，需要账户。") }
    package var villagersSee: String { t("村民请看公开栏网站：") }
    package var noSignInNeeded: String { t("，不用登录。") }
    package var userName: String { t("用户名") }
    package var password: String { t("密码") }
    package var signIn: String { t("登录") }

    // 账户管理
    package var displayName: String { t("姓名") }
    package var role: String { t("角色") }
    package var village: String { t("村") }
    package var email: String { t("邮箱") }
    package var status: String { t("状态") }
    package var resetPassword: String { t("重设密码") }
    package var remove: String { t("删除") }
    package var unlock: String { t("解除锁定") }
    package var normal: String { t("正常") }
    package var set: String { t("设置") }
    package var currentAccount: String { t("（当前账户）") }
    package var confirmRemove: String { t("确认删除") }
    package var newAccount: String { t("新增账户") }
    package var userNameHint: String { t("登录用，字母、数字和 . _ -") }
    package var displayNameHint: String { t("提交和审核记录中显示；监委须与村情中的名单一致") }
    package var emailHint: String { t("作 git 提交的作者邮箱") }
    package var choose: String { t("请选择") }
    package var roleHint: String { t("文书写本村的文档；监委审核本村财务公开（只属于一个村）；镇管理全部村") }
    package var villagesOfAccount: String { t("所属村") }
    package var townNeedsNone: String { t("镇账户不选") }
    package var initialPassword: String { t("初始密码") }

    // 操作记录
    package var filter: String { t("筛选") }
    package var time: String { t("时间") }
    package var user: String { t("用户") }
    package var action: String { t("操作") }
    package var file: String { t("文件") }
    package var commit: String { t("提交") }
    package var detail: String { t("说明") }
}
