"""`python -m stance`: the command-line interface."""

from stance.cli import main

if __name__ == "__main__":  # not when a Dask worker process re-imports this module
    raise SystemExit(main())
