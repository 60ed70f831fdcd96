<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="35" />
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="36" />
        <source>对方</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="37" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="38" />
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="39" />
        <source>说明</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="56" />
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="176" />
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="186" />
        <source>批量出具</source>
        <translation>Batch issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="61" />
        <source>收据</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="63" />
        <source>Excel (.xlsx) 或 JSONL 文件</source>
        <translation>Excel (.xlsx) or JSONL file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="64" />
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="65" />
        <source>生成 Excel 模板…</source>
        <translation>Excel template…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="66" />
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="75" />
        <source>全部出具</source>
        <translation>Issue all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="77" />
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="79" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="91" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="98" />
        <source>输出到</source>
        <translation>Output to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="118" />
        <source>选择批量数据</source>
        <translation>Choose batch data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="119" />
        <source>数据 (*.xlsx *.jsonl)</source>
        <translation>Data (*.xlsx *.jsonl)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="128" />
        <source>保存模板</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="135" />
        <source>未能生成模板</source>
        <translation>Template not written</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="157" />
        <source>可出具</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="157" />
        <source>有错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="166" />
        <source>共 %1 行：%2 行可出具，%3 行有错误（出具时跳过）</source>
        <translation>%1 rows: %2 ready, %3 with errors (skipped)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="184" />
        <source>正在出具…</source>
        <translation>Issuing…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="184" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="207" />
        <source>正在取消（当前一份完成后停止）…</source>
        <translation>Cancelling (stops after the current document)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="233" />
        <source>批量出具完成</source>
        <translation>Batch finished</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="38" />
        <source>送达记录 — %1</source>
        <translation>Delivery records — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="41" />
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="60" />
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="41" />
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="61" />
        <source>运单号</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="41" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="42" />
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="63" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="42" />
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="64" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="54" />
        <source>留空则用函件上的地址</source>
        <translation>Empty: the address on the letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="56" />
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="58" />
        <source>登记送达</source>
        <translation>Record delivery</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="62" />
        <source>寄出日期</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="100" />
        <source>提示</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_start_wizard.py" line="31" />
        <source>欢迎使用函据通</source>
        <translation>Welcome to LetterDesk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_start_wizard.py" line="41" />
        <source>本单位</source>
        <translation>Your firm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_start_wizard.py" line="41" />
        <source>函件和收据抬头上的单位名称、地址、电话。</source>
        <translation>Name, address and phone printed at the top of letters and receipts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_start_wizard.py" line="42" />
        <source>收款账户与联系人</source>
        <translation>Bank account and contact</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_start_wizard.py" line="42" />
        <source>催款函中写明的收款账户和联系人。</source>
        <translation>The account and contact named in payment demands.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_start_wizard.py" line="43" />
        <source>标志与印章（可选）</source>
        <translation>Logo and seal (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_start_wizard.py" line="43" />
        <source>印在抬头的标志和电子印章图片，可以以后再设。</source>
        <translation>Logo and seal images; you can add them later.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_start_wizard.py" line="49" />
        <source>{year} 为年份，{seq:05d} 为五位流水号。</source>
        <translation>{year} is the year, {seq:05d} a five-digit sequence number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_start_wizard.py" line="51" />
        <source>编号规则</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_start_wizard.py" line="51" />
        <source>每类单据连续编号。</source>
        <translation>Each kind of document is numbered continuously.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_start_wizard.py" line="80" />
        <source>请检查</source>
        <translation>Please check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_start_wizard.py" line="83" />
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>FolderPicker</name>
    <message>
        <location filename="../../desktop_app/gui/pages/settings_page.py" line="40" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/settings_page.py" line="49" />
        <source>台账文件</source>
        <translation>Ledger file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/settings_page.py" line="52" />
        <source>选择文件夹</source>
        <translation>Choose folder</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/profile_form.py" line="62" />
        <source>可选：PNG 或 JPG 图片</source>
        <translation>Optional: PNG or JPG image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/profile_form.py" line="63" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/profile_form.py" line="71" />
        <source>选择图片</source>
        <translation>Choose image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/profile_form.py" line="72" />
        <source>图片 (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="21" />
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="22" />
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="25" />
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="26" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="27" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="28" />
        <source>对方</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="29" />
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="30" />
        <source>违约金</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="31" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="32" />
        <source>关联编号</source>
        <translation>Related</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="33" />
        <source>经办人</source>
        <translation>Operator</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="65" />
        <source>查找编号、对方…（Ctrl+F）</source>
        <translation>Find number, party… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="69" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="70" />
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="71" />
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="72" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="75" />
        <source>打开 PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="76" />
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="77" />
        <source>重打</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="78" />
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="79" />
        <source>送达记录…</source>
        <translation>Deliveries…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="80" />
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="81" />
        <source>立即同步台账</source>
        <translation>Sync ledger now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="129" />
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="163" />
        <source>Excel 台账等待写入（文件被占用或只读）：%1</source>
        <translation>Excel ledger waiting (file locked or read-only): %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="166" />
        <source>Excel 台账已同步：%1（%2）</source>
        <translation>Excel ledger in sync: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="167" />
        <source>尚未生成</source>
        <translation>not written yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="202" />
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="223" />
        <source>找不到文件</source>
        <translation>File not found</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="203" />
        <source>该单据的 PDF 文件不存在（可能已被移动）。</source>
        <translation>The PDF of this document is missing (moved?).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="223" />
        <source>该单据的 PDF 文件不存在。</source>
        <translation>The PDF of this document is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="242" />
        <source>已重打：%1</source>
        <translation>Reprinted: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="255" />
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="259" />
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="255" />
        <source>作废 %1 的原因（必填）：</source>
        <translation>Reason for voiding %1 (required):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="259" />
        <source>作废必须填写原因。</source>
        <translation>A reason is required to void.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="262" />
        <source>确认作废</source>
        <translation>Confirm void</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="263" />
        <source>确定作废 %1？作废后编号保留、不可恢复。</source>
        <translation>Void %1? The number stays used; this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="281" />
        <source>%1 已作废</source>
        <translation>%1 voided</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="284" />
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="298" />
        <source>导出台账</source>
        <translation>Export ledger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="313" />
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="320" />
        <source>台账已导出：%1</source>
        <translation>Ledger exported: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="336" />
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="343" />
        <source>操作失败：%1</source>
        <translation>Operation failed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="344" />
        <source>操作失败</source>
        <translation>Operation failed</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/form_builder.py" line="163" />
        <source>函件</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/form_builder.py" line="198" />
        <source>添加一行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/form_builder.py" line="222" />
        <source>（默认）</source>
        <translation>(default)</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="103" />
        <source>填入示例</source>
        <translation>Fill in sample</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="107" />
        <source>出具 (Ctrl+Enter)</source>
        <translation>Issue (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="109" />
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="110" />
        <source>保存 DOCX…</source>
        <translation>Save DOCX…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="111" />
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="127" />
        <source>函件类型</source>
        <translation>Letter kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="272" />
        <source>正在生成预览…</source>
        <translation>Rendering preview…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="287" />
        <source>预览已更新</source>
        <translation>Preview updated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="296" />
        <source>无法生成预览：%1</source>
        <translation>No preview: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="323" />
        <source>出具前请确认</source>
        <translation>Confirm before issuing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="324" />
        <source>发现以下问题：
%1

仍要出具吗？</source>
        <translation>Found these issues:
%1

Issue anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="345" />
        <source>正在出具…</source>
        <translation>Issuing…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="354" />
        <source>已出具 %1</source>
        <translation>Issued %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="359" />
        <source>已出具</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="370" />
        <source>未能出具</source>
        <translation>Not issued</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="392" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="392" />
        <source>请先填写函件，预览生成后再打印。</source>
        <translation>Fill in the letter and wait for the preview first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="402" />
        <source>保存 DOCX</source>
        <translation>Save DOCX</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="417" />
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="419" />
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="54" />
        <source>催款函件</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="55" />
        <source>违约金计算</source>
        <translation>Penalty calculator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="56" />
        <source>收据与押金</source>
        <translation>Receipts &amp; deposits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="57" />
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="58" />
        <source>往来单位</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="59" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="91" />
        <source>数据目录：%1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="153" />
        <source>新建(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="154" />
        <source>出具(&amp;I)</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="155" />
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="156" />
        <source>保存 DOCX(&amp;S)…</source>
        <translation>&amp;Save DOCX…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="157" />
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="167" />
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="170" />
        <source>批量出具(&amp;B)…</source>
        <translation>&amp;Batch issue…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="172" />
        <source>单位资料向导(&amp;W)…</source>
        <translation>Firm profile &amp;wizard…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="174" />
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="179" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="186" />
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="188" />
        <source>转到(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="193" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="246" />
        <source>单位资料已保存</source>
        <translation>Firm profile saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="264" />
        <source>关于函据通</source>
        <translation>About LetterDesk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="265" />
        <source>函据通 LetterDesk %1
催款函件、违约金计算、收据与押金、台账。</source>
        <translation>LetterDesk %1
Payment demands, penalties, receipts and deposits, ledger.</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/money_edit.py" line="25" />
        <source>元</source>
        <translation>yuan</translation>
    </message>
</context>
<context>
    <name>OverlayCalibrationDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/overlay_calibration.py" line="30" />
        <source>套打校准</source>
        <translation>Pre-printed form calibration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/overlay_calibration.py" line="40" />
        <source>打印校准页…</source>
        <translation>Print calibration page…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/overlay_calibration.py" line="44" />
        <source>1. 把预印联单放入打印机，打印校准页；
2. 量出十字线与联单上对应栏目的偏差（向右、向下为正）；
3. 填入偏移后保存，再打印一次确认。</source>
        <translation>1. Load the pre-printed form and print the calibration page;
2. measure how far the crosshairs are from the form's boxes (right and down are positive);
3. enter the offset, save, and print again to check.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/overlay_calibration.py" line="53" />
        <source>水平偏移（向右为正）</source>
        <translation>Horizontal offset (right +)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/overlay_calibration.py" line="54" />
        <source>垂直偏移（向下为正）</source>
        <translation>Vertical offset (down +)</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="29" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="30" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="31" />
        <source>证件号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="32" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="33" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="34" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="57" />
        <source>查找名称、电话、地址…</source>
        <translation>Find name, phone, address…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="68" />
        <source>新建…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="69" />
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="70" />
        <source>合并到…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="71" />
        <source>从 Excel 导入…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="118" />
        <source>已新建往来单位</source>
        <translation>Party created</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="134" />
        <source>合并往来单位</source>
        <translation>Merge parties</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="135" />
        <source>把“%1”合并到：</source>
        <translation>Merge “%1” into:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="140" />
        <source>确认合并</source>
        <translation>Confirm merge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="141" />
        <source>“%1”将并入“%2”，原记录保留但不再显示。继续？</source>
        <translation>“%1” will be merged into “%2”; the old record is kept but hidden. Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="148" />
        <source>无法合并</source>
        <translation>Cannot merge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="158" />
        <source>导入往来单位</source>
        <translation>Import parties</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="170" />
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="177" />
        <source>导入 %1 条。</source>
        <translation>%1 imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="181" />
        <source>
%1 行未导入：
</source>
        <translation>
%1 rows not imported:
</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="183" />
        <source>导入结果</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="188" />
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/party_dialog.py" line="23" />
        <source>单位</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/party_dialog.py" line="24" />
        <source>个人</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/party_dialog.py" line="25" />
        <source>欠款方</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/party_dialog.py" line="26" />
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/party_dialog.py" line="27" />
        <source>员工</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/party_dialog.py" line="28" />
        <source>担保人</source>
        <translation>Guarantor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/party_dialog.py" line="46" />
        <source>编辑往来单位</source>
        <translation>Edit party</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/party_dialog.py" line="46" />
        <source>新建往来单位</source>
        <translation>New party</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/party_dialog.py" line="60" />
        <source>名称 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/party_dialog.py" line="61" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/party_dialog.py" line="62" />
        <source>证件号 / 统一社会信用代码</source>
        <translation>ID number / credit code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/party_dialog.py" line="63" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/party_dialog.py" line="64" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/party_dialog.py" line="65" />
        <source>银行账号</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/party_dialog.py" line="66" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/pdf_preview.py" line="36" />
        <location filename="../../desktop_app/gui/widgets/pdf_preview.py" line="63" />
        <source>预览将在这里显示</source>
        <translation>The preview appears here</translation>
    </message>
</context>
<context>
    <name>PenaltyEditor</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="34" />
        <source>按日（万分之几）</source>
        <translation>Daily rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="35" />
        <source>按年利率</source>
        <translation>Annual rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="36" />
        <source>按 LPR 倍数</source>
        <translation>LPR multiple</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="37" />
        <source>分段（逾期天数）</source>
        <translation>Staged (days overdue)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="40" />
        <source>自到期次日起算</source>
        <translation>From the day after due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="41" />
        <source>到期当日起算</source>
        <translation>From the due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="44" />
        <source>还款先抵本金</source>
        <translation>Principal first</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="45" />
        <source>先抵违约金（民法典561条）</source>
        <translation>Penalty first (Civil Code art. 561)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="115" />
        <source>删除选中行</source>
        <translation>Delete selected rows</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="132" />
        <source>款项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="132" />
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="134" />
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="132" />
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="134" />
        <source>还款日</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="135" />
        <source>对应款项（可空）</source>
        <translation>For item (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="154" />
        <source>违约时固定</source>
        <translation>Fixed at breach</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="155" />
        <source>随 LPR 浮动</source>
        <translation>Floating with LPR</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="157" />
        <source>逾期天数以内（末段留空）</source>
        <translation>Up to days overdue (last: empty)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="157" />
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="167" />
        <source>日利率</source>
        <translation>Daily rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="170" />
        <source>年利率</source>
        <translation>Annual rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="171" />
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="178" />
        <source>年天数</source>
        <translation>Days per year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="174" />
        <source>LPR 倍数</source>
        <translation>LPR multiple</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="175" />
        <source>加点（百分点）</source>
        <translation>Plus (points)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="176" />
        <source>期限</source>
        <translation>Tenor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="177" />
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="201" />
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="179" />
        <source>添加一段</source>
        <translation>Add stage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="194" />
        <source>应付款项</source>
        <translation>Amounts due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="195" />
        <source>添加款项</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="196" />
        <source>已付款</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="198" />
        <source>添加还款</source>
        <translation>Add payment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="199" />
        <source>违约金标准</source>
        <translation>Penalty rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="203" />
        <source>计算至</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="204" />
        <source>起算</source>
        <translation>Counting from</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="205" />
        <source>还款抵扣</source>
        <translation>Payments go to</translation>
    </message>
</context>
<context>
    <name>PenaltyPage</name>
    <message>
        <location filename="../../desktop_app/gui/pages/penalty_page.py" line="49" />
        <source>复制结果</source>
        <translation>Copy result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/penalty_page.py" line="50" />
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/penalty_page.py" line="51" />
        <source>用于催款函</source>
        <translation>Use in a letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/penalty_page.py" line="52" />
        <source>填入示例</source>
        <translation>Fill in sample</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/penalty_page.py" line="104" />
        <source>计算结果已复制，可粘贴到 Excel 或 Word</source>
        <translation>Result copied; paste it into Excel or Word</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/penalty_page.py" line="113" />
        <source>导出违约金计算</source>
        <translation>Export penalty calculation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/penalty_page.py" line="121" />
        <location filename="../../desktop_app/gui/pages/penalty_page.py" line="122" />
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/penalty_page.py" line="124" />
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>PenaltyResultView</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="48" />
        <source>款项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="49" />
        <source>起</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="50" />
        <source>止</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="51" />
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="52" />
        <source>基数</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="53" />
        <source>日利率</source>
        <translation>Daily rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="54" />
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="293" />
        <source>违约金 %1 元（%2）；未付本金 %3 元；每日 %4 元；折合年利率 %5</source>
        <translation>Penalty %1 yuan (%2); outstanding %3 yuan; %4 yuan a day; annualised rate %5</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="69" />
        <source>“%1”暂不可用：%2</source>
        <translation>“%1” is not available: %2</translation>
    </message>
</context>
<context>
    <name>ReceiptsPage</name>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="102" />
        <source>可选；收据上只显示遮蔽后的号码</source>
        <translation>Optional; the receipt shows it masked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="112" />
        <source>押金收据留空则使用默认的退还条件</source>
        <translation>Empty on a deposit: the default refund terms</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="117" />
        <source>出具收据 (Ctrl+Enter)</source>
        <translation>Issue receipt (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="118" />
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="120" />
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="122" />
        <source>套打校准…</source>
        <translation>Calibrate form…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="132" />
        <source>按交款人查找</source>
        <translation>Find by payer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="139" />
        <source>退还押金…</source>
        <translation>Refund deposit…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="140" />
        <source>遗失收据：出具收款证明</source>
        <translation>Lost receipt: issue a certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="142" />
        <source>原收据编号</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="162" />
        <source>开具收据</source>
        <translation>Issue a receipt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="164" />
        <source>类别</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="56" />
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="165" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="46" />
        <source>收据</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="47" />
        <source>押金收据</source>
        <translation>Deposit receipt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="50" />
        <source>个人</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="51" />
        <source>单位</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="52" />
        <source>本单位员工</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="55" />
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="57" />
        <source>交款人</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="58" />
        <source>押金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="59" />
        <source>已扣</source>
        <translation>Deducted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="60" />
        <source>已退</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="61" />
        <source>余额</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="62" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="166" />
        <source>交款单位/人 *</source>
        <translation>Payer *</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="167" />
        <source>交款人类型</source>
        <translation>Payer type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="168" />
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="169" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="170" />
        <source>收款事由 *</source>
        <translation>Purpose *</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="171" />
        <source>金额 *</source>
        <translation>Amount *</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="172" />
        <source>收款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="173" />
        <source>凭证号/说明</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="174" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="175" />
        <source>版式</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="207" />
        <source>开收据</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="208" />
        <source>押金余额与退还</source>
        <translation>Deposits and refunds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="259" />
        <source>填写完整后显示预览：%1</source>
        <translation>The preview appears once the form is complete: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="270" />
        <source>无法生成预览：%1</source>
        <translation>No preview: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="300" />
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="300" />
        <source>

确认继续出具？</source>
        <translation>

Issue anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="306" />
        <source>重复出具？</source>
        <translation>Issue again?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="307" />
        <source>刚出具的收据 %1 内容与此完全相同。

确定再出具一张新编号的收据吗？</source>
        <translation>Receipt %1, just issued, has exactly the same content.

Issue another receipt with a new number?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="336" />
        <source>已出具收据 %1</source>
        <translation>Receipt %1 issued</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="344" />
        <source>已出具</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="352" />
        <source>操作失败</source>
        <translation>Operation failed</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/refund_dialog.py" line="34" />
        <source>押金退还 — %1</source>
        <translation>Deposit refund — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/refund_dialog.py" line="39" />
        <source>扣款原因</source>
        <translation>Deduction reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/refund_dialog.py" line="39" />
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/refund_dialog.py" line="52" />
        <source>押金 %1 元，可退余额 %2 元</source>
        <translation>Deposit %1 yuan, refundable balance %2 yuan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/refund_dialog.py" line="54" />
        <source>退还金额</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/refund_dialog.py" line="55" />
        <source>扣款</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/refund_dialog.py" line="55" />
        <source>添加扣款</source>
        <translation>Add deduction</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/refund_dialog.py" line="56" />
        <source>退款方式</source>
        <translation>Refund method</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/refund_dialog.py" line="57" />
        <source>凭证号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/refund_dialog.py" line="58" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/refund_dialog.py" line="92" />
        <source>退还与扣款合计 %1 元，超过可退余额 %2 元</source>
        <translation>Refund plus deductions (%1 yuan) exceed the refundable balance of %2 yuan</translation>
    </message>
</context>
<context>
    <name>SeriesTable</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/profile_form.py" line="124" />
        <source>序列</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/profile_form.py" line="124" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/profile_form.py" line="124" />
        <source>编号格式</source>
        <translation>Pattern</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_app/gui/pages/settings_page.py" line="29" />
        <source>跟随系统</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/settings_page.py" line="30" />
        <source>简体中文</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/settings_page.py" line="72" />
        <source>显示时隐去身份证号、账号的中间部分</source>
        <translation>Mask the middle of ID and account numbers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/settings_page.py" line="77" />
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/settings_page.py" line="81" />
        <source>本单位资料</source>
        <translation>Firm profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/settings_page.py" line="83" />
        <source>编号规则</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/settings_page.py" line="85" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/settings_page.py" line="87" />
        <source>经办人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/settings_page.py" line="88" />
        <source>输出文件夹</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/settings_page.py" line="89" />
        <source>Excel 台账</source>
        <translation>Excel ledger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/settings_page.py" line="90" />
        <source>个人信息</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/settings_page.py" line="91" />
        <source>界面语言（重启后生效）</source>
        <translation>Language (after restart)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/settings_page.py" line="157" />
        <source>设置已保存</source>
        <translation>Settings saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/settings_page.py" line="158" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/settings_page.py" line="158" />
        <source>设置已保存。</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="128" />
        <source>数据库无法打开</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="133" />
        <source>从最近的备份恢复</source>
        <translation>Restore the latest backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="134" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="147" />
        <source>恢复需要确认</source>
        <translation>Restore needs confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="148" />
        <source>请先核对收据存根和已寄出的函件。核对无误后，可强制恢复：备份之后用过的编号会记为“恢复时遗失”，以后不会重复使用。是否强制恢复？</source>
        <translation>First check the receipt stubs and the letters sent. If they match, the restore can be forced: numbers used after the backup are recorded as “lost in restore” and never used again. Force the restore?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="159" />
        <source>恢复失败</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="177" />
        <source>启动备份失败：</source>
        <translation>Start-up backup failed: </translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="23" />
        <source>付款催告函</source>
        <translation>Payment demand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="24" />
        <source>逾期付款催告：列明欠款、违约金（暂计至某日并按日累计）和付款期限，可附债务确认回执</source>
        <translation>Overdue payment demand: lists the debt, the penalty (accrued to a date and growing daily) and a payment deadline; a debt acknowledgement slip can be attached</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="25" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="26" />
        <source>发函单位（债权人）</source>
        <translation>Sender (creditor)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="27" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="28" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="29" />
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="30" />
        <source>与合同上的全称一致</source>
        <translation>The full name as in the contract</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="31" />
        <source>收函人（债务人）</source>
        <translation>Recipient (debtor)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="32" />
        <source>送达地址</source>
        <translation>Delivery address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="33" />
        <source>合同约定的送达地址</source>
        <translation>The address for notices in the contract</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="34" />
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="35" />
        <source>函件上只打印遮蔽后的号码（如 110***********1234）</source>
        <translation>The letter prints it masked (e.g. 110***********1234)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="36" />
        <source>合同名称</source>
        <translation>Contract name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="37" />
        <source>如：商品房买卖合同</source>
        <translation>e.g. 商品房买卖合同 (sales contract)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="38" />
        <source>合同</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="39" />
        <source>合同编号</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="40" />
        <source>签订日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="41" />
        <source>合同标的</source>
        <translation>Subject matter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="42" />
        <source>如：某小区3栋2单元1201室</source>
        <translation>e.g. 某小区3栋2单元1201室 (the flat)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="43" />
        <source>所依据的合同条款</source>
        <translation>Contract clause relied on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="44" />
        <source>如：第九条第（二）项</source>
        <translation>e.g. 第九条第（二）项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="45" />
        <source>我方已履行情况</source>
        <translation>Our performance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="46" />
        <source>如：我方已于2024年6月30日按约交付房屋</source>
        <translation>e.g. 我方已于2024年6月30日按约交付房屋</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="47" />
        <source>应付款项</source>
        <translation>Amounts due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="48" />
        <source>款项名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="49" />
        <source>应付金额</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="50" />
        <source>应付日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="51" />
        <source>已收款项</source>
        <translation>Payments received</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="52" />
        <source>付款日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="53" />
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="54" />
        <source>对应款项</source>
        <translation>For item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="55" />
        <source>不填则冲抵最早到期的款项</source>
        <translation>Empty: applied to the earliest item due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="56" />
        <source>计算方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="57" />
        <source>违约金标准</source>
        <translation>Penalty rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="58" />
        <source>按日比例</source>
        <translation>Daily rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="59" />
        <source>按年利率</source>
        <translation>Annual rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="60" />
        <source>按LPR</source>
        <translation>LPR based</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="61" />
        <source>分段比例</source>
        <translation>Staged rates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="62" />
        <source>比例/利率</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="63" />
        <source>小数：日万分之四填 0.0004；年利率14.6%填 0.146</source>
        <translation>A decimal: 0.04% a day is 0.0004; 14.6% a year is 0.146</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="64" />
        <source>年天数</source>
        <translation>Days per year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="65" />
        <source>365天</source>
        <translation>365 days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="66" />
        <source>360天</source>
        <translation>360 days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="67" />
        <source>LPR倍数</source>
        <translation>LPR multiple</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="68" />
        <source>如加计50%填 1.5</source>
        <translation>e.g. 1.5 for LPR plus 50%</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="69" />
        <source>加点（百分点）</source>
        <translation>Plus (percentage points)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="70" />
        <source>LPR期限</source>
        <translation>LPR tenor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="71" />
        <source>1年期</source>
        <translation>1 year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="72" />
        <source>5年期以上</source>
        <translation>Over 5 years</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="73" />
        <source>LPR取值</source>
        <translation>LPR used</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="74" />
        <source>按违约时报价</source>
        <translation>Rate at breach</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="75" />
        <source>随每期报价浮动</source>
        <translation>Floating with each quote</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="76" />
        <source>分段</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="77" />
        <source>至逾期第几日</source>
        <translation>Up to day overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="78" />
        <source>最后一段不填</source>
        <translation>Empty for the last stage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="79" />
        <source>日比例</source>
        <translation>Daily rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="80" />
        <source>违约金暂计至</source>
        <translation>Penalty accrued to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="81" />
        <source>不填则为落款日期</source>
        <translation>Empty: the letter date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="82" />
        <source>逾期天数起算</source>
        <translation>Days overdue count from</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="83" />
        <source>应付日次日起算</source>
        <translation>The day after due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="84" />
        <source>应付日当日起算</source>
        <translation>The due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="85" />
        <source>已付款冲抵顺序</source>
        <translation>Payments applied to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="86" />
        <source>先冲抵本金</source>
        <translation>Principal first</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="87" />
        <source>先违约金后本金（民法典561条）</source>
        <translation>Penalty first, then principal (Civil Code art. 561)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="88" />
        <source>付款期限（日期）</source>
        <translation>Pay by (date)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="89" />
        <source>与“收函后天数”二选一</source>
        <translation>Either this or “Days after receipt”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="90" />
        <source>收函后天数</source>
        <translation>Days after receipt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="91" />
        <source>自收到本函之日起的天数；与“付款期限”二选一</source>
        <translation>Days from receiving this letter; either this or “Pay by”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="92" />
        <source>开户银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="93" />
        <source>收款账户</source>
        <translation>Payee account</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="94" />
        <source>户名</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="95" />
        <source>账号</source>
        <translation>Account number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="96" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="97" />
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="98" />
        <source>补充说明</source>
        <translation>Additional text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="99" />
        <source>原样打印的附加段落；会检查是否有威胁、侮辱等不当措辞</source>
        <translation>A paragraph printed as typed; checked for threats, insults and other improper wording</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="100" />
        <source>附回执（债务确认）</source>
        <translation>Attach slip (debt acknowledgement)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="101" />
        <source>落款日期</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="102" />
        <source>不填则为今天</source>
        <translation>Empty: today</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="103" />
        <source>版式</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="104" />
        <source>商务</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="105" />
        <source>公文</source>
        <translation>Official</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="106" />
        <source>打印信头</source>
        <translation>Print letterhead</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="107" />
        <source>催补按揭资料函</source>
        <translation>Mortgage documents request</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="108" />
        <source>购房人未按约提交办理按揭贷款所需资料时，列明缺少的资料、补交期限和合同约定的后果</source>
        <translation>When a buyer has not submitted the documents for the mortgage loan: lists the missing documents, the deadline and the consequences agreed in the contract</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="109" />
        <source>贷款银行</source>
        <translation>Lending bank</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="110" />
        <source>合同约定的提交期限</source>
        <translation>Submission deadline in the contract</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="111" />
        <source>合同约定应提交全部按揭资料的日期</source>
        <translation>The date by which the contract required all documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="112" />
        <source>尚缺的资料</source>
        <translation>Missing documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="113" />
        <source>每行一项，如：收入证明</source>
        <translation>One per row, e.g. 收入证明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="114" />
        <source>提交地点</source>
        <translation>Submit at</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="115" />
        <source>如：本项目营销中心（某路88号）</source>
        <translation>e.g. 本项目营销中心（某路88号）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="116" />
        <source>逾期后果（合同约定）</source>
        <translation>Consequences (per contract)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="117" />
        <source>如：我方有权解除合同，并按合同约定追究违约责任</source>
        <translation>e.g. 我方有权解除合同，并按合同约定追究违约责任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="118" />
        <source>补交期限（日期）</source>
        <translation>Submit by (date)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="119" />
        <source>自收到本函之日起的天数；与“补交期限”二选一</source>
        <translation>Days from receiving this letter; either this or “Submit by”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="120" />
        <source>解除合同通知书</source>
        <translation>Contract termination notice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="121" />
        <source>催告后在合理期限内仍未履行时，书面通知解除合同（按揭／非按揭），引用前次催告的编号、日期和送达情况，附退房申请书</source>
        <translation>Terminates the contract in writing after a demand went unanswered (mortgage / non-mortgage), citing the earlier demand's number, date and delivery; with a property return application</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="122" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="123" />
        <source>按揭（未办妥贷款资料）</source>
        <translation>Mortgage (loan documents missing)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="124" />
        <source>非按揭（逾期付款）</source>
        <translation>Non-mortgage (late payment)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="125" />
        <source>催告函编号</source>
        <translation>Demand number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="126" />
        <source>前次催告</source>
        <translation>Earlier demand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="127" />
        <source>催告函日期</source>
        <translation>Demand date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="128" />
        <source>催告函名称</source>
        <translation>Demand title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="129" />
        <source>不填则按类型为“催补按揭资料函”或“付款催告函”</source>
        <translation>Empty: “催补按揭资料函” or “付款催告函” according to the kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="130" />
        <source>送达情况</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="131" />
        <source>如：经EMS（单号1234567890）于2026年1月8日签收</source>
        <translation>e.g. 经EMS（单号1234567890）于2026年1月8日签收</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="132" />
        <source>逾期未付金额</source>
        <translation>Overdue amount</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="133" />
        <source>违约金比例（%）</source>
        <translation>Penalty (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="134" />
        <source>合同约定解除时按累计应付款的百分比计收违约金的，填写百分数，如 3</source>
        <translation>If the contract sets a penalty as a percentage of the total payable on termination, enter the percentage, e.g. 3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="135" />
        <source>累计应付款</source>
        <translation>Total payable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="136" />
        <source>计算违约金的基数</source>
        <translation>The base of the penalty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="137" />
        <source>结算期限（日期）</source>
        <translation>Settle by (date)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="138" />
        <source>自收到本通知之日起的天数；与“结算期限”二选一</source>
        <translation>Days from receiving this notice; either this or “Settle by”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="139" />
        <source>结算地点</source>
        <translation>Settle at</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="140" />
        <source>不填则为“我方”</source>
        <translation>Empty: “我方” (our office)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="141" />
        <source>附退房申请书</source>
        <translation>Attach property return application</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="142" />
        <source>应收账款催收函</source>
        <translation>Receivables demand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="143" />
        <source>企业之间的逾期应收账款催收：列明发票号码、开票日期、金额、账期、到期日和逾期天数，可计算逾期违约金</source>
        <translation>Business-to-business receivables demand: invoice numbers, dates, amounts, terms, due dates and days overdue; can compute a late-payment penalty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="144" />
        <source>收函单位（债务人）</source>
        <translation>Recipient company (debtor)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="145" />
        <source>如：我方已按约交付全部货物并开具增值税发票</source>
        <translation>e.g. 我方已按约交付全部货物并开具增值税发票</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="146" />
        <source>发票／账单</source>
        <translation>Invoices / bills</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="147" />
        <source>发票号码</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="148" />
        <source>开票日期</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="149" />
        <source>已收金额</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="150" />
        <source>账期（天）</source>
        <translation>Terms (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="151" />
        <source>不填则使用统一账期</source>
        <translation>Empty: the common terms</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="152" />
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="153" />
        <source>不填则为开票日期加账期</source>
        <translation>Empty: invoice date plus terms</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="154" />
        <source>统一账期（天）</source>
        <translation>Common terms (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="155" />
        <source>计算截止日</source>
        <translation>Calculated to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="156" />
        <source>违约金标准（可选）</source>
        <translation>Penalty rate (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="157" />
        <source>异议期（天）</source>
        <translation>Objection period (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="158" />
        <source>对账目有异议时书面提出的期限</source>
        <translation>Period for written objections to the account</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="159" />
        <source>催款通知单（债务确认）</source>
        <translation>Payment notice (debt acknowledgement)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="160" />
        <source>请债务人核对并签署的催款通知单：确认截至某日的欠款金额并承诺于某日前付清；违约金继续计算，不写最终金额</source>
        <translation>A notice the debtor checks and signs: confirms the debt as of a date and promises to pay by a date; the penalty keeps accruing, no final amount is stated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="161" />
        <source>欠款截至日期</source>
        <translation>Debt as of</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="162" />
        <source>欠款明细</source>
        <translation>Debt details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="163" />
        <source>款项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="164" />
        <source>欠款金额</source>
        <translation>Amount owed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="165" />
        <source>如：日万分之三；不填则写“合同约定的标准”</source>
        <translation>e.g. 日万分之三; empty: “合同约定的标准” (the contract rate)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="166" />
        <source>承诺付清日期</source>
        <translation>Promised payment date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="167" />
        <source>不填则留空，由债务人填写</source>
        <translation>Empty: left blank for the debtor to fill in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="168" />
        <source>保证人催收通知书</source>
        <translation>Guarantor demand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="169" />
        <source>在保证期间内向保证人主张保证责任；一般保证仅发函不足以保全权利，程序会提示</source>
        <translation>Claims the guarantee within the guarantee period; for a general guarantee a letter alone does not preserve the claim, and the program warns about it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="170" />
        <source>保证人（收函人）</source>
        <translation>Guarantor (recipient)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="171" />
        <source>函件上只打印遮蔽后的号码</source>
        <translation>The letter prints it masked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="172" />
        <source>主债务人</source>
        <translation>Principal debtor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="173" />
        <source>主合同</source>
        <translation>Main contract</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="174" />
        <source>保证方式</source>
        <translation>Guarantee type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="175" />
        <source>合同未约定或约定不明的，按一般保证（民法典第六百八十六条）</source>
        <translation>General guarantee if the contract is silent or unclear (Civil Code art. 686)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="176" />
        <source>保证</source>
        <translation>Guarantee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="177" />
        <source>一般保证</source>
        <translation>General guarantee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="178" />
        <source>连带责任保证</source>
        <translation>Joint and several guarantee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="179" />
        <source>保证合同名称</source>
        <translation>Guarantee contract name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="180" />
        <source>保证条款在主合同中的可不填</source>
        <translation>Empty if the guarantee is a clause of the main contract</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="181" />
        <source>保证合同编号</source>
        <translation>Guarantee contract number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="182" />
        <source>保证合同签订日期</source>
        <translation>Guarantee signed on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="183" />
        <source>约定保证期间届满日</source>
        <translation>Agreed guarantee period ends on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="184" />
        <source>约定保证期间（月）</source>
        <translation>Agreed guarantee period (months)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="185" />
        <source>自主债务履行期限届满之日起算；都不填则为六个月（民法典第六百九十二条）</source>
        <translation>Counted from the end of the principal debt's term; six months if both are empty (Civil Code art. 692)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="186" />
        <source>主债务履行期限届满日</source>
        <translation>Principal debt due on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="187" />
        <source>主债务尚欠本金</source>
        <translation>Principal outstanding</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="188" />
        <source>利息／违约金（暂计）</source>
        <translation>Interest / penalty (accrued)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="189" />
        <source>已产生的利息或违约金，可不填</source>
        <translation>Interest or penalty accrued so far; optional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="190" />
        <source>金额截至日期</source>
        <translation>Amounts as of</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="191" />
        <source>履行期限（日期）</source>
        <translation>Perform by (date)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="192" />
        <source>连带责任保证：请保证人履行的期限；与“收函后天数”二选一</source>
        <translation>Joint guarantee: the date the guarantor must pay by; either this or “Days after receipt”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="193" />
        <source>附回执（签收确认）</source>
        <translation>Attach slip (receipt confirmation)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="194" />
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="195" />
        <source>转账</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="196" />
        <source>支票</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="197" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="198" />
        <source>A4 一页三联（裁剪线）</source>
        <translation>A4, three parts on one page (cut lines)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="199" />
        <source>A4 三等分（210×99 mm，每联一页）</source>
        <translation>A4 thirds (210×99 mm, one part per page)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="200" />
        <source>241×93.1 mm 连续打印纸（每联一页）</source>
        <translation>241×93.1 mm continuous paper (one part per page)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="201" />
        <source>套打（预印无碳联单，仅打印内容）</source>
        <translation>Pre-printed carbonless form (content only)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="202" />
        <source>未退</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="203" />
        <source>部分扣退</source>
        <translation>Partly settled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="204" />
        <source>已结清</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="205" />
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="206" />
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="207" />
        <source>挂号信</source>
        <translation>Registered mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="208" />
        <source>快递</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="209" />
        <source>当面送达</source>
        <translation>By hand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="210" />
        <source>电子邮件</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="211" />
        <source>短信</source>
        <translation>Text message</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="212" />
        <source>待签收</source>
        <translation>Awaiting signature</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="213" />
        <source>已签收</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="214" />
        <source>退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="215" />
        <source>单位名称</source>
        <translation>Firm name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="216" />
        <source>开户行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="217" />
        <source>银行账号</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="218" />
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="219" />
        <source>标志图片</source>
        <translation>Logo image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="220" />
        <source>印章图片</source>
        <translation>Seal image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="221" />
        <source>收据</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="222" />
        <source>押金收据</source>
        <translation>Deposit receipt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="223" />
        <source>收款证明</source>
        <translation>Payment certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/data_labels.py" line="224" />
        <source>押金退还单</source>
        <translation>Deposit refund</translation>
    </message>
</context>
</TS>