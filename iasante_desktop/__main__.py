from iasante_desktop.cli import main

raise SystemExit(main())
