"""Imported by the batch runner's fork server before it forks any worker: the default pipeline is built and
warmed here once, so that every worker starts with its models loaded and shares their memory.

A worker is one core: the tagger is built for one model call at a time unless ZHEXTRACT_THREADS says otherwise.
Nothing here may stop the fork server: if the pipeline cannot be built, each worker builds it itself and the
run reports why.
"""
import os

os.environ.setdefault("ZHEXTRACT_THREADS", "1")
try:
    from extractor.api import default_extractor

    default_extractor().extract("北京市市长张三出席论坛并致辞，签约项目12个。")
except Exception:  # noqa: BLE001  (the workers meet the same failure and report it)
    pass
