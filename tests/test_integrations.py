"""Where people run tqcheck: pre-commit (the real client, on a copy of this repository), the GitHub
Action's script, and the install path the README gives."""

import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

yaml = pytest.importorskip("yaml")

SEED = "We must continue to support Ukraine. »\n"
README = (ROOT / "README.md").read_text(encoding="utf-8")


def git(cwd, *args, check=True):
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=check)


def new_repo(folder, files):
    folder.mkdir(parents=True, exist_ok=True)
    git(folder, "init", "-q")
    git(folder, "config", "user.email", "t@example.org")
    git(folder, "config", "user.name", "t")
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


# ------------------------------------------------------------------------------ the README's rev


def _readme_pre_commit():
    block = re.search(r"```yaml\n(# \.pre-commit-config\.yaml\n.*?)```", README, re.S)
    assert block, "the README shows a .pre-commit-config.yaml"
    return yaml.safe_load(block.group(1))["repos"][0]


def test_readme_pre_commit_rev_is_a_tag_or_commit_of_this_repository():
    repo = _readme_pre_commit()
    assert repo["repo"].startswith("https://") and repo["hooks"][0]["id"] in ("tqcheck", "tqcheck-fix")
    rev = str(repo["rev"])
    if git(ROOT, "rev-parse", "--is-inside-work-tree", check=False).stdout.strip() != "true":
        pytest.skip("not a git checkout")
    if git(ROOT, "rev-parse", "--is-shallow-repository").stdout.strip() == "true":
        pytest.skip("a shallow clone does not hold the history the rev may name")
    is_sha = re.fullmatch(r"[0-9a-f]{7,40}", rev) is not None
    if not is_sha and not git(ROOT, "tag", "--list").stdout.strip():
        pytest.skip("this clone came without tags (a tag is pushed apart from commits)")
    found = git(ROOT, "cat-file", "-e", f"{rev}^{{commit}}", check=False)
    assert found.returncode == 0, f"README names rev {rev!r}, which is no tag or commit here"
    # and the hooks at that rev are the ones the README describes
    manifest = git(ROOT, "show", f"{rev}:.pre-commit-hooks.yaml").stdout
    hooks = {h["id"]: h for h in yaml.safe_load(manifest)}
    assert "--force-exclude" in hooks["tqcheck"]["entry"] and hooks["tqcheck"]["require_serial"] is True


def test_hook_manifest_forces_exclude_and_runs_serially():
    for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text()):
        assert hook["entry"].startswith("tqcheck check --force-exclude")
        assert hook["require_serial"] is True


# ----------------------------------------------------------------------------- pre-commit try-repo


def _copy_of_this_repository(target):
    """What pre-commit installs from: the package as it is in this working tree, committed."""
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(ROOT / name, target / name)
    shutil.copytree(ROOT / "tqcheck", target / "tqcheck",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info"))
    git(target, "init", "-q")
    git(target, "add", ".")
    git(target, "-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-qm", "tqcheck")


def test_pre_commit_try_repo_honours_exclude_for_the_files_it_names(tmp_path):
    pytest.importorskip("pre_commit")
    exe = Path(sys.executable).with_name("pre-commit")
    hooks = tmp_path / "tqcheck"
    hooks.mkdir()
    _copy_of_this_repository(hooks)
    user = new_repo(tmp_path / "user", {"tqcheck.toml": 'exclude = ["drafts"]\n',
                                        "drafts/x.md": SEED, "news/x.md": SEED})
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRE_COMMIT")}
    env["PRE_COMMIT_HOME"] = str(tmp_path / "cache")

    def commit(name):
        git(user, "add", "tqcheck.toml", name)
        proc = subprocess.run([str(exe), "try-repo", str(hooks), "tqcheck", "--verbose"], cwd=user, env=env,
                              capture_output=True, text=True, timeout=900)
        git(user, "commit", "-qm", name, "--no-verify")
        return proc

    draft = commit("drafts/x.md")
    assert draft.returncode == 0, draft.stdout + draft.stderr
    assert "Passed" in draft.stdout and "TQ101" not in draft.stdout
    news = commit("news/x.md")
    assert news.returncode == 1, news.stdout + news.stderr
    assert "news/x.md:1:38: TQ101" in news.stdout and "drafts/x.md" not in news.stdout


# ------------------------------------------------------------------------------- the GitHub Action


ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def test_action_metadata():
    assert ACTION["runs"]["using"] == "composite"
    assert {"paths", "args", "diff-base", "output"} <= set(ACTION["inputs"])
    for step in ACTION["runs"]["steps"]:
        if "run" in step:
            assert step["shell"] == "bash"
            assert "${{" not in step["run"], f"{step['name']}: inputs must reach scripts through env"
    uses = [s["uses"] for s in ACTION["runs"]["steps"] if "uses" in s]
    assert uses == ["github/codeql-action/upload-sarif@v3"]
    # every input the README's workflow passes exists
    for block in re.findall(r"```yaml\n(.*?)```", README, re.S):
        for step in (yaml.safe_load(block) or {}).get("jobs", {}).get("tqcheck", {}).get("steps", []):
            if str(step.get("uses", "")).startswith("tqcheck/tqcheck@"):
                assert set(step.get("with", {})) <= set(ACTION["inputs"])


def _run_step(repo, tmp_path, **inputs):
    """Run the action's check step as the runner would: its script, inputs in its env."""
    (step,) = [s for s in ACTION["runs"]["steps"] if s.get("id") == "check"]
    wrapper = tmp_path / "tqcheck-bin"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m tqcheck "$@"\n')
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IEXEC)
    outputs = tmp_path / "github-output"
    outputs.write_text("")
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env.update({"GITHUB_OUTPUT": str(outputs), "TQ_BIN": str(wrapper)})
    for key, value in step["env"].items():
        name = re.fullmatch(r"\$\{\{ inputs\.([\w-]+) \}\}", value)
        if name:
            env[key] = inputs.get(name.group(1).replace("-", "_"), ACTION["inputs"][name.group(1)]["default"])
    proc = subprocess.run(["bash", "-c", step["run"]], cwd=repo, env=env, capture_output=True, text=True)
    return proc, dict(line.split("=", 1) for line in outputs.read_text().splitlines())


@pytest.fixture
def checkout(tmp_path):
    repo = new_repo(tmp_path / "repo", {"news/a.md": "First line.\n\n" + SEED, "docs/b.md": "Clean.\n"})
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "one")
    (repo / "news" / "a.md").write_text("First line « old ».\n\n" + SEED, encoding="utf-8")
    return repo


def test_action_annotations(checkout, tmp_path):
    proc, outputs = _run_step(checkout, tmp_path, paths="news\n  docs")
    assert proc.returncode == 1 and outputs == {"exit-code": "1"}
    lines = proc.stdout.splitlines()
    where = [line.split("::")[1].split(",")[:2] for line in lines]
    assert where == [["warning file=news/a.md", f"line={n}"] for n in (1, 1, 3)]
    proc, _ = _run_step(checkout, tmp_path, paths="docs/b*.md")  # a name, not a glob for the shell
    assert proc.returncode == 2 and "docs/b*.md: error: no such file" in proc.stderr


def test_action_sarif_with_diff_base_and_args(checkout, tmp_path):
    proc, outputs = _run_step(checkout, tmp_path, output="sarif", diff_base="HEAD", args="--select TQ101")
    assert proc.returncode == 0 and outputs == {"exit-code": "1"}  # the upload step runs, then the job fails
    results = json.loads((checkout / "tqcheck.sarif").read_text())["runs"][0]["results"]
    assert [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results] == [
        ("TQ101", 1), ("TQ101", 1)]  # line 3 has not changed since HEAD
    proc, outputs = _run_step(checkout, tmp_path, output="sarif", args="--exit-zero")
    assert proc.returncode == 0 and outputs == {"exit-code": "0"}
    proc, _ = _run_step(checkout, tmp_path, output="html")
    assert proc.returncode == 2 and "must be annotations or sarif" in proc.stdout


@pytest.mark.parametrize("path, named", [
    ("locale/fr/LC_MESSAGES/app.po", True), ("messages.en.xlf", True), ("film.en.srt", True),
    ("config/locales/en.yml", True), ("translations/messages.en.yaml", True), ("public/locales/en/common.json", True),
    ("en-GB.json", True), ("lib/l10n/app_en.arb", True), ("app/src/main/res/values/strings.xml", True),
    ("app/src/main/res/values-en-rGB/strings.xml", True), ("src/main/resources/messages_en_GB.properties", True),
    ("package.json", False), (".github/workflows/ci.yml", False), ("docker-compose.yml", False), ("pom.xml", False),
    ("app/src/main/res/values-fr/strings.xml", False), ("app/src/main/res/values/colors.xml", False),
    ("src/main/resources/application.properties", False), ("README.md", False),
    ("App/en.lproj/Localizable.strings", True), ("App/Base.lproj/Main.strings", True),
    ("App/fr.lproj/Localizable.strings", False), ("App/Localizable.xcstrings", True),
    ("Properties/Resources.resx", True), ("Strings.en-GB.resx", True), ("Forms/MainForm.resx", True),
    ("Properties/Resources.fr.resx", False), ("translations/app_en.ts", True), ("i18n/app_en_GB.ts", True),
    ("src/index.ts", False), ("src/i18n/fr.ts", False), ("translations/app_fr.ts", False),
    ("l10n/strings.en.csv", True), ("data/measures.csv", False), ("App/en.lproj/Localizable.stringsdict", True),
    ("App/fr.lproj/Localizable.stringsdict", False), ("locales/en-US/main.ftl", True),
    ("browser/locales/en-US/browser/preferences/preferences.ftl", True), ("locales/fr/main.ftl", False),
    ("src/main/resources/templates/enterprise.ftl", False), ("lang/en/auth.php", True),
    ("resources/lang/en/validation.php", True), ("app/Language/en/Errors.php", True),
    ("resources/lang/vendor/filament/en/actions.php", True), ("application/language/english/form_lang.php", True),
    ("lang/fr/auth.php", False), ("app/Http/Controllers/AuthController.php", False), ("public/index.php", False),
    ("lang/yeswiki_en.php", True), ("lang/yeswiki_fr.php", False), ("lang/en.php", True),
    ("language/en-GB/en-GB.com_foo.ini", True), ("administrator/language/en-GB/com_foo.sys.ini", True),
    ("language/fr-FR/fr-FR.com_foo.ini", False), ("php.ini", False), ("tox.ini", False),
    ("i18n/en.toml", True), ("themes/site/i18n/en-us.toml", True), ("i18n/fr.toml", False), ("pyproject.toml", False),
    ("Cargo.toml", False), ("config/_default/hugo.toml", False),
])
def test_the_translation_hook_names_translation_files_only(path, named):
    """A file pre-commit names is always read: the hook's pattern must leave out CI files and package.json."""
    hook = next(h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
                if h["id"] == "tqcheck-translations")
    assert bool(re.search(hook["files"], path)) == named
