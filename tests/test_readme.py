"""The README stays true: its table reference is generated, its test command is what CI runs."""

import re

from casualty_claims.docs import BEGIN, END, tables_markdown
from tests.conftest import PROJECT


def test_readme_table_reference_is_generated_from_the_contract():
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index(BEGIN): readme.index(END) + len(END)]
    assert section == tables_markdown(), "run `python -m casualty_claims.docs` and paste its output into README.md"


def test_readme_commands_are_what_ci_runs():
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"^# \d\. .*\n(.+)$", readme, flags=re.MULTILINE)
    assert len(commands) >= 2
    demo, tests = commands[0], commands[1]
    assert "flows.pipeline --sources demo/sources.yaml" in demo and "pip install" in demo
    ci = (PROJECT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests.endswith("-m pytest") and ".venv/bin/python -m pytest" in ci
    assert "-c requirements.lock -e '.[dev]'" in tests and "-c requirements.lock -e '.[dev]'" in ci


def readme_queries() -> dict[str, str]:
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    return dict(re.findall(r"<!-- query: ([\w-]+) -->\n```sql\n(.*?)```", readme, flags=re.DOTALL))


def test_readme_has_five_example_queries():
    assert len(readme_queries()) >= 5
