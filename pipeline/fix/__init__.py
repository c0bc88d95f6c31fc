"""Fix mode (``sourcevault fix``): the maintainers' report turned into reviewed edits of the event files.

``plan`` decides what to propose from the recorded verdicts and applies it,
``snapshots`` chooses and verifies a Wayback snapshot for a citation,
``edits`` changes one value in a Markdown, YAML or JSON event file and nothing
else, ``diff`` renders the edits as a patch that ``git apply`` accepts.
"""
