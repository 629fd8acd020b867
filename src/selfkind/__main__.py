import sys

from selfkind.launcher import main

sys.exit(main())
