#!/usr/bin/env python3
"""Resolution Editor: `main.py [FILE]` opens the window, `main.py COMMAND …` runs a command."""

import sys

from editor.cli import main

if __name__ == "__main__":
    sys.exit(main())
