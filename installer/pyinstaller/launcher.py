"""The frozen app's entry point: the same as the ``reviewer`` command."""

from __future__ import annotations

import sys

from reviewer.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
