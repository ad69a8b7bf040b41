import CronicaSystem
import Foundation
import Testing

@testable import CronicaModel

@Suite struct ExportAtomicFileTests {
  func leftovers(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
  }

  @Test func createsAndReplacesWithoutLeftovers() throws {
    let folder = try TestFiles.scratchFolder()
    let url = folder.appendingPathComponent("out.json")
    try FileWriter.write(Data("first".utf8), to: url.path)
    #expect(try String(contentsOf: url, encoding: .utf8) == "first")
    try FileWriter.write(Data("second, longer".utf8), to: url.path)
    #expect(try String(contentsOf: url, encoding: .utf8) == "second, longer")
    try FileWriter.write(Data("3".utf8), to: url.path)
    #expect(try String(contentsOf: url, encoding: .utf8) == "3")
    #expect(try leftovers(in: folder).isEmpty)
  }

  @Test func keepsTheExistingFilesPermissions() throws {
    let folder = try TestFiles.scratchFolder()
    let url = folder.appendingPathComponent("private.txt")
    try Data("old".utf8).write(to: url)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
    try FileWriter.write(Data("new".utf8), to: url.path)
    let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
  }

  @Test func failureLeavesNothingBehind() throws {
    let folder = try TestFiles.scratchFolder()
    let missing = folder.appendingPathComponent("no-such-folder/out.json")
    #expect(throws: SystemFailure.self) { try FileWriter.write(Data("x".utf8), to: missing.path) }
    #expect(!FileManager.default.fileExists(atPath: missing.path))
    let directory = folder.appendingPathComponent("a-directory")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
    try Data("keep".utf8).write(to: directory.appendingPathComponent("inside"))
    #expect(throws: SystemFailure.self) { try FileWriter.write(Data("x".utf8), to: directory.path) }
    #expect(try String(contentsOf: directory.appendingPathComponent("inside"), encoding: .utf8) == "keep")
    #expect(try leftovers(in: folder).isEmpty)
  }

  @Test func exportWritesAtomicallyThroughTheSameCall() throws {
    let folder = try TestFiles.scratchFolder()
    let url = folder.appendingPathComponent("chronology.md")
    try Data("old export".utf8).write(to: url)
    let corpus = try ExportTests.sample()
    try CorpusExport.write(corpus, format: .markdown, to: url)
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text.hasPrefix("# Sample"))
    #expect(try leftovers(in: folder).isEmpty)
    #expect(throws: ExportError.self) {
      try CorpusExport.write(corpus, format: .json, to: folder.appendingPathComponent("missing/x.json"))
    }
  }
}
