"""The command line: every command documented, and the commands run on real files."""
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from tests.helpers import OWN_CORPUS, SHARED_CORPUS, needs_shared

runner = CliRunner()


def test_every_command_has_help_text():
    for command in app.registered_commands:
        assert (command.callback.__doc__ or "").strip(), command.name
        result = runner.invoke(app, [command.name or command.callback.__name__.rstrip("_"), "--help"])
        assert result.exit_code == 0, result.output


def test_help_does_not_load_models():
    code = "import sys; from extractor.cli import app; assert 'onnxruntime' not in sys.modules and 'spacy' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_schema_is_json_schema():
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.output)
    assert "figures" in schema["properties"]


@needs_shared
def test_extract_prints_one_record_per_file():
    files = [str(SHARED_CORPUS / "seed-000.txt"), str(SHARED_CORPUS / "dev-030.txt")]
    result = runner.invoke(app, ["extract", *files])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [r["source"] for r in records] == files


def test_extract_names_a_missing_file():
    result = runner.invoke(app, ["extract", "no-such-article.txt"])
    assert result.exit_code != 0
    assert "no-such-article.txt" in result.output


def test_eval_prints_table_and_errors():
    result = runner.invoke(app, ["eval", str(OWN_CORPUS)])
    assert result.exit_code == 0, result.output
    assert "macro F1" in result.output and "people" in result.output


ARTICLE = "2023年5月8日，第三届粤港智慧城市论坛在广州开幕。广州市副市长林海涛出席开幕式并致辞。"


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("zhextract 0.")


def test_extract_reads_stdin():
    result = runner.invoke(app, ["extract", "-"], input=ARTICLE.encode("gb18030"))
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["source"] == "<stdin>" and [p["name"] for p in record["people"]] == ["林海涛"]


def test_extract_goes_on_past_a_bad_file_and_reports_it(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    files = [str(tmp_path / "bad.txt"), str(tmp_path / "missing.txt"), str(tmp_path / "good.txt")]
    result = runner.invoke(app, ["extract", *files])
    assert result.exit_code == 1
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [files[2]]
    assert f"{files[0]}: the input is empty" in result.stderr and f"{files[1]}: cannot read it" in result.stderr


def test_eval_refuses_a_directory_without_gold(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == 1 and "is not a directory of *.gold.json files" in result.output


def test_the_readme_run_command_can_be_run_twice_and_its_outputs_are_ignored(tmp_path):
    """The README's first command, run twice in a fresh directory beside the bundled corpus; git ignores what it writes."""
    import re
    import shutil

    from tests.helpers import ROOT

    readme = (ROOT / "README.md").read_text("utf-8")
    command = re.search(r"\.venv/bin/(zhextract run .*)", readme)[1].split()
    assert "--overwrite" in command
    (tmp_path / "corpus").mkdir()
    for text in sorted(OWN_CORPUS.glob("*.txt"))[:3]:
        shutil.copy(text, tmp_path / "corpus")
    args = [arg.strip("'") for arg in command[1:]]
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", "from extractor.cli import app; app()", *args], cwd=tmp_path,
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "3 inputs: 3 records, 0 errors"
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: nothing to ignore")
    ignored = subprocess.run(["git", "check-ignore", "records.jsonl", "records.errors.jsonl", "records.db"], cwd=ROOT,
                             capture_output=True, text=True)
    assert ignored.stdout.split() == ["records.jsonl", "records.errors.jsonl", "records.db"]
