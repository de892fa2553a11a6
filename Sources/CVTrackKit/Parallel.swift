import Dispatch

/// Runs independent work on every core (`DispatchQueue.concurrentPerform`), results in input order.
public enum Parallel {
    /// `transform` of each element; on one element (or none) it runs on the calling thread.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> R) -> [R] {
        if items.count <= 1 { return items.map(transform) }
        let slots = Slots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            slots[i] = transform(items[i])
        }
        return slots.values()
    }

    /// One slot per iteration, each written by exactly one thread, read after all have finished.
    private final class Slots<R>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<R?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        deinit {
            _ = buffer.deinitialize()
            buffer.deallocate()
        }

        subscript(i: Int) -> R? {
            get { buffer[i] }
            set { buffer[i] = newValue }
        }

        func values() -> [R] { buffer.map { $0! } }
    }
}
