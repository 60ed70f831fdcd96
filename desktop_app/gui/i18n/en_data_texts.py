"""English for the data-driven labels of context ``data`` (desktop_app/gui/widgets/data_labels.py).

Only the UI shows these; letters and receipts keep their Chinese wording. Examples inside help
texts stay Chinese where the user is expected to type Chinese.
"""

DATA_EN_TEXTS: dict[str, str] = {
    # letter kinds
    "付款催告函": "Payment demand",
    "逾期付款催告：列明欠款、违约金（暂计至某日并按日累计）和付款期限，可附债务确认回执":
        "Overdue payment demand: lists the debt, the penalty (accrued to a date and growing "
        "daily) and a payment deadline; a debt acknowledgement slip can be attached",
    "催补按揭资料函": "Mortgage documents request",
    "购房人未按约提交办理按揭贷款所需资料时，列明缺少的资料、补交期限和合同约定的后果":
        "When a buyer has not submitted the documents for the mortgage loan: lists the missing "
        "documents, the deadline and the consequences agreed in the contract",
    "解除合同通知书": "Contract termination notice",
    "催告后在合理期限内仍未履行时，书面通知解除合同（按揭／非按揭），引用前次催告的编号、日期和送达情况，附退房申请书":
        "Terminates the contract in writing after a demand went unanswered (mortgage / "
        "non-mortgage), citing the earlier demand's number, date and delivery; with a "
        "property return application",
    "应收账款催收函": "Receivables demand",
    "企业之间的逾期应收账款催收：列明发票号码、开票日期、金额、账期、到期日和逾期天数，可计算逾期违约金":
        "Business-to-business receivables demand: invoice numbers, dates, amounts, terms, due "
        "dates and days overdue; can compute a late-payment penalty",
    "催款通知单（债务确认）": "Payment notice (debt acknowledgement)",
    "请债务人核对并签署的催款通知单：确认截至某日的欠款金额并承诺于某日前付清；违约金继续计算，不写最终金额":
        "A notice the debtor checks and signs: confirms the debt as of a date and promises to "
        "pay by a date; the penalty keeps accruing, no final amount is stated",
    "保证人催收通知书": "Guarantor demand",
    "在保证期间内向保证人主张保证责任；一般保证仅发函不足以保全权利，程序会提示":
        "Claims the guarantee within the guarantee period; for a general guarantee a letter "
        "alone does not preserve the claim, and the program warns about it",
    # groups
    "发函单位（债权人）": "Sender (creditor)", "收函人（债务人）": "Recipient (debtor)",
    "收函单位（债务人）": "Recipient company (debtor)", "合同": "Contract",
    "违约金标准": "Penalty rate", "违约金标准（可选）": "Penalty rate (optional)",
    "收款账户": "Payee account", "联系人": "Contact", "前次催告": "Earlier demand",
    "保证人（收函人）": "Guarantor (recipient)", "主债务人": "Principal debtor",
    "主合同": "Main contract", "保证": "Guarantee",
    # fields
    "名称": "Name", "地址": "Address", "电话": "Phone", "姓名/名称": "Name",
    "与合同上的全称一致": "The full name as in the contract",
    "送达地址": "Delivery address", "合同约定的送达地址": "The address for notices in the contract",
    "证件号码": "ID number",
    "函件上只打印遮蔽后的号码（如 110***********1234）":
        "The letter prints it masked (e.g. 110***********1234)",
    "函件上只打印遮蔽后的号码": "The letter prints it masked",
    "合同名称": "Contract name", "如：商品房买卖合同": "e.g. 商品房买卖合同 (sales contract)",
    "合同编号": "Contract number", "签订日期": "Signed on", "合同标的": "Subject matter",
    "如：某小区3栋2单元1201室": "e.g. 某小区3栋2单元1201室 (the flat)",
    "所依据的合同条款": "Contract clause relied on", "如：第九条第（二）项": "e.g. 第九条第（二）项",
    "我方已履行情况": "Our performance",
    "如：我方已于2024年6月30日按约交付房屋": "e.g. 我方已于2024年6月30日按约交付房屋",
    "应付款项": "Amounts due", "款项名称": "Item", "应付金额": "Amount due",
    "应付日期": "Due date", "已收款项": "Payments received", "付款日期": "Paid on",
    "金额": "Amount", "对应款项": "For item",
    "不填则冲抵最早到期的款项": "Empty: applied to the earliest item due",
    "计算方式": "Method", "按日比例": "Daily rate", "按年利率": "Annual rate",
    "按LPR": "LPR based", "分段比例": "Staged rates", "比例/利率": "Rate",
    "小数：日万分之四填 0.0004；年利率14.6%填 0.146":
        "A decimal: 0.04% a day is 0.0004; 14.6% a year is 0.146",
    "年天数": "Days per year", "365天": "365 days", "360天": "360 days",
    "LPR倍数": "LPR multiple", "如加计50%填 1.5": "e.g. 1.5 for LPR plus 50%",
    "加点（百分点）": "Plus (percentage points)", "LPR期限": "LPR tenor",
    "1年期": "1 year", "5年期以上": "Over 5 years", "LPR取值": "LPR used",
    "按违约时报价": "Rate at breach", "随每期报价浮动": "Floating with each quote",
    "分段": "Stages", "至逾期第几日": "Up to day overdue", "最后一段不填": "Empty for the last stage",
    "日比例": "Daily rate", "违约金暂计至": "Penalty accrued to",
    "不填则为落款日期": "Empty: the letter date", "逾期天数起算": "Days overdue count from",
    "应付日次日起算": "The day after due", "应付日当日起算": "The due date",
    "已付款冲抵顺序": "Payments applied to", "先冲抵本金": "Principal first",
    "先违约金后本金（民法典561条）": "Penalty first, then principal (Civil Code art. 561)",
    "付款期限（日期）": "Pay by (date)", "与“收函后天数”二选一": "Either this or “Days after receipt”",
    "收函后天数": "Days after receipt",
    "自收到本函之日起的天数；与“付款期限”二选一":
        "Days from receiving this letter; either this or “Pay by”",
    "开户银行": "Bank", "户名": "Account name", "账号": "Account number", "姓名": "Name",
    "补充说明": "Additional text",
    "原样打印的附加段落；会检查是否有威胁、侮辱等不当措辞":
        "A paragraph printed as typed; checked for threats, insults and other improper wording",
    "附回执（债务确认）": "Attach slip (debt acknowledgement)", "落款日期": "Letter date",
    "不填则为今天": "Empty: today", "版式": "Layout", "商务": "Business", "公文": "Official",
    "打印信头": "Print letterhead",
    # mortgage documents request
    "贷款银行": "Lending bank", "合同约定的提交期限": "Submission deadline in the contract",
    "合同约定应提交全部按揭资料的日期": "The date by which the contract required all documents",
    "尚缺的资料": "Missing documents", "每行一项，如：收入证明": "One per row, e.g. 收入证明",
    "提交地点": "Submit at", "如：本项目营销中心（某路88号）": "e.g. 本项目营销中心（某路88号）",
    "逾期后果（合同约定）": "Consequences (per contract)",
    "如：我方有权解除合同，并按合同约定追究违约责任": "e.g. 我方有权解除合同，并按合同约定追究违约责任",
    "补交期限（日期）": "Submit by (date)",
    "自收到本函之日起的天数；与“补交期限”二选一":
        "Days from receiving this letter; either this or “Submit by”",
    # termination notice
    "类型": "Kind", "按揭（未办妥贷款资料）": "Mortgage (loan documents missing)",
    "非按揭（逾期付款）": "Non-mortgage (late payment)", "催告函编号": "Demand number",
    "催告函日期": "Demand date", "催告函名称": "Demand title",
    "不填则按类型为“催补按揭资料函”或“付款催告函”":
        "Empty: “催补按揭资料函” or “付款催告函” according to the kind",
    "送达情况": "Delivery", "如：经EMS（单号1234567890）于2026年1月8日签收":
        "e.g. 经EMS（单号1234567890）于2026年1月8日签收",
    "逾期未付金额": "Overdue amount", "违约金比例（%）": "Penalty (%)",
    "合同约定解除时按累计应付款的百分比计收违约金的，填写百分数，如 3":
        "If the contract sets a penalty as a percentage of the total payable on termination, "
        "enter the percentage, e.g. 3",
    "累计应付款": "Total payable", "计算违约金的基数": "The base of the penalty",
    "结算期限（日期）": "Settle by (date)",
    "自收到本通知之日起的天数；与“结算期限”二选一":
        "Days from receiving this notice; either this or “Settle by”",
    "结算地点": "Settle at", "不填则为“我方”": "Empty: “我方” (our office)",
    "附退房申请书": "Attach property return application",
    # receivables demand
    "如：我方已按约交付全部货物并开具增值税发票": "e.g. 我方已按约交付全部货物并开具增值税发票",
    "发票／账单": "Invoices / bills", "发票号码": "Invoice number", "开票日期": "Invoice date",
    "已收金额": "Received", "账期（天）": "Terms (days)",
    "不填则使用统一账期": "Empty: the common terms", "到期日": "Due date",
    "不填则为开票日期加账期": "Empty: invoice date plus terms",
    "统一账期（天）": "Common terms (days)", "计算截止日": "Calculated to",
    "异议期（天）": "Objection period (days)",
    "对账目有异议时书面提出的期限": "Period for written objections to the account",
    # debt confirmation
    "欠款截至日期": "Debt as of", "欠款明细": "Debt details", "款项": "Item",
    "欠款金额": "Amount owed", "如：日万分之三；不填则写“合同约定的标准”":
        "e.g. 日万分之三; empty: “合同约定的标准” (the contract rate)",
    "承诺付清日期": "Promised payment date",
    "不填则留空，由债务人填写": "Empty: left blank for the debtor to fill in",
    # guarantor demand
    "保证方式": "Guarantee type",
    "合同未约定或约定不明的，按一般保证（民法典第六百八十六条）":
        "General guarantee if the contract is silent or unclear (Civil Code art. 686)",
    "一般保证": "General guarantee", "连带责任保证": "Joint and several guarantee",
    "保证合同名称": "Guarantee contract name",
    "保证条款在主合同中的可不填": "Empty if the guarantee is a clause of the main contract",
    "保证合同编号": "Guarantee contract number", "保证合同签订日期": "Guarantee signed on",
    "约定保证期间届满日": "Agreed guarantee period ends on",
    "约定保证期间（月）": "Agreed guarantee period (months)",
    "自主债务履行期限届满之日起算；都不填则为六个月（民法典第六百九十二条）":
        "Counted from the end of the principal debt's term; six months if both are empty "
        "(Civil Code art. 692)",
    "主债务履行期限届满日": "Principal debt due on", "主债务尚欠本金": "Principal outstanding",
    "利息／违约金（暂计）": "Interest / penalty (accrued)",
    "已产生的利息或违约金，可不填": "Interest or penalty accrued so far; optional",
    "金额截至日期": "Amounts as of", "履行期限（日期）": "Perform by (date)",
    "连带责任保证：请保证人履行的期限；与“收函后天数”二选一":
        "Joint guarantee: the date the guarantor must pay by; either this or “Days after "
        "receipt”",
    "附回执（签收确认）": "Attach slip (receipt confirmation)",
    # receipts: payment methods, layouts
    "现金": "Cash", "转账": "Bank transfer", "支票": "Cheque", "其他": "Other",
    "A4 一页三联（裁剪线）": "A4, three parts on one page (cut lines)",
    "A4 三等分（210×99 mm，每联一页）": "A4 thirds (210×99 mm, one part per page)",
    "241×93.1 mm 连续打印纸（每联一页）": "241×93.1 mm continuous paper (one part per page)",
    "套打（预印无碳联单，仅打印内容）": "Pre-printed carbonless form (content only)",
    # deposit statuses
    "未退": "Held", "部分扣退": "Partly settled", "已结清": "Settled", "已作废": "Void",
    # delivery
    "EMS": "EMS", "挂号信": "Registered mail", "快递": "Courier", "当面送达": "By hand",
    "电子邮件": "Email", "短信": "Text message", "待签收": "Awaiting signature",
    "已签收": "Signed for", "退回": "Returned",
    # firm profile
    "单位名称": "Firm name", "开户行": "Bank", "银行账号": "Bank account",
    "联系电话": "Contact phone", "标志图片": "Logo image", "印章图片": "Seal image",
    # document titles (台账, 编号规则)
    "收据": "Receipt", "押金收据": "Deposit receipt", "收款证明": "Payment certificate",
    "押金退还单": "Deposit refund",
}
