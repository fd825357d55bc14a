"""Script detection and the same-length analysis copy."""
import pytest

from extractor.normalise import analysis_text, detect_script

SCRIPTS = [
    pytest.param("鎮江市人民政府舉辦國際低碳大會，與會嘉賓齊聚", "traditional", id="traditional"),
    pytest.param("镇江市人民政府举办国际低碳大会，与会嘉宾齐聚", "simplified", id="simplified"),
    pytest.param("镇江市人民政府举办国际低碳大会。鎮江市人民政府舉辦國際低碳大會。", "mixed", id="mixed"),
    pytest.param("The conference opened on Monday.", "unknown", id="english"),
    pytest.param("", "unknown", id="empty"),
]


@pytest.mark.parametrize("text, expected", SCRIPTS)
def test_detect_script(text, expected):
    assert detect_script(text) == expected


ANALYSIS = [
    pytest.param("總投資達3,907億元(人民幣)", "总投资达3,907亿元（人民币）", id="digit-comma-kept"),
    pytest.param("他說:好,走!", "他说：好，走！", id="ascii-punctuation"),
    pytest.param("１２３．５％", "123.5%", id="fullwidth-digits"),
    pytest.param("臺灣\u3000台北", "台湾 台北", id="ideographic-space"),
]


@pytest.mark.parametrize("text, expected", ANALYSIS)
def test_analysis_text(text, expected):
    out = analysis_text(text)
    assert out == expected
    assert len(out) == len(text)


def test_a_simplified_text_keeps_the_characters_t2s_phrases_would_rewrite():
    """t2s reads 沈思 as the Traditional spelling of 沉思: in a Simplified article it is the start of a name."""
    from extractor import extract

    text = "滨江市副市长沈思源出席仪式并致辞，签约项目12个。"
    assert analysis_text(text, script="simplified") == text
    assert [p.name for p in extract(text).people] == ["沈思源"]


def test_a_traditional_text_is_still_converted_by_phrase():
    text = "乾淨的街道與著名的公園"
    assert analysis_text(text, script="traditional") == "干净的街道与著名的公园"
