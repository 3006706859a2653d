"""The portal's shape, read from the imports of every module (Python's own ast; no third-party tool).

Arrows run only downward: the site layer and the demo above every app; news → emulation (an
article names its campaign), albums (and its album) and notifications; library → emulation (a
document may belong to a campaign, and waits for it to be public) and awards (its issuing body is
one of the awards'); awards → emulation, members, notifications; emulation → members,
notifications; polls, albums and notifications know no other app; the shared toolkit in
unionportal/ knows none. An app uses another only through its models, querysets and public
modules, never its admin or views; and no two modules import each other, however indirectly.
"""

import ast
from pathlib import Path

import pytest

from tests.unionportal.test_settings import GOOD, load_production_settings

ROOT = Path(__file__).resolve().parents[2]

# Each app, and the apps it may import. The project's own settings, URLs and WSGI are above all.
ALLOWED = {
    "portal": {"news", "emulation", "awards", "members", "polls", "library", "albums", "notifications", "unionportal"},
    "demo": {
        "portal",
        "news",
        "emulation",
        "awards",
        "members",
        "polls",
        "library",
        "albums",
        "notifications",
        "unionportal",
    },  # fmt: skip
    # news, emulation and awards mail the people a step concerns through notifications, which knows none of them.
    "news": {"emulation", "albums", "notifications", "unionportal"},
    "awards": {"emulation", "members", "notifications", "unionportal"},
    "emulation": {"members", "notifications", "unionportal"},
    "members": {"unionportal"},
    "polls": {"unionportal"},
    # A document's issuing body is one of the awards' issuing bodies; awards knows nothing of the library.
    "library": {"emulation", "awards", "unionportal"},
    "albums": {"unionportal"},
    "notifications": {"unionportal"},
    "unionportal": set(),
}
# What the project package wires together: settings name every app, the root URLconf every URLconf.
ROOT_MODULES = {"unionportal.settings", "unionportal.urls", "unionportal.wsgi", "unionportal.asgi"}
# Another app's modules that are its own business.
PRIVATE = {"admin", "views"}


def source_modules():
    for app in ALLOWED:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            yield name, path


def imports_of(name, path):
    """Every portal module `name` imports, at any depth of the file (functions included)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return {module for module in found if module.split(".")[0] in ALLOWED and module != name}


MODULES = dict(source_modules())
GRAPH = {name: {m for m in imports_of(name, path) if m in MODULES} for name, path in MODULES.items()}


def is_root(module):
    return any(module == root or module.startswith(root + ".") for root in ROOT_MODULES)


def test_every_app_imports_only_the_apps_below_it():
    wrong = [
        f"{name} imports {target}"
        for name, targets in GRAPH.items()
        if not is_root(name)
        for target in targets
        if (app := name.split(".")[0]) != (other := target.split(".")[0]) and other not in ALLOWED[app]
    ]
    assert not wrong, "\n".join(wrong)


def test_no_app_reaches_into_another_apps_admin_or_views():
    wrong = [
        f"{name} imports {target}"
        for name, targets in GRAPH.items()
        if not is_root(name)
        for target in targets
        if name.split(".")[0] != target.split(".")[0] and set(target.split(".")[1:2]) & PRIVATE
    ]
    assert not wrong, "\n".join(wrong)


def test_no_two_modules_import_each_other_however_indirectly():
    cycles, state = [], {}

    def visit(module, trail):
        state[module] = "open"
        for target in sorted(GRAPH[module]):
            if state.get(target) == "open":
                cycles.append(" → ".join([*trail[trail.index(target) :], target]))
            elif target not in state:
                visit(target, [*trail, target])
        state[module] = "done"

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [module])
    assert not cycles, "\n".join(cycles)


def test_the_demo_is_installed_in_development(settings):
    assert "demo" in settings.INSTALLED_APPS  # the test settings extend the development ones


@pytest.mark.parametrize(("env", "installed"), [({}, "False"), ({"PORTAL_DEMO": "1"}, "True")])
def test_production_installs_the_demo_only_with_portal_demo(env, installed):
    result = load_production_settings(GOOD | env, show="'demo' in s.INSTALLED_APPS")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == installed
