"""``python -m pipeline`` is the ``sourcevault`` command."""

from .cli import main

main(prog_name="sourcevault")
