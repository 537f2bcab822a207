import Foundation
import Testing
import TestSupport

@testable import AtlasTUI

/// The files in Themes/ are read with the real YAML reader, as `--theme` reads them.
struct ThemeFilesTests {
  static let files: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: PackagePaths.themes.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted()
  }()

  @Test("Themes/ holds the three shipped themes")
  func shipped() {
    #expect(Self.files == ["default.yaml", "light.yaml", "mono.yaml"])
  }

  @Test("Every theme file loads and defines every role, itself or by inheriting", arguments: files)
  func loadsCompletely(file: String) throws {
    let theme = try ThemeLoader.load(contentsOf: PackagePaths.themes.appendingPathComponent(file).path)
    #expect(theme.name + ".yaml" == file)
    let missing = ThemeRole.allCases.filter { theme.styles[$0] == nil }
    #expect(missing.isEmpty, "\(file) lacks \(missing.map(\.rawValue))")
  }

  @Test("default.yaml and mono.yaml are exactly the built-in themes")
  func filesMatchBuiltins() throws {
    for builtin in Theme.builtins {
      let path = PackagePaths.themes.appendingPathComponent(builtin.name + ".yaml").path
      let loaded = try ThemeLoader.load(contentsOf: path)
      for role in ThemeRole.allCases {
        #expect(loaded.style(for: role) == builtin.style(for: role), "\(builtin.name): \(role.rawValue)")
      }
    }
  }

  @Test("A YAML syntax error is reported at its file, line and column")
  func syntaxError() {
    #expect(throws: ThemeError.self) {
      try ThemeLoader.load(Array("name: x\nroles: [\n".utf8), file: "bad.yaml")
    }
    do {
      _ = try ThemeLoader.load(Array("name: x\nroles:\n  bogus: {}\n".utf8), file: "bad.yaml")
      Issue.record("an unknown role loaded")
    } catch {
      #expect(error.description == "bad.yaml:3:3: unknown role 'bogus'")
    }
  }
}
