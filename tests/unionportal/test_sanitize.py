import pytest

from unionportal.sanitize import clean_html

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(1)">bấm</a>',
    '<a href="JaVaScRiPt:alert(1)">bấm</a>',
    '<a href="&#106;avascript:alert(1)">bấm</a>',
    '<p style="background:url(javascript:alert(1))">chữ</p>',
    "<svg onload=alert(1)><circle/></svg>",
    '<iframe src="https://example.com"></iframe>',
    "<object data='x.swf'></object><embed src='x.swf'>",
    '<body onload="alert(1)">',
    "<style>body{display:none}</style>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<form action="https://evil.example"><input name="p"></form>',
    '<div><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a></div>',
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    "<!--<script>alert(1)</script>-->",
]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_xss_payloads_come_out_harmless(payload):
    cleaned = clean_html(payload).lower()
    for dangerous in ["<script", "javascript:", "onerror", "onload", "<iframe", "<style", "style=", "<svg", "data:"]:
        assert dangerous not in cleaned
    for tag in ["<object", "<embed", "<form", "<input", "<body"]:
        assert tag not in cleaned


def test_editor_structure_survives():
    html = (
        "<h2>Kết quả</h2><p><strong>Đậm</strong> và <em>nghiêng</em></p><ul><li>Một</li></ul>"
        "<blockquote><p>Trích dẫn</p></blockquote>"
        '<figure class="image"><img src="/media/photos/a.webp" alt="Đoàn viên">'
        "<figcaption>Chú thích</figcaption></figure>"
        "<table><thead><tr><th>Đơn vị</th></tr></thead><tbody><tr><td>Bệnh viện</td></tr></tbody></table>"
    )
    assert clean_html(html) == html.replace('alt="Đoàn viên">', 'alt="Đoàn viên" loading="lazy">')


def test_word_paste_markup_is_reduced_to_plain_structure():
    pasted = (
        '<p class="MsoNormal" style="margin:0cm"><span lang="VI" style="font-family:Times New Roman">'
        "Đoàn viên<o:p></o:p></span></p>"
    )
    assert clean_html(pasted) == "<p>Đoàn viên</p>"


def test_links_keep_their_address_and_open_safely():
    assert clean_html('<a href="https://moh.gov.vn/">Bộ Y tế</a>') == (
        '<a href="https://moh.gov.vn/" rel="noopener noreferrer">Bộ Y tế</a>'
    )
