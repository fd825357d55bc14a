"""The command line: every command documented, and the commands run on real files."""
import json
import subprocess
import sys

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
