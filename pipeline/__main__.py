"""``python -m pipeline`` is the ``sourcevault`` command."""

from .cli import main

if __name__ == "__main__":  # not when a worker process (spawn/forkserver) re-imports the main module
    main(prog_name="sourcevault")
