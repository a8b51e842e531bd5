import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A minimal HTTP/1.1 client over a loopback socket: it sends the request target exactly as
/// given (so `..` reaches the server unnormalised) and can wait on an event stream.
struct HTTPClient {
    let port: Int

    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    private func connectSocket(timeout: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var tv = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(fd)
            throw POSIXError(.ECONNREFUSED)
        }
        return fd
    }

    private func send(_ fd: Int32, _ target: String) {
        let request = "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        _ = request.withCString { Glibc.send(fd, $0, strlen($0), 0) }
    }

    func get(_ target: String) throws -> Response {
        let fd = try connectSocket(timeout: 10)
        defer { close(fd) }
        send(fd, target)
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        let text = String(decoding: data, as: UTF8.self)
        let parts = text.components(separatedBy: "\r\n\r\n")
        let headLines = parts[0].components(separatedBy: "\r\n")
        let status = Int(headLines[0].split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in headLines.dropFirst() {
            let kv = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if kv.count == 2 { headers[kv[0].lowercased()] = kv[1] }
        }
        return Response(status: status, headers: headers, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }

    /// An open event stream; `waitFor` reads until the text arrives or the time runs out.
    final class EventStream {
        let fd: Int32
        var received = ""
        init(fd: Int32) { self.fd = fd }
        deinit { close(fd) }

        func waitFor(_ text: String, seconds: Double) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while Date() < deadline {
                if received.contains(text) { return true }
                let n = recv(fd, &buffer, buffer.count, 0)
                if n > 0 {
                    received += String(decoding: buffer[0..<n], as: UTF8.self)
                } else if n == 0 {
                    return received.contains(text)
                }
            }
            return received.contains(text)
        }
    }

    func events(_ target: String) throws -> EventStream {
        let fd = try connectSocket(timeout: 1)
        send(fd, target)
        return EventStream(fd: fd)
    }
}
