/// Module CronicaUI (bootstrap).
enum CronicaUIModule {}
