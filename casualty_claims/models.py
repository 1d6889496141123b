"""SQL model runner: sql/**.sql, one model per file, run in the order their own SQL implies.

A model's name is its file name; its dependencies are the tables its SQL reads,
found with sqlglot (CTE names excluded). Staging models become views, the rest
tables. Files under sql/tests/ are checks: each returns the rows that break a rule.
"""

import graphlib
from dataclasses import dataclass
from pathlib import Path

import sqlglot
import yaml
from sqlglot import exp

SQL_DIR = Path(__file__).resolve().parent.parent / "sql"


class ModelError(RuntimeError):
    """A model cannot be built: unknown table, cycle, SQL error or a failing model test."""


@dataclass(frozen=True)
class Model:
    name: str
    layer: str
    path: Path
    sql: str
    depends_on: frozenset[str]


def referenced_tables(sql: str) -> set[str]:
    tree = sqlglot.parse_one(sql, dialect="duckdb")
    ctes = {cte.alias_or_name.lower() for cte in tree.find_all(exp.CTE)}
    names = set()
    for table in tree.find_all(exp.Table):
        name = table.name.lower()
        # Table-valued functions (generate_series, unnest...) parse as tables without a name.
        if name and name not in ctes:
            names.add(name)
    return names


def discover(sql_dir: Path = SQL_DIR) -> list[Model]:
    models = []
    for path in sorted(sql_dir.rglob("*.sql")):
        rel = path.relative_to(sql_dir)
        if rel.parts[0] == "tests":
            continue
        sql = path.read_text(encoding="utf-8")
        try:
            deps = referenced_tables(sql)
        except sqlglot.errors.ParseError as exc:
            raise ModelError(f"{rel}: cannot parse SQL: {exc}") from exc
        models.append(Model(path.stem.lower(), rel.parts[0] if len(rel.parts) > 1 else "", path, sql, frozenset(deps)))
    names = [m.name for m in models]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise ModelError(f"two model files share the name {', '.join(sorted(duplicates))}")
    return models


def marts(sql_dir: Path = SQL_DIR) -> list[str]:
    """Names of the models analysts read (sql/marts/), exported as files on publish."""
    return [m.name for m in discover(sql_dir) if m.layer == "marts"]


def build_order(models: list[Model], base_tables: set[str]) -> list[Model]:
    by_name = {m.name: m for m in models}
    for m in models:
        unknown = sorted(m.depends_on - by_name.keys() - base_tables)
        if unknown:
            raise ModelError(f"model {m.name} ({m.path.name}) reads unknown table(s): {', '.join(unknown)}")
    sorter = graphlib.TopologicalSorter({m.name: sorted(m.depends_on & by_name.keys()) for m in models})
    try:
        order = list(sorter.static_order())
    except graphlib.CycleError as exc:
        raise ModelError(f"models depend on each other in a cycle: {' -> '.join(exc.args[1])}") from exc
    return [by_name[n] for n in order]


def model_docs(sql_dir: Path = SQL_DIR) -> dict:
    path = sql_dir / "models.yml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}


def comment_models(con, built: list[str], docs: dict) -> None:
    """COMMENT ON every built model and column; a model or column without a description is an error."""
    missing = []
    for name in built:
        doc = docs.get(name) or {}
        kind = "view" if con.execute("select count(*) from duckdb_views() where view_name = ?", [name]).fetchone()[0] else "table"
        if doc.get("description"):
            con.execute(f"comment on {kind} {name} is {_sql_string(doc['description'])}")
        else:
            missing.append(name)
        columns = [r[0] for r in con.execute(f"describe {name}").fetchall()]
        for column in columns:
            text = (doc.get("columns") or {}).get(column)
            if text:
                con.execute(f'comment on column {name}."{column}" is {_sql_string(text)}')
            else:
                missing.append(f"{name}.{column}")
    if missing:
        raise ModelError("no description in sql/models.yml for: " + ", ".join(missing))


def _sql_string(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def run_models(con, sql_dir: Path = SQL_DIR) -> list[str]:
    """Build every model in dependency order; returns the names built."""
    base = {row[0].lower() for row in con.execute("select table_name from information_schema.tables").fetchall()}
    built = []
    for model in build_order(discover(sql_dir), base):
        kind = "view" if model.layer == "staging" else "table"
        body = model.sql.strip().rstrip(";")
        try:
            con.execute(f"create or replace {kind} {model.name} as {body}")
        except Exception as exc:
            raise ModelError(f"model {model.name} ({model.path.name}) failed: {exc}") from exc
        built.append(model.name)
    docs = model_docs(sql_dir)
    if docs:
        comment_models(con, built, docs)
    return built


def run_model_tests(con, sql_dir: Path = SQL_DIR) -> dict[str, int]:
    """Run every check in sql/tests/; each returns offending rows. Raises if any returns rows."""
    failures, results = [], {}
    for path in sorted((sql_dir / "tests").glob("*.sql")):
        sql = path.read_text(encoding="utf-8").strip().rstrip(";")
        count = con.execute(f"select count(*) from ({sql})").fetchone()[0]
        results[path.stem] = count
        if count:
            sample = con.execute(f"select * from ({sql}) limit 3").fetchall()
            failures.append(f"{path.stem}: {count} row(s), e.g. {sample}")
    if failures:
        raise ModelError("model tests failed:\n  " + "\n  ".join(failures))
    return results
