"""`python -m stance`: the command-line interface."""

from stance.cli import main

raise SystemExit(main())
