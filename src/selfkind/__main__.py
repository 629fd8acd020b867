from selfkind.cli import main

main()
