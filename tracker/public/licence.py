"""The project's name and the licence of its data, in one place: the data page, every
citation, the Open Graph tags and the Datasette metadata.json all read them here."""

PROJECT_NAME = "政府工作报告目标追踪"
PROJECT_NAME_EN = "Work report tracker"
LICENCE_NAME = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/deed.zh-hans"
# What the licence covers, and what it does not: the quoted report text is the governments'.
LICENCE_SCOPE_EN = (
    "The compilation, extracted figures, links and verdicts are licensed under CC BY 4.0. Quotes are "
    "taken from government work reports published by the governments named; the project claims no "
    "right in them."
)
