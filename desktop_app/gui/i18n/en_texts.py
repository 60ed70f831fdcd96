"""English texts for the UI (source strings are Simplified Chinese)."""

EN_TEXTS: dict[str, str] = {
    # navigation, menus
    "催款函件": "Letters", "违约金计算": "Penalty calculator", "收据与押金": "Receipts & deposits",
    "台账": "Ledger", "往来单位": "Parties", "设置": "Settings",
    "新建(&N)": "&New", "出具(&I)": "&Issue", "打印(&P)…": "&Print…",
    "保存 DOCX(&S)…": "&Save DOCX…", "查找(&F)": "&Find", "退出(&Q)": "&Quit",
    "批量出具(&B)…": "&Batch issue…", "单位资料向导(&W)…": "Firm profile &wizard…",
    "关于(&A)": "&About", "文件(&F)": "&File", "编辑(&E)": "&Edit", "转到(&G)": "&Go",
    "帮助(&H)": "&Help", "单位资料已保存": "Firm profile saved", "关于函据通": "About LetterDesk",
    "函据通 LetterDesk %1\n催款函件、违约金计算、收据与押金、台账。":
        "LetterDesk %1\nPayment demands, penalties, receipts and deposits, ledger.",
    "数据目录：%1": "Data folder: %1", "“%1”暂不可用：%2": "“%1” is not available: %2",
    # common
    "选择…": "Choose…", "选择文件…": "Choose file…", "选择文件夹": "Choose folder",
    "打开文件夹": "Open folder", "关闭": "Close", "类型": "Kind", "方式": "Method",
    "日期": "Date", "状态": "Status", "地址": "Address", "电话": "Phone", "备注": "Notes",
    "提示": "Note", "请确认": "Please confirm", "操作失败": "Operation failed",
    "取消": "Cancel", "打印": "Print", "打印…": "Print…", "填入示例": "Fill in sample",
    "名称": "Name", "名称 *": "Name *", "银行账号": "Bank account", "证件号码": "ID number",
    "元": "yuan", "其他": "Other", "有效": "Valid", "已作废": "Void", "作废": "Void",
    "找不到文件": "File not found", "请检查": "Please check", "无法保存": "Cannot save",
    "删除选中行": "Delete selected rows", "添加一行": "Add row", "（默认）": "(default)",
    "函件": "Letter",
    # batch
    "批量出具": "Batch issue", "收据": "Receipt",
    "Excel (.xlsx) 或 JSONL 文件": "Excel (.xlsx) or JSONL file",
    "生成 Excel 模板…": "Excel template…", "检查": "Check", "全部出具": "Issue all",
    "输出到": "Output to", "选择批量数据": "Choose batch data",
    "数据 (*.xlsx *.jsonl)": "Data (*.xlsx *.jsonl)", "保存模板": "Save template",
    "未能生成模板": "Template not written", "可出具": "OK", "有错误": "Error",
    "共 %1 行：%2 行可出具，%3 行有错误（出具时跳过）":
        "%1 rows: %2 ready, %3 with errors (skipped)",
    "正在出具…": "Issuing…", "正在取消（当前一份完成后停止）…":
        "Cancelling (stops after the current document)…",
    "批量出具完成": "Batch finished",
    # delivery
    "送达记录 — %1": "Delivery records — %1", "运单号": "Tracking number",
    "留空则用函件上的地址": "Empty: the address on the letter", "登记": "Record",
    "登记送达": "Record delivery", "寄出日期": "Date sent",
    # wizard, profile, settings
    "欢迎使用函据通": "Welcome to LetterDesk", "本单位": "Your firm",
    "函件和收据抬头上的单位名称、地址、电话。":
        "Name, address and phone printed at the top of letters and receipts.",
    "收款账户与联系人": "Bank account and contact",
    "催款函中写明的收款账户和联系人。": "The account and contact named in payment demands.",
    "标志与印章（可选）": "Logo and seal (optional)",
    "印在抬头的标志和电子印章图片，可以以后再设。":
        "Logo and seal images; you can add them later.",
    "{year} 为年份，{seq:05d} 为五位流水号。":
        "{year} is the year, {seq:05d} a five-digit sequence number.",
    "编号规则": "Numbering", "每类单据连续编号。": "Each kind of document is numbered continuously.",
    "台账文件": "Ledger file", "可选：PNG 或 JPG 图片": "Optional: PNG or JPG image",
    "选择图片": "Choose image", "图片 (*.png *.jpg *.jpeg)": "Images (*.png *.jpg *.jpeg)",
    "序列": "Series", "编号格式": "Pattern",
    "显示时隐去身份证号、账号的中间部分": "Mask the middle of ID and account numbers",
    "保存设置": "Save settings", "本单位资料": "Firm profile", "经办人": "Operator",
    "输出文件夹": "Output folder", "Excel 台账": "Excel ledger", "个人信息": "Personal data",
    "界面语言（重启后生效）": "Language (after restart)", "设置已保存": "Settings saved",
    "设置已保存。": "Settings saved.",
    # ledger
    "查找编号、对方…（Ctrl+F）": "Find number, party… (Ctrl+F)", "全部状态": "All statuses",
    "打开 PDF": "Open PDF", "重打": "Reprint", "作废…": "Void…", "送达记录…": "Deliveries…",
    "导出 Excel…": "Export to Excel…", "立即同步台账": "Sync ledger now",
    "全部类型": "All kinds",
    "Excel 台账等待写入（文件被占用或只读）：%1":
        "Excel ledger waiting (file locked or read-only): %1",
    "Excel 台账已同步：%1（%2）": "Excel ledger in sync: %1 (%2)", "尚未生成": "not written yet",
    "该单据的 PDF 文件不存在（可能已被移动）。": "The PDF of this document is missing (moved?).",
    "该单据的 PDF 文件不存在。": "The PDF of this document is missing.",
    "已重打：%1": "Reprinted: %1", "作废 %1 的原因（必填）：": "Reason for voiding %1 (required):",
    "作废必须填写原因。": "A reason is required to void.", "确认作废": "Confirm void",
    "确定作废 %1？作废后编号保留、不可恢复。":
        "Void %1? The number stays used; this cannot be undone.",
    "%1 已作废": "%1 voided", "导出台账": "Export ledger", "正在导出…": "Exporting…",
    "台账已导出：%1": "Ledger exported: %1",
    # letters
    "出具 (Ctrl+Enter)": "Issue (Ctrl+Enter)", "保存 DOCX…": "Save DOCX…",
    "函件类型": "Letter kind", "正在生成预览…": "Rendering preview…",
    "预览已更新": "Preview updated", "无法生成预览：%1": "No preview: %1",
    "出具前请确认": "Confirm before issuing",
    "发现以下问题：\n%1\n\n仍要出具吗？": "Found these issues:\n%1\n\nIssue anyway?",
    "已出具 %1": "Issued %1", "已出具": "Issued", "未能出具": "Not issued",
    "请先填写函件，预览生成后再打印。": "Fill in the letter and wait for the preview first.",
    "保存 DOCX": "Save DOCX", "未能保存": "Not saved", "已保存：%1": "Saved: %1",
    "预览将在这里显示": "The preview appears here",
    # overlay calibration
    "套打校准": "Pre-printed form calibration", "打印校准页…": "Print calibration page…",
    "1. 把预印联单放入打印机，打印校准页；\n2. 量出十字线与联单上对应栏目的偏差（向右、向下为正）；\n"
    "3. 填入偏移后保存，再打印一次确认。":
        "1. Load the pre-printed form and print the calibration page;\n"
        "2. measure how far the crosshairs are from the form's boxes (right and down are "
        "positive);\n3. enter the offset, save, and print again to check.",
    "水平偏移（向右为正）": "Horizontal offset (right +)",
    "垂直偏移（向下为正）": "Vertical offset (down +)",
    # parties
    "查找名称、电话、地址…": "Find name, phone, address…", "新建…": "New…", "编辑…": "Edit…",
    "合并到…": "Merge into…", "从 Excel 导入…": "Import from Excel…",
    "已新建往来单位": "Party created", "合并往来单位": "Merge parties",
    "把“%1”合并到：": "Merge “%1” into:", "确认合并": "Confirm merge",
    "“%1”将并入“%2”，原记录保留但不再显示。继续？":
        "“%1” will be merged into “%2”; the old record is kept but hidden. Continue?",
    "无法合并": "Cannot merge", "导入往来单位": "Import parties", "正在导入…": "Importing…",
    "导入 %1 条。": "%1 imported.", "\n%1 行未导入：\n": "\n%1 rows not imported:\n",
    "导入结果": "Import result", "导入失败": "Import failed",
    "编辑往来单位": "Edit party", "新建往来单位": "New party",
    "证件号 / 统一社会信用代码": "ID number / credit code",
    # penalty
    "款项": "Item", "金额（元）": "Amount (yuan)", "到期日": "Due date", "还款日": "Paid on",
    "对应款项（可空）": "For item (optional)", "违约时固定": "Fixed at breach",
    "随 LPR 浮动": "Floating with LPR", "逾期天数以内（末段留空）": "Up to days overdue (last: empty)",
    "日利率": "Daily rate", "年利率": "Annual rate", "年天数": "Days per year",
    "LPR 倍数": "LPR multiple", "加点（百分点）": "Plus (points)", "期限": "Tenor",
    "添加一段": "Add stage", "应付款项": "Amounts due", "添加款项": "Add item",
    "已付款": "Payments", "添加还款": "Add payment", "违约金标准": "Penalty rate",
    "计算至": "Until", "起算": "Counting from", "还款抵扣": "Payments go to",
    "复制结果": "Copy result", "用于催款函": "Use in a letter",
    "计算结果已复制，可粘贴到 Excel 或 Word": "Result copied; paste it into Excel or Word",
    "导出违约金计算": "Export penalty calculation", "导出失败": "Export failed",
    "已导出：%1": "Exported: %1",
    "违约金 %1 元（%2）；未付本金 %3 元；每日 %4 元；折合年利率 %5":
        "Penalty %1 yuan (%2); outstanding %3 yuan; %4 yuan a day; annualised rate %5",
    # receipts
    "可选；收据上只显示遮蔽后的号码": "Optional; the receipt shows it masked",
    "押金收据留空则使用默认的退还条件": "Empty on a deposit: the default refund terms",
    "出具收据 (Ctrl+Enter)": "Issue receipt (Ctrl+Enter)", "套打校准…": "Calibrate form…",
    "按交款人查找": "Find by payer", "退还押金…": "Refund deposit…",
    "遗失收据：出具收款证明": "Lost receipt: issue a certificate", "原收据编号": "Receipt number",
    "开具收据": "Issue a receipt", "类别": "Series", "交款单位/人 *": "Payer *",
    "交款人类型": "Payer type", "收款事由 *": "Purpose *", "金额 *": "Amount *",
    "收款方式": "Payment method", "凭证号/说明": "Reference", "版式": "Layout",
    "开收据": "Issue", "押金余额与退还": "Deposits and refunds",
    "\n\n确认继续出具？": "\n\nIssue anyway?", "已出具收据 %1": "Receipt %1 issued",
    "押金退还 — %1": "Deposit refund — %1", "扣款原因": "Deduction reason",
    "押金 %1 元，可退余额 %2 元": "Deposit %1 yuan, refundable balance %2 yuan",
    "退还金额": "Refund", "扣款": "Deductions", "添加扣款": "Add deduction",
    "退款方式": "Refund method", "凭证号": "Reference",
    # table headers and choices translated at runtime through tr(variable)
    "编号": "Number", "对方": "Party", "金额": "Amount", "违约金": "Penalty",
    "关联编号": "Related", "行": "Row", "列": "Column", "说明": "Reason",
    "个人": "Person", "单位": "Company", "本单位员工": "Employee", "押金收据": "Deposit receipt",
    "交款人": "Payer", "押金": "Deposit", "已扣": "Deducted", "已退": "Refunded", "余额": "Balance",
    "起": "From", "止": "To", "天数": "Days", "基数": "Base",
    "按日（万分之几）": "Daily rate", "按年利率": "Annual rate", "按 LPR 倍数": "LPR multiple",
    "分段（逾期天数）": "Staged (days overdue)", "自到期次日起算": "From the day after due",
    "到期当日起算": "From the due date", "还款先抵本金": "Principal first",
    "先抵违约金（民法典561条）": "Penalty first (Civil Code art. 561)",
    "证件号": "ID number", "欠款方": "Debtor", "客户": "Customer", "员工": "Employee",
    "担保人": "Guarantor", "跟随系统": "System default", "简体中文": "简体中文",
    "填写完整后显示预览：%1": "The preview appears once the form is complete: %1",
    # start-up (app.py)
    "数据库无法打开": "The database cannot be opened", "从最近的备份恢复": "Restore the latest backup",
    "退出": "Quit", "恢复失败": "Restore failed", "启动备份失败：": "Start-up backup failed: ",
    "操作失败：%1": "Operation failed: %1", "重复出具？": "Issue again?",
    "刚出具的收据 %1 内容与此完全相同。\n\n确定再出具一张新编号的收据吗？":
        "Receipt %1, just issued, has exactly the same content.\n\n"
        "Issue another receipt with a new number?",
    "退还与扣款合计 %1 元，超过可退余额 %2 元":
        "Refund plus deductions (%1 yuan) exceed the refundable balance of %2 yuan",
    "恢复需要确认": "Restore needs confirmation",
    "请先核对收据存根和已寄出的函件。核对无误后，可强制恢复：备份之后用过的编号会记为“恢复时遗失”，以后不会重复使用。是否强制恢复？":
        "First check the receipt stubs and the letters sent. If they match, the restore can "
        "be forced: numbers used after the backup are recorded as “lost in restore” and never "
        "used again. Force the restore?",
}
