#include "serve/connection_loop.h"

#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <unordered_map>

namespace insyn {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::string_view kTimeout =
    "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
constexpr std::string_view kTooLarge =
    "HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
constexpr std::string_view kBusy =
    "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 1\r\nContent-Length: 0\r\n\r\n";

// Sends without blocking; how many bytes went out (the rest would block), or -1 when the peer is gone.
ssize_t send_some(int fd, std::string_view bytes) {
  for (;;) {
    ssize_t n = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n >= 0) return n;
    if (errno == EINTR) continue;
    return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -1;
  }
}

// A connection still sending its head, or waiting for its response to go out.
struct Connection {
  std::string bytes;  // the head read so far; later the response still to send
  Clock::time_point deadline;
  bool answering = false;  // queued for a worker or sending its response
  Clock::time_point requested;  // when its head was complete
};

// An open event stream and the last event it has been sent.
struct EventStream {
  std::uint64_t seen = 0;
};

}  // namespace

ConnectionLoop::ConnectionLoop(ConnectionLimits limits, Handler handler, StreamOpener opener)
    : limits_(limits), handler_(std::move(handler)), opener_(std::move(opener)) {}

ConnectionLoop::~ConnectionLoop() {
  stop();
}

int ConnectionLoop::bind(const std::string& host, int port) {
  // Every open page and waiting client is a descriptor; the usual soft limit (1024) is below what
  // the hard limit allows, and running out would stall new connections until slow ones time out.
  rlimit files{};
  if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max && files.rlim_cur < 65536) {
    files.rlim_cur = std::min<rlim_t>(files.rlim_max, 65536);
    ::setrlimit(RLIMIT_NOFILE, &files);
  }
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  addrinfo* found = nullptr;
  if (::getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found) != 0) return 0;
  for (addrinfo* a = found; a && listen_fd_ < 0; a = a->ai_next) {
    int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
    if (fd < 0) continue;
    int yes = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    if (::bind(fd, a->ai_addr, a->ai_addrlen) == 0 && ::listen(fd, 1024) == 0) {
      listen_fd_ = fd;
    } else {
      ::close(fd);
    }
  }
  ::freeaddrinfo(found);
  if (listen_fd_ < 0) return 0;
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&address), &length);
  int bound = address.ss_family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6*>(&address)->sin6_port)
                                            : ntohs(reinterpret_cast<sockaddr_in*>(&address)->sin_port);
  epoll_fd_ = ::epoll_create1(EPOLL_CLOEXEC);
  wake_fd_ = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  for (int fd : {listen_fd_, wake_fd_}) {
    epoll_event e{};
    e.events = EPOLLIN;
    e.data.fd = fd;
    ::epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, fd, &e);
  }
  return bound;
}

void ConnectionLoop::start() {
  loop_thread_ = std::thread([this] { run(); });
  for (int i = 0; i < limits_.workers; ++i) workers_.emplace_back([this] { work(); });
}

void ConnectionLoop::broadcast(std::uint64_t sequence, std::string message) {
  {
    std::lock_guard lock(mutex_);
    outbox_.emplace_back(sequence, std::move(message));
  }
  std::uint64_t one = 1;
  (void)!::write(wake_fd_, &one, sizeof one);
}

ConnectionLoop::Counts ConnectionLoop::counts() const {
  std::lock_guard lock(mutex_);
  return counts_;
}

void ConnectionLoop::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  queued_cv_.notify_all();
  if (wake_fd_ >= 0) {
    std::uint64_t one = 1;
    (void)!::write(wake_fd_, &one, sizeof one);
  }
  if (loop_thread_.joinable()) loop_thread_.join();
  for (std::thread& w : workers_) w.join();
  workers_.clear();
  queue_.clear();  // their connections were closed by the loop
  answered_.clear();
  for (int* fd : {&listen_fd_, &epoll_fd_, &wake_fd_}) {
    if (*fd >= 0) ::close(*fd);
    *fd = -1;
  }
}

void ConnectionLoop::work() {
  for (;;) {
    std::pair<int, std::string> job;
    {
      std::unique_lock lock(mutex_);
      queued_cv_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      job = std::move(queue_.front());
      queue_.pop_front();
    }
    std::string response;
    try {
      response = handler_(std::move(job.second));
    } catch (...) {
      // The handler answers what it can itself; whatever escapes it costs this connection only.
      response = "HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
    }
    {
      std::lock_guard lock(mutex_);
      answered_.emplace_back(job.first, std::move(response));
    }
    std::uint64_t one = 1;
    (void)!::write(wake_fd_, &one, sizeof one);
  }
}

void ConnectionLoop::run() {
  std::unordered_map<int, Connection> connections;
  std::unordered_map<int, EventStream> streams;
  bool listening = true;
  Clock::time_point resume_listening, next_keep_alive = Clock::now() + limits_.stream_keep_alive;
  std::size_t timed_out = 0, evicted = 0, answered_count = 0;
  std::chrono::microseconds slowest{0};

  auto watch = [&](int fd, std::uint32_t events, int op) {
    epoll_event e{};
    e.events = events;
    e.data.fd = fd;
    ::epoll_ctl(epoll_fd_, op, fd, &e);
  };
  auto drop = [&](int fd) {
    ::epoll_ctl(epoll_fd_, EPOLL_CTL_DEL, fd, nullptr);
    ::close(fd);
    connections.erase(fd);
    streams.erase(fd);
  };
  auto refuse = [&](int fd, std::string_view response) {
    send_some(fd, response);
    drop(fd);
  };
  // Sends what is left of a response; closes the connection once it is all out or the peer is gone.
  auto flush = [&](int fd, Connection& c) {
    ssize_t n = send_some(fd, c.bytes);
    if (n < 0 || static_cast<std::size_t>(n) == c.bytes.size()) {
      if (n >= 0) {
        ++answered_count;
        slowest = std::max(slowest,
                           std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - c.requested));
      }
      drop(fd);
      return;
    }
    c.bytes.erase(0, static_cast<std::size_t>(n));
    watch(fd, EPOLLOUT, EPOLL_CTL_MOD);
  };
  auto send_to_streams = [&](std::uint64_t sequence, std::string_view message) {
    std::vector<int> gone;
    for (auto& [fd, stream] : streams) {
      if (stream.seen >= sequence) continue;
      // Events are small: one that does not fit at once means a client that stopped reading. Its
      // EventSource reconnects (and is told what it missed) if it is still alive.
      if (send_some(fd, message) != static_cast<ssize_t>(message.size())) gone.push_back(fd);
      stream.seen = std::max(stream.seen, sequence);
    }
    for (int fd : gone) drop(fd);
  };
  auto accept_all = [&] {
    for (;;) {
      int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
      if (fd < 0) {
        if (errno == EINTR || errno == ECONNABORTED) continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK) {
          // Out of descriptors (EMFILE, ENFILE, ENOBUFS): pause instead of spinning on the ready socket.
          ::epoll_ctl(epoll_fd_, EPOLL_CTL_DEL, listen_fd_, nullptr);
          listening = false;
          resume_listening = Clock::now() + std::chrono::milliseconds(100);
        }
        return;
      }
      std::size_t reading = 0;
      int oldest = -1;
      for (const auto& [other, c] : connections) {
        if (c.answering) continue;
        ++reading;
        if (oldest < 0 || c.deadline < connections[oldest].deadline) oldest = other;
      }
      if (reading >= limits_.max_pending && oldest >= 0) {
        refuse(oldest, kBusy);  // the oldest unfinished head is most likely a slow client
        ++evicted;
      }
      int yes = 1;
      ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
      connections[fd] = Connection{{}, Clock::now() + limits_.head_deadline, false};
      watch(fd, EPOLLIN | EPOLLRDHUP, EPOLL_CTL_ADD);
    }
  };
  auto read_head = [&](int fd, Connection& c) {
    char buffer[4096];
    bool closed = false;
    while (c.bytes.size() <= limits_.max_head_bytes) {
      ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
      if (n > 0) {
        c.bytes.append(buffer, static_cast<std::size_t>(n));
        continue;
      }
      if (n < 0 && errno == EINTR) continue;
      closed = n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK);
      break;
    }
    std::size_t end = c.bytes.find("\r\n\r\n");
    if (end == std::string::npos || end + 4 > limits_.max_head_bytes) {
      if (c.bytes.size() > limits_.max_head_bytes)
        refuse(fd, kTooLarge);
      else if (closed)
        drop(fd);
      return;  // else wait for more
    }
    std::optional<StreamStart> start;
    try {
      start = opener_(std::string_view(c.bytes).substr(0, end + 4));
    } catch (...) {
      start.reset();  // answered as an ordinary request instead
    }
    if (start) {
      if (streams.size() >= limits_.max_streams) return refuse(fd, kBusy);
      connections.erase(fd);
      streams[fd] = EventStream{start->sequence};
      watch(fd, EPOLLIN | EPOLLRDHUP, EPOLL_CTL_MOD);
      if (send_some(fd, start->bytes) != static_cast<ssize_t>(start->bytes.size())) drop(fd);
      return;
    }
    std::unique_lock lock(mutex_);
    if (queue_.size() >= limits_.max_queued) {
      lock.unlock();
      return refuse(fd, kBusy);
    }
    c.answering = true;
    c.requested = Clock::now();
    c.deadline = c.requested + limits_.write_deadline;
    queue_.emplace_back(fd, std::move(c.bytes));
    c.bytes.clear();
    lock.unlock();
    queued_cv_.notify_one();
    ::epoll_ctl(epoll_fd_, EPOLL_CTL_DEL, fd, nullptr);  // nothing to do until the answer is ready
  };

  epoll_event events[64];
  for (;;) {
    int ready = ::epoll_wait(epoll_fd_, events, 64, 100);
    try {
      for (int i = 0; i < ready; ++i) {
        int fd = events[i].data.fd;
        if (fd == listen_fd_) {
          accept_all();
        } else if (fd == wake_fd_) {
          std::uint64_t count;
          (void)!::read(wake_fd_, &count, sizeof count);
          std::vector<std::pair<std::uint64_t, std::string>> outbox;
          std::vector<std::pair<int, std::string>> answered;
          {
            std::lock_guard lock(mutex_);
            if (stopping_) {
              for (const auto& [open, c] : connections) ::close(open);
              for (const auto& [open, s] : streams) ::close(open);
              return;
            }
            outbox.swap(outbox_);
            answered.swap(answered_);
          }
          for (const auto& [sequence, message] : outbox) send_to_streams(sequence, message);
          for (auto& [answered_fd, response] : answered) {
            auto it = connections.find(answered_fd);
            if (it == connections.end()) continue;
            it->second.bytes = std::move(response);
            watch(answered_fd, EPOLLOUT, EPOLL_CTL_ADD);
            flush(answered_fd, it->second);
          }
        } else if (auto s = streams.find(fd); s != streams.end()) {
          char sink[512];  // a stream's client has nothing to say; read only to notice it leaving
          ssize_t n;
          while ((n = ::recv(fd, sink, sizeof sink, 0)) > 0) {
          }
          if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) drop(fd);
        } else if (auto c = connections.find(fd); c != connections.end()) {
          if (c->second.answering)
            flush(fd, c->second);
          else
            read_head(fd, c->second);
        }
      }
      Clock::time_point now = Clock::now();
      std::vector<int> expired;
      for (const auto& [fd, c] : connections) {
        // A connection waiting for a worker is not the client's fault; only reading or writing it is.
        if (now >= c.deadline && !(c.answering && c.bytes.empty())) expired.push_back(fd);
      }
      for (int fd : expired) {
        if (!connections[fd].answering)
          refuse(fd, kTimeout);
        else
          drop(fd);
        ++timed_out;
      }
      if (now >= next_keep_alive) {
        std::vector<int> gone;
        for (const auto& [fd, stream] : streams) {
          if (send_some(fd, ": keep-alive\n\n") < 0) gone.push_back(fd);
        }
        for (int fd : gone) drop(fd);
        next_keep_alive = now + limits_.stream_keep_alive;
      }
      if (!listening && now >= resume_listening) {
        watch(listen_fd_, EPOLLIN, EPOLL_CTL_ADD);
        listening = true;
      }
      std::lock_guard lock(mutex_);
      counts_.pending = connections.size();
      counts_.streams = streams.size();
      counts_.timed_out = timed_out;
      counts_.evicted = evicted;
      counts_.answered = answered_count;
      counts_.slowest_answer = slowest;
    } catch (...) {
      // Out of memory for one connection's buffer, say: the loop itself must go on serving.
    }
  }
}

}  // namespace insyn
