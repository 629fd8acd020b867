import sys

from selfkind.cli.launcher import main

sys.exit(main())
