/// Module CronicaTestSupport (bootstrap).
enum CronicaTestSupportModule {}
