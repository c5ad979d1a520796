"""``python -m mockserver``: see mockserver.cli."""

from mockserver.cli import main

raise SystemExit(main())
