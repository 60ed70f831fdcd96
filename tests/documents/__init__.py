"""Document-engine tests. ``sample_document()`` builds a letter using every block type."""

from __future__ import annotations

from desktop_app.documents import model as m

LONG_NAME = "某某市某某区某某某某房地产开发有限公司第一分公司暨某某某某物业服务有限责任公司联合体"
LONG_ADDRESS = "某某省某某市某某区某某街道某某路一千二百三十四号某某大厦东塔第二十八层二八零一至二八零九室"


def sample_document(preset: str = "business", watermark: str | None = None,
                    logo: str | None = None, seal: str | None = None) -> m.Document:
    doc = m.Document(kind="payment_demand", title="付款催告函", number="〔2026〕催字第001号",
                     preset=preset, watermark=watermark, author="某某置业有限公司")
    doc.add(
        m.Letterhead("某某置业有限公司", ("地址：某某市某某路1号　电话：0571-12345678",),
                     logo_path=logo),
        m.Title("付款催告函"),
        m.NumberLine("〔2026〕催字第001号"),
        m.Addressee("张三（身份证号：110***********1234）"),
        m.Paragraph(
            "贵方与我公司于2025年3月1日签订《商品房买卖合同》（合同编号：HT-2025-0301），"
            "约定贵方应于2025年6月30日前支付购房款人民币1,000,000.00元。截至本函发出之日，"
            "贵方尚欠购房款人民币350,000.00元未付。"
        ),
        m.Heading("一、欠款明细"),
        m.Table(
            header=("项目", "应付日期", "应付金额（元）", "已付金额（元）", "欠付金额（元）"),
            rows=(
                ("首期款", "2025年3月1日", "300,000.00", "300,000.00", "0.00"),
                ("第二期款：" + LONG_NAME, "2025年6月30日", "700,000.00", "350,000.00",
                 "350,000.00"),
            ),
            align=("left", "center", "right", "right", "right"),
            widths=(3, 2, 2, 2, 2),
            total=("合计", "", "1,000,000.00", "650,000.00", "350,000.00"),
            caption="表一　欠款明细",
        ),
        m.Paragraph("请贵方于收到本函之日起七日内付清上述款项。如已付款请忽略本函并与我们联系。"),
        m.Paragraph("特别提示：<A&B> 与 {{x}} 均按原样打印。", indent=False, bold=True),
        m.Spacer(3),
        m.Signature("某某置业有限公司", "2026年1月5日",
                    lines=("联系人：李四", "电话：138-0000-0000"), seal_image=seal),
        m.AckSlip(
            title="回　执",
            paragraphs=("本人已收到某某置业有限公司于2026年1月5日发出的《付款催告函》。",),
            fields=("签字/盖章/捺印", "身份/职务", "日期"),
        ),
        m.PageBreak(),
        m.Heading("附件：违约金计算明细"),
        m.Paragraph("地址：" + LONG_ADDRESS, indent=False, align="left"),
    )
    return doc


def block_texts(doc: m.Document) -> list[str]:
    """The text every renderer must print for the blocks, in order (no watermark/footer)."""
    from desktop_app.documents.render_pdf import (
        addressee_text,
        field_label,
        signature_main_texts,
    )

    out: list[str] = []
    for b in doc.blocks:
        if isinstance(b, (m.Title, m.NumberLine, m.Heading, m.Paragraph)):
            out.append(b.text)
        elif isinstance(b, m.Addressee):
            out.append(addressee_text(b))
        elif isinstance(b, m.Letterhead):
            out.extend((b.name, *b.lines))
        elif isinstance(b, m.Table):
            if b.caption:
                out.append(b.caption)
            out.extend([*b.header, *(c for r in b.rows for c in r), *(b.total or ())])
        elif isinstance(b, m.Signature):
            out.extend([*signature_main_texts(b), *b.lines])
        elif isinstance(b, m.AckSlip):
            out.extend([b.cut_label, b.title, *b.paragraphs, *(field_label(f) for f in b.fields)])
    return [t for t in out if t]
