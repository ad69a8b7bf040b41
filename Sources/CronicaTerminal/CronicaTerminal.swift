/// Module CronicaTerminal (bootstrap).
enum CronicaTerminalModule {}
