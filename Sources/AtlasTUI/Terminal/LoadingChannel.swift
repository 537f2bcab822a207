import AtlasModel
import Synchronization

/// How a catalog loading on another thread reaches the event loop: the loader posts
/// progress and, once, the outcome; the `Runner` takes whatever is new each time the
/// terminal returns from waiting (it waits only briefly while loading). A lock-protected
/// box and nothing more, so it works with any `Terminal` (curses has no way to wake a
/// thread blocked in `get_wch` from outside) and a test can fill it by hand.
public final class LoadingChannel: Sendable {
  public enum Outcome: Sendable {
    /// The catalog, and its search index if the loader built one too.
    case loaded(Catalog, SearchIndex?)
    /// Why there is no catalog, as the user should read it.
    case failed(String)
  }

  private struct Box {
    var progress: LoadingProgress?
    var outcome: Outcome?
  }

  private let box = Mutex(Box())

  public init() {}

  /// Loader side: the newest progress. Progress not yet taken is replaced; only the
  /// latest is worth drawing.
  public func report(_ progress: LoadingProgress) {
    box.withLock { $0.progress = progress }
  }

  /// Loader side: the catalog is ready.
  public func finish(_ catalog: Catalog, searchIndex: SearchIndex? = nil) {
    box.withLock { $0.outcome = .loaded(catalog, searchIndex) }
  }

  /// Loader side: loading failed.
  public func fail(_ reason: String) {
    box.withLock { $0.outcome = .failed(reason) }
  }

  /// Event-loop side: the progress and outcome posted since the last call (each is
  /// handed out once).
  public func take() -> (progress: LoadingProgress?, outcome: Outcome?) {
    box.withLock { box in
      defer { box = Box() }
      return (box.progress, box.outcome)
    }
  }
}

extension AppState {
  /// Applies what the loader posted; true when the screen needs drawing again.
  @discardableResult
  public mutating func receive(from channel: LoadingChannel) -> Bool {
    let (progress, outcome) = channel.take()
    guard case .loading = phase else { return false }
    var changed = false
    if let progress {
      updateLoading(progress)
      changed = true
    }
    switch outcome {
    case .loaded(let catalog, let index)?:
      finishLoading(catalog, searchIndex: index)
      changed = true
    case .failed(let reason)?:
      failLoading(reason)
      changed = true
    case nil:
      break
    }
    return changed
  }
}
