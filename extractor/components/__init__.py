"""spaCy components of the pipeline, one stage a module; each sets spans on the Doc."""
from spacy.tokens import Doc


def text_of(doc: Doc) -> str:
    """The Doc's text, built once: `Doc.text` joins every token again on each access, and no component changes the text."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text
