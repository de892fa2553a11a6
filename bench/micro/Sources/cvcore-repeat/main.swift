// cvcore-repeat: runs one micro-benchmark operation N times, for instruction counts under callgrind where the
// CPU's counters are not exposed (bench/micro/instructions.sh runs it with N = 1 and N = 11: the difference
// over 10 is the cost of one run, without start-up and input loading).
//   cvcore-repeat --list
//   cvcore-repeat N NAME
import BenchInputs
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("cvcore-repeat: \(message)\n".utf8))
    exit(2)
}

let arguments = CommandLine.arguments.dropFirst()
let operations: [MeasuredOperation]
do {
    operations = try Operations.all()
} catch {
    fail("\(error)")
}
if arguments.first == "--list" {
    for operation in operations { print(operation.name) }
    exit(0)
}
guard arguments.count == 2, let count = arguments.first.flatMap({ Int($0) }), count >= 0, let name = arguments.last else {
    fail("usage: cvcore-repeat --list | cvcore-repeat N NAME")
}
guard let operation = operations.first(where: { $0.name == name }) else { fail("no operation named '\(name)'") }
var total = 0
do {
    for _ in 0..<count { total &+= try operation.run() }
} catch {
    fail("\(name): \(error)")
}
print(total)
