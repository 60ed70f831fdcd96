<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="34" />
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="35" />
        <source>对方</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="36" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="37" />
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="38" />
        <source>说明</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="65" />
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="185" />
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="195" />
        <source>批量出具</source>
        <translation>Batch issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="70" />
        <source>收据</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="72" />
        <source>Excel (.xlsx) 或 JSONL 文件</source>
        <translation>Excel (.xlsx) or JSONL file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="73" />
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="74" />
        <source>生成 Excel 模板…</source>
        <translation>Excel template…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="75" />
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="84" />
        <source>全部出具</source>
        <translation>Issue all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="86" />
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="88" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="100" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="107" />
        <source>输出到</source>
        <translation>Output to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="127" />
        <source>选择批量数据</source>
        <translation>Choose batch data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="128" />
        <source>数据 (*.xlsx *.jsonl)</source>
        <translation>Data (*.xlsx *.jsonl)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="137" />
        <source>保存模板</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="144" />
        <source>未能生成模板</source>
        <translation>Template not written</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="166" />
        <source>可出具</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="166" />
        <source>有错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="175" />
        <source>共 %1 行：%2 行可出具，%3 行有错误（出具时跳过）</source>
        <translation>%1 rows: %2 ready, %3 with errors (skipped)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="193" />
        <source>正在出具…</source>
        <translation>Issuing…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="193" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="216" />
        <source>正在取消（当前一份完成后停止）…</source>
        <translation>Cancelling (stops after the current document)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/batch_dialog.py" line="242" />
        <source>批量出具完成</source>
        <translation>Batch finished</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="37" />
        <source>送达记录 — %1</source>
        <translation>Delivery records — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="40" />
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="59" />
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="40" />
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="60" />
        <source>运单号</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="40" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="41" />
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="62" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="41" />
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="63" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="53" />
        <source>留空则用函件上的地址</source>
        <translation>Empty: the address on the letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="55" />
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="57" />
        <source>登记送达</source>
        <translation>Record delivery</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="61" />
        <source>寄出日期</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/delivery_dialog.py" line="99" />
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
        <location filename="../../desktop_app/gui/widgets/profile_form.py" line="60" />
        <source>可选：PNG 或 JPG 图片</source>
        <translation>Optional: PNG or JPG image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/profile_form.py" line="61" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/profile_form.py" line="69" />
        <source>选择图片</source>
        <translation>Choose image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/profile_form.py" line="70" />
        <source>图片 (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="19" />
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="20" />
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="23" />
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="24" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="25" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="26" />
        <source>对方</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="27" />
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="28" />
        <source>违约金</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="29" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="30" />
        <source>关联编号</source>
        <translation>Related</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/ledger_model.py" line="31" />
        <source>经办人</source>
        <translation>Operator</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="71" />
        <source>查找编号、对方…（Ctrl+F）</source>
        <translation>Find number, party… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="75" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="76" />
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="77" />
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="78" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="81" />
        <source>打开 PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="82" />
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="83" />
        <source>重打</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="84" />
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="85" />
        <source>送达记录…</source>
        <translation>Deliveries…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="86" />
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="87" />
        <source>立即同步台账</source>
        <translation>Sync ledger now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="135" />
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="162" />
        <source>Excel 台账等待写入（文件被占用或只读）：%1</source>
        <translation>Excel ledger waiting (file locked or read-only): %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="165" />
        <source>Excel 台账已同步：%1（%2）</source>
        <translation>Excel ledger in sync: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="166" />
        <source>尚未生成</source>
        <translation>not written yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="201" />
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="222" />
        <source>找不到文件</source>
        <translation>File not found</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="202" />
        <source>该单据的 PDF 文件不存在（可能已被移动）。</source>
        <translation>The PDF of this document is missing (moved?).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="222" />
        <source>该单据的 PDF 文件不存在。</source>
        <translation>The PDF of this document is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="241" />
        <source>已重打：%1</source>
        <translation>Reprinted: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="254" />
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="258" />
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="254" />
        <source>作废 %1 的原因（必填）：</source>
        <translation>Reason for voiding %1 (required):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="258" />
        <source>作废必须填写原因。</source>
        <translation>A reason is required to void.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="261" />
        <source>确认作废</source>
        <translation>Confirm void</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="262" />
        <source>确定作废 %1？作废后编号保留、不可恢复。</source>
        <translation>Void %1? The number stays used; this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="280" />
        <source>%1 已作废</source>
        <translation>%1 voided</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="283" />
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="297" />
        <source>导出台账</source>
        <translation>Export ledger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="311" />
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="318" />
        <source>台账已导出：%1</source>
        <translation>Ledger exported: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="334" />
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/ledger_page.py" line="340" />
        <source>操作失败</source>
        <translation>Operation failed</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/form_builder.py" line="153" />
        <source>函件</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/form_builder.py" line="188" />
        <source>添加一行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/form_builder.py" line="212" />
        <source>（默认）</source>
        <translation>(default)</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="100" />
        <source>填入示例</source>
        <translation>Fill in sample</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="104" />
        <source>出具 (Ctrl+Enter)</source>
        <translation>Issue (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="106" />
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="107" />
        <source>保存 DOCX…</source>
        <translation>Save DOCX…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="108" />
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="124" />
        <source>函件类型</source>
        <translation>Letter kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="252" />
        <source>正在生成预览…</source>
        <translation>Rendering preview…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="267" />
        <source>预览已更新</source>
        <translation>Preview updated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="276" />
        <source>无法生成预览：%1</source>
        <translation>No preview: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="286" />
        <source>出具前请确认</source>
        <translation>Confirm before issuing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="287" />
        <source>发现以下问题：
%1

仍要出具吗？</source>
        <translation>Found these issues:
%1

Issue anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="301" />
        <source>正在出具…</source>
        <translation>Issuing…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="309" />
        <source>已出具 %1</source>
        <translation>Issued %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="314" />
        <source>已出具</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="324" />
        <source>未能出具</source>
        <translation>Not issued</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="346" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="346" />
        <source>请先填写函件，预览生成后再打印。</source>
        <translation>Fill in the letter and wait for the preview first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="356" />
        <source>保存 DOCX</source>
        <translation>Save DOCX</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="371" />
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/letters_page.py" line="373" />
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
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="175" />
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="182" />
        <source>导入 %1 条。</source>
        <translation>%1 imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="186" />
        <source>
%1 行未导入：
</source>
        <translation>
%1 rows not imported:
</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="188" />
        <source>导入结果</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/parties_page.py" line="193" />
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
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="150" />
        <source>违约时固定</source>
        <translation>Fixed at breach</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="151" />
        <source>随 LPR 浮动</source>
        <translation>Floating with LPR</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="153" />
        <source>逾期天数以内（末段留空）</source>
        <translation>Up to days overdue (last: empty)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="153" />
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="163" />
        <source>日利率</source>
        <translation>Daily rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="166" />
        <source>年利率</source>
        <translation>Annual rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="167" />
        <source>年天数</source>
        <translation>Days per year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="170" />
        <source>LPR 倍数</source>
        <translation>LPR multiple</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="171" />
        <source>加点（百分点）</source>
        <translation>Plus (points)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="172" />
        <source>期限</source>
        <translation>Tenor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="173" />
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="195" />
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="174" />
        <source>添加一段</source>
        <translation>Add stage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="188" />
        <source>应付款项</source>
        <translation>Amounts due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="189" />
        <source>添加款项</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="190" />
        <source>已付款</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="192" />
        <source>添加还款</source>
        <translation>Add payment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="193" />
        <source>违约金标准</source>
        <translation>Penalty rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="197" />
        <source>计算至</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="198" />
        <source>起算</source>
        <translation>Counting from</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="199" />
        <source>还款抵扣</source>
        <translation>Payments go to</translation>
    </message>
</context>
<context>
    <name>PenaltyPage</name>
    <message>
        <location filename="../../desktop_app/gui/pages/penalty_page.py" line="47" />
        <source>复制结果</source>
        <translation>Copy result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/penalty_page.py" line="48" />
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/penalty_page.py" line="49" />
        <source>用于催款函</source>
        <translation>Use in a letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/penalty_page.py" line="50" />
        <source>填入示例</source>
        <translation>Fill in sample</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/penalty_page.py" line="101" />
        <source>计算结果已复制，可粘贴到 Excel 或 Word</source>
        <translation>Result copied; paste it into Excel or Word</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/penalty_page.py" line="110" />
        <source>导出违约金计算</source>
        <translation>Export penalty calculation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/penalty_page.py" line="117" />
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/penalty_page.py" line="119" />
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
        <location filename="../../desktop_app/gui/widgets/penalty_editor.py" line="282" />
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
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="109" />
        <source>可选；收据上只显示遮蔽后的号码</source>
        <translation>Optional; the receipt shows it masked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="119" />
        <source>押金收据留空则使用默认的退还条件</source>
        <translation>Empty on a deposit: the default refund terms</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="124" />
        <source>出具收据 (Ctrl+Enter)</source>
        <translation>Issue receipt (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="125" />
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="127" />
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="129" />
        <source>套打校准…</source>
        <translation>Calibrate form…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="139" />
        <source>按交款人查找</source>
        <translation>Find by payer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="146" />
        <source>退还押金…</source>
        <translation>Refund deposit…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="147" />
        <source>遗失收据：出具收款证明</source>
        <translation>Lost receipt: issue a certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="149" />
        <source>原收据编号</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="169" />
        <source>开具收据</source>
        <translation>Issue a receipt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="171" />
        <source>类别</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="55" />
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="172" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="45" />
        <source>收据</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="46" />
        <source>押金收据</source>
        <translation>Deposit receipt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="49" />
        <source>个人</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="50" />
        <source>单位</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="51" />
        <source>本单位员工</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="54" />
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="56" />
        <source>交款人</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="57" />
        <source>押金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="58" />
        <source>已扣</source>
        <translation>Deducted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="59" />
        <source>已退</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="60" />
        <source>余额</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="61" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="173" />
        <source>交款单位/人 *</source>
        <translation>Payer *</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="174" />
        <source>交款人类型</source>
        <translation>Payer type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="175" />
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="176" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="177" />
        <source>收款事由 *</source>
        <translation>Purpose *</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="178" />
        <source>金额 *</source>
        <translation>Amount *</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="179" />
        <source>收款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="180" />
        <source>凭证号/说明</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="181" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="182" />
        <source>版式</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="214" />
        <source>开收据</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="215" />
        <source>押金余额与退还</source>
        <translation>Deposits and refunds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="266" />
        <source>填写完整后显示预览：%1</source>
        <translation>The preview appears once the form is complete: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="277" />
        <source>无法生成预览：%1</source>
        <translation>No preview: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="305" />
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="305" />
        <source>

确认继续出具？</source>
        <translation>

Issue anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="326" />
        <source>已出具收据 %1</source>
        <translation>Receipt %1 issued</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="328" />
        <source>已出具</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/receipts_page.py" line="336" />
        <source>操作失败</source>
        <translation>Operation failed</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/refund_dialog.py" line="31" />
        <source>押金退还 — %1</source>
        <translation>Deposit refund — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/refund_dialog.py" line="36" />
        <source>扣款原因</source>
        <translation>Deduction reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/refund_dialog.py" line="36" />
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/refund_dialog.py" line="49" />
        <source>押金 %1 元，可退余额 %2 元</source>
        <translation>Deposit %1 yuan, refundable balance %2 yuan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/refund_dialog.py" line="51" />
        <source>退还金额</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/refund_dialog.py" line="52" />
        <source>扣款</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/refund_dialog.py" line="52" />
        <source>添加扣款</source>
        <translation>Add deduction</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/refund_dialog.py" line="53" />
        <source>退款方式</source>
        <translation>Refund method</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/refund_dialog.py" line="54" />
        <source>凭证号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/refund_dialog.py" line="55" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>SeriesTable</name>
    <message>
        <location filename="../../desktop_app/gui/widgets/profile_form.py" line="122" />
        <source>序列</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/profile_form.py" line="122" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/widgets/profile_form.py" line="122" />
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
        <location filename="../../desktop_app/gui/pages/settings_page.py" line="153" />
        <source>设置已保存</source>
        <translation>Settings saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/settings_page.py" line="154" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pages/settings_page.py" line="154" />
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
        <location filename="../../desktop_app/gui/app.py" line="142" />
        <source>恢复失败</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="157" />
        <source>启动备份失败：</source>
        <translation>Start-up backup failed: </translation>
    </message>
</context>
</TS>