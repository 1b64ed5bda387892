"""The apps depend on each other only in the directions docs/architecture.md draws.

Read from the source (no Django needed): every `import` between our apps, including imports
inside functions, and every place an app names another app's model instead of importing it
(`apps.get_model("events", …)`, a string such as "spaces.Space" in a foreign key or a
registry). A new dependency fails here by file and line, and so does a documented exception
that no longer exists, so the picture in the docs stays true.
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = ("config", "access", "knowledge", "events", "members", "search", "spaces")

# Who may import whom (docs/architecture.md, "Apps and their dependencies").
MAY_IMPORT = {
    "access": set(),
    "knowledge": {"access"},
    "events": {"access", "knowledge"},
    "search": {"access", "knowledge"},
    "members": {"access", "knowledge", "events"},
    "spaces": {"access", "knowledge", "events", "members"},
    "config": {"access", "knowledge", "events", "members", "search", "spaces"},
}
# Dependencies by name only, against the direction above; each is listed in the docs with
# its reason. (from, to): the file that names the other app.
BY_NAME = {
    ("knowledge", "events"): "knowledge/selectors.py",  # the home page's upcoming events
    ("access", "spaces"): "access/labels.py",  # sharing labels ask a space's participation
    ("events", "spaces"): "events/models.py",  # EventPage.space: a meeting of a table
    ("search", "events"): "search/documents.py",  # the index registry names EventPage
}
MODEL_LABEL = re.compile(rf"^({'|'.join(APPS)})\.[A-Z]\w*$")


def _modules(app: str):
    for path in sorted((ROOT / app).rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _imported(path: Path, node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        if node.level:  # relative: stays inside the app
            return [path.relative_to(ROOT).parts[0]]
        return [node.module or ""]
    return []


def _named(node: ast.AST) -> list[str]:
    """Apps named by a model label string or by apps.get_model("app", "Model")."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        match = MODEL_LABEL.match(node.value)
        return [match[1]] if match else []
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get_model"
        and len(node.args) == 2
        and isinstance(node.args[0], ast.Constant)
    ):
        return [str(node.args[0].value)]
    return []


def _dependencies():
    imports, names = [], []
    for app in APPS:
        for path, tree in _modules(app):
            where = path.relative_to(ROOT)
            for node in ast.walk(tree):
                for module in _imported(path, node):
                    other = module.split(".")[0]
                    if other in APPS and other != app:
                        imports.append((app, other, f"{where}:{node.lineno}"))
                if "migrations" in where.parts:
                    continue  # migrations repeat the models' references
                for other in _named(node):
                    if other in APPS and other != app:
                        names.append((app, other, f"{where}:{node.lineno}"))
    return imports, names


def test_apps_import_each_other_only_downwards():
    imports, _names = _dependencies()
    wrong = [
        f"{where}: {app} imports {other}"
        for app, other, where in imports
        if other not in MAY_IMPORT[app]
    ]
    assert wrong == []


def test_nothing_imports_config():
    imports, _names = _dependencies()
    assert [where for _app, other, where in imports if other == "config"] == []


def test_apps_name_each_other_only_where_the_docs_say_why():
    _imports, names = _dependencies()
    against = sorted(
        {
            (app, other, where.split(":")[0])
            for app, other, where in names
            if other not in MAY_IMPORT[app]
        }
    )
    documented = sorted((app, other, where) for (app, other), where in BY_NAME.items())
    assert against == documented  # a new one fails here, and so does one that is gone


def test_the_docs_draw_the_same_picture():
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    for app, allowed in MAY_IMPORT.items():
        line = f"| `{app}` | {', '.join(f'`{a}`' for a in sorted(allowed)) or '–'} |"
        assert line in text, line
    for (app, other), where in BY_NAME.items():
        assert f"`{app}` → `{other}` (`{where}`" in text, (app, other)
