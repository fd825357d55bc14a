"""spaCy components of the pipeline, one stage a module; each sets spans on the Doc."""
