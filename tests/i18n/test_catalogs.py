"""Every word of the interface is translatable and translated: a template string that is not
marked fails here, and so does a message missing from locale/<language>/LC_MESSAGES/django.po or
left fuzzy there, for Simplified Chinese and English alike.

The catalogs are checked the way a developer would update them: makemessages runs over the
project's code (through symlinks, into a copy of locale/ in a scratch folder, so the checkout is
never touched) and gettext's msgattrib lists what is untranslated or fuzzy afterwards."""
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.core.management import call_command
from django.template.base import Lexer, TokenType

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE_DIRS = [ROOT / "templates", ROOT / "reports" / "templates", ROOT / "tracker" / "templates"]
SOURCES = ["tracker", "reports", "templates"]
LANGUAGES = ["zh_Hans", "en"]

# Text that is the same in every language: names of formats, of the API and of the licence.
SAME_IN_EVERY_LANGUAGE = {"API", "CSV", "PDF", "HTML", "OCR", "JSON", "BibTeX", "CSL", "Zotero", "CC", "BY"}
# Attributes a reader sees or hears; `value` only on <input type=submit|button>.
SPOKEN_ATTRIBUTES = {"title", "placeholder", "aria-label", "alt", "data-label", "summary"}
# Elements whose text is code, keys or style, not words.
UNSPOKEN_ELEMENTS = {"style", "script", "code", "kbd", "pre", "textarea"}
WORDS = re.compile(r"[A-Za-z]{2,}|[\u3400-\u9fff]+")
# class names and codes (review-page, not_reported) are not words
IDENTIFIERS = re.compile(r"[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+")
# A tag or a variable becomes a space, so `<tr{% if current %} class="x"{% endif %}>` stays a tag.
PLACEHOLDER = " "


def _template_text(path: Path) -> str:
    """The template with every tag and variable replaced by a placeholder, and the text inside
    blocktranslate and comment blocks dropped (blocktranslate is marked, comments are unseen)."""
    parts, skipping = [], None
    for token in Lexer(path.read_text(encoding="utf-8")).tokenize():
        if token.token_type == TokenType.BLOCK:
            name = token.contents.split()[0] if token.contents else ""
            if skipping and name == skipping:
                skipping = None
            elif name in ("blocktranslate", "blocktrans"):
                skipping = "end" + name
            elif name == "comment":
                skipping = "endcomment"
            parts.append(PLACEHOLDER)
        elif token.token_type == TokenType.VAR:
            parts.append(PLACEHOLDER)
        elif token.token_type == TokenType.TEXT and not skipping:
            parts.append(token.contents)
    return "".join(parts)


class _Unmarked(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.unspoken = 0

    def _check(self, text: str, where: str) -> None:
        for word in WORDS.findall(IDENTIFIERS.sub(" ", text)):
            if word not in SAME_IN_EVERY_LANGUAGE:
                self.found.append(f"{where}: {text.strip()!r}")
                return

    def handle_starttag(self, tag, attrs):
        if tag in UNSPOKEN_ELEMENTS:
            self.unspoken += 1
        for name, value in attrs:
            shown_value = tag == "input" and dict(attrs).get("type") in ("submit", "button")
            spoken = name in SPOKEN_ATTRIBUTES or (name == "value" and shown_value)
            if spoken and value:
                self._check(value, f"<{tag} {name}>")

    def handle_endtag(self, tag):
        if tag in UNSPOKEN_ELEMENTS:
            self.unspoken = max(0, self.unspoken - 1)

    def handle_data(self, data):
        if not self.unspoken:
            self._check(data, "text")


def unmarked_strings(path: Path) -> list[str]:
    parser = _Unmarked()
    parser.feed(_template_text(path))
    parser.close()
    return parser.found


TEMPLATES = sorted(path for folder in TEMPLATE_DIRS if folder.exists() for path in folder.rglob("*.html"))


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_template_string_is_marked_for_translation(path):
    assert unmarked_strings(path) == []


@pytest.mark.parametrize("template, expected", [
    ("<p>Hello {{ name }}</p>", ["text: 'Hello'"]),
    ('<tr{% if current %} class="current"{% endif %}><td>{{ value }}</td></tr>', []),
    ('<input placeholder="year">', ["<input placeholder>: 'year'"]),
    ("<p>{% translate 'Hello' %}</p><code>manage.py</code><kbd>j</kbd>", []),
    ("<p>{% blocktranslate %}Hello {{ name }}{% endblocktranslate %} · API</p>", []),
    ("<td>目标</td>", ["text: '目标'"]),
])
def test_the_check_finds_unmarked_text_and_passes_marked_text(tmp_path, template, expected):
    path = tmp_path / "example.html"
    path.write_text(template, encoding="utf-8")
    assert unmarked_strings(path) == expected


@pytest.fixture(scope="module")
def refreshed_catalogs(tmp_path_factory):
    """locale/ as makemessages leaves it after reading the current code."""
    from django.conf import settings

    scratch = tmp_path_factory.mktemp("catalogs")
    for name in SOURCES:
        (scratch / name).symlink_to(ROOT / name)
    shutil.copytree(ROOT / "locale", scratch / "locale")
    original_paths, original_cwd = settings.LOCALE_PATHS, Path.cwd()
    settings.LOCALE_PATHS = [scratch / "locale"]
    try:
        import os

        os.chdir(scratch)
        call_command("makemessages", locale=LANGUAGES, symlinks=True, no_location=True, verbosity=0)
    finally:
        os.chdir(original_cwd)
        settings.LOCALE_PATHS = original_paths
    return scratch / "locale"


def _msgids(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("msgid ") and line != 'msgid ""']


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_in_the_catalog_translated_and_not_fuzzy(refreshed_catalogs, language):
    catalog = refreshed_catalogs / language / "LC_MESSAGES" / "django.po"
    untranslated = subprocess.run(["msgattrib", "--untranslated", "--no-obsolete", str(catalog)],
                                  capture_output=True, text=True, check=True).stdout
    fuzzy = subprocess.run(["msgattrib", "--only-fuzzy", "--no-obsolete", str(catalog)],
                           capture_output=True, text=True, check=True).stdout
    assert _msgids(untranslated) == [], f"missing from {language}: run makemessages and translate"
    assert _msgids(fuzzy) == [], f"fuzzy in {language}: check and clear the flag"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_catalog_is_what_makemessages_makes(refreshed_catalogs, language):
    """No message of the code is only in the scratch copy: the committed catalog has them all."""
    committed = (ROOT / "locale" / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    refreshed = (refreshed_catalogs / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    live = {line for line in refreshed.splitlines() if line.startswith("msgid ")}
    assert live - set(committed.splitlines()) == set()
