import AtlasModel

/// Prints the figures as a table for people or one JSON object for tools.
public enum BenchmarkReport {
  public static func table(_ results: [BenchmarkRunner.Results]) -> String {
    var lines: [String] = []
    for r in results {
      let l = r.load
      lines.append("== \(l.records) records, \(l.files) YAML files, \(mb(l.yamlBytes)) YAML, \(mb(l.jsonBytes)) JSON")
      lines.append(row("our load, YAML (2 cores)", secs(l.ourYAMLSeconds), "\(ratio(l.ourYAMLSeconds, l.floorSeconds)) of floor"))
      lines.append(row("our load, YAML (1 core)", secs(l.ourYAMLOneCoreSeconds), "parallel speed-up \(ratio(l.ourYAMLOneCoreSeconds, l.ourYAMLSeconds))"))
      lines.append(row("our load, normalized JSON", secs(l.ourJSONSeconds), ""))
      lines.append(row("floor: libyaml event scan (2 cores)", secs(l.floorSeconds), ""))
      lines.append(row("floor: libyaml event scan (1 core)", secs(l.floorOneCoreSeconds), ""))
      if let peer = l.peerSeconds {
        lines.append(row("peer: \(l.peerNote)", secs(peer), "peer/ours \(ratio(peer, l.ourYAMLSeconds))"))
      } else {
        lines.append(row("peer: PyYAML", "-", l.peerNote))
      }
      if let rss = l.peakRSSBytes {
        lines.append(row("peak RSS after YAML load", mb(rss), "\(ratio(Double(rss), Double(l.yamlBytes))) of YAML on disk"))
      }
      let i = r.interaction
      lines.append(keystrokeRow("key: move down (records pane)", i.move))
      lines.append(keystrokeRow("key: follow an edge (Enter)", i.followEdge))
      lines.append(keystrokeRow("key: back (Backspace)", i.back))
      lines.append(keystrokeRow("key: JSON view toggle, largest record", i.jsonToggle, note: "\(i.jsonToggleRecordBytes) bytes of JSON"))
      lines.append(keystrokeRow("key: filter keystroke", i.filter))
      let t = r.traffic
      for (label, bytes) in [("open the catalog", t.open), ("move one row (next edge)", t.moveDown),
                             ("next record (pane redrawn)", t.nextRecord),
                             ("jump along an edge", t.followEdge), ("full repaint (Ctrl-L)", t.repaint)] {
        lines.append(row("terminal bytes: \(label)", bytes.map { "\($0) B" } ?? "-", t.note))
      }
    }
    return lines.joined(separator: "\n")
  }

  public static func json(_ results: [BenchmarkRunner.Results]) -> String {
    let sizes: [Value] = results.map { r in
      let l = r.load
      var members: [Value.Member] = [
        .init("records", .number(Double(l.records))),
        .init("files", .number(Double(l.files))),
        .init("yamlBytes", .number(Double(l.yamlBytes))),
        .init("jsonBytes", .number(Double(l.jsonBytes))),
        .init("ourYAMLSeconds", .number(l.ourYAMLSeconds)),
        .init("ourYAMLOneCoreSeconds", .number(l.ourYAMLOneCoreSeconds)),
        .init("ourJSONSeconds", .number(l.ourJSONSeconds)),
        .init("floorSeconds", .number(l.floorSeconds)),
        .init("floorOneCoreSeconds", .number(l.floorOneCoreSeconds)),
        .init("ourOverFloor", .number(l.ourYAMLSeconds / max(l.floorSeconds, 1e-9))),
        .init("peerSeconds", l.peerSeconds.map(Value.number) ?? .null),
        .init("peerNote", .string(l.peerNote)),
        .init("peakRSSBytes", l.peakRSSBytes.map { .number(Double($0)) } ?? .null),
      ]
      if let peer = l.peerSeconds {
        members.append(.init("peerOverOurs", .number(peer / max(l.ourYAMLSeconds, 1e-9))))
      }
      let i = r.interaction
      for (name, t) in [("move", i.move), ("followEdge", i.followEdge), ("back", i.back), ("jsonToggle", i.jsonToggle), ("filter", i.filter)] {
        members.append(.init(name + "MedianMs", t.map { .number($0.medianMs) } ?? .null))
        members.append(.init(name + "P99Ms", t.map { .number($0.p99Ms) } ?? .null))
      }
      members.append(.init("jsonToggleRecordBytes", .number(Double(i.jsonToggleRecordBytes))))
      let t = r.traffic
      for (name, bytes) in [("open", t.open), ("moveDown", t.moveDown), ("nextRecord", t.nextRecord),
                            ("followEdge", t.followEdge), ("repaint", t.repaint)] {
        members.append(.init("terminalBytes" + name.prefix(1).uppercased() + name.dropFirst(), bytes.map { .number(Double($0)) } ?? .null))
      }
      members.append(.init("terminalNote", .string(t.note)))
      return .object(members)
    }
    return JSONText.pretty(.object([.init("sizes", .array(sizes))]))
  }

  static func keystrokeRow(_ label: String, _ t: InteractionFigures.Timing?, note: String = "") -> String {
    guard let t else { return row(label, "-", "not measured") }
    return row(label, String(format: "%.3f ms", t.medianMs), String(format: "p99 %.3f ms over %d keys", t.p99Ms, t.samples) + (note.isEmpty ? "" : "; " + note))
  }

  static func row(_ label: String, _ value: String, _ note: String) -> String {
    label.padding(toLength: 40, withPad: " ", startingAt: 0) + value.leftPadded(12) + "  " + note
  }

  static func secs(_ s: Double) -> String {
    s >= 1 ? String(format: "%.2f s", s) : String(format: "%.1f ms", s * 1000)
  }

  static func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_000_000) }

  static func ratio(_ a: Double, _ b: Double) -> String { String(format: "%.2fx", a / max(b, 1e-12)) }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
