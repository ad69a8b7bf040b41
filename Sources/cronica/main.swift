import CronicaCLI

CronicaCommand.main()
