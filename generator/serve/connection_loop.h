#pragma once
// The preview's network front. One thread accepts every connection, reads its request head under a
// deadline and keeps every live-reload event stream; only complete requests reach the few workers.
// So an open page, an idle or a slow (slowloris) client costs a socket and a small buffer, never a
// worker thread, and ordinary requests are answered whatever those clients do.

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace insyn {

/// Bounds that keep slow, idle and numerous clients from starving the rest.
struct ConnectionLimits {
  /// Time from accepting a connection to the end of its request head; then it is closed (408).
  std::chrono::milliseconds head_deadline{3000};
  std::size_t max_head_bytes = 16 * 1024;  ///< larger heads are refused (431)
  /// Connections still sending their head; beyond this the oldest one is closed.
  std::size_t max_pending = 512;
  std::size_t max_streams = 2048;  ///< open event streams; more are refused (503)
  std::size_t max_queued = 1024;   ///< complete requests waiting for a worker; more are refused (503)
  /// Time to send a response; a client that reads slower is cut off.
  std::chrono::milliseconds write_deadline{10000};
  int workers = 4;  ///< threads answering complete requests (from memory: microseconds)
  std::chrono::milliseconds stream_keep_alive{15000};  ///< comment sent on quiet streams
};

/// An event stream to open: the bytes to send first (response head and any event the client missed)
/// and the sequence number of the last event those bytes cover.
struct StreamStart {
  std::string bytes;
  std::uint64_t sequence = 0;
};

/// Accepts connections on one listening socket and dispatches them (see the file comment).
class ConnectionLoop {
 public:
  /// Answers one request: `received` holds its head and any bytes read after it; returns the whole
  /// response. Runs on a worker and never touches the network: the loop writes the response without
  /// blocking and then closes the connection (one request per connection, so no idle keep-alive holds
  /// anything), so a client that reads slowly or not at all costs no worker either.
  using Handler = std::function<std::string(std::string received)>;
  /// Called in the loop thread with each complete request head; returns what opens an event stream for
  /// it, or nullopt for a request that goes to the Handler.
  using StreamOpener = std::function<std::optional<StreamStart>(std::string_view head)>;

  ConnectionLoop(ConnectionLimits limits, Handler handler, StreamOpener opener);
  ~ConnectionLoop();
  ConnectionLoop(const ConnectionLoop&) = delete;
  ConnectionLoop& operator=(const ConnectionLoop&) = delete;

  /// Binds and listens; returns the port (the chosen one when `port` is 0), or 0 on failure.
  int bind(const std::string& host, int port);
  /// Starts the loop and the workers.
  void start();
  /// Sends `message` to every open stream that has not seen `sequence` yet. Thread-safe.
  void broadcast(std::uint64_t sequence, std::string message);
  /// Closes every connection and waits for the threads.
  void stop();

  /// Counts for tests and logs (approximate while running).
  struct Counts {
    std::size_t pending = 0, streams = 0, timed_out = 0, evicted = 0, answered = 0;
    /// The longest time from a request's last head byte read to its response's last byte sent.
    std::chrono::microseconds slowest_answer{0};
  };
  Counts counts() const;

 private:
  void run();
  void work();

  ConnectionLimits limits_;
  Handler handler_;
  StreamOpener opener_;
  int listen_fd_ = -1, epoll_fd_ = -1, wake_fd_ = -1;
  std::thread loop_thread_;
  std::vector<std::thread> workers_;
  mutable std::mutex mutex_;  // guards everything below
  std::condition_variable queued_cv_;
  std::deque<std::pair<int, std::string>> queue_;      // complete requests for the workers
  std::vector<std::pair<int, std::string>> answered_;  // their responses, for the loop to send
  std::vector<std::pair<std::uint64_t, std::string>> outbox_;
  bool stopping_ = false;
  Counts counts_;
};

}  // namespace insyn
