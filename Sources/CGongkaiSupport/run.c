#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "gongkai_support.h"

static int append(gongkai_buffer *buffer, const char *bytes, size_t count) {
    if (buffer->length + count > buffer->capacity) {
        size_t capacity = buffer->capacity ? buffer->capacity : 4096;
        while (capacity < buffer->length + count) capacity *= 2;
        char *grown = realloc(buffer->data, capacity);
        if (!grown) return -1;
        buffer->data = grown;
        buffer->capacity = capacity;
    }
    memcpy(buffer->data + buffer->length, bytes, count);
    buffer->length += count;
    return 0;
}

void gongkai_buffer_free(gongkai_buffer *buffer) {
    free(buffer->data);
    buffer->data = NULL;
    buffer->length = buffer->capacity = 0;
}

static void close_all(int *fds, int count) {
    for (int i = 0; i < count; i++) {
        if (fds[i] >= 0) close(fds[i]);
        fds[i] = -1;
    }
}

/// posix_spawn with no signal blocked and SIGPIPE back to its default (this process ignores
/// it); destroys `actions`. Returns posix_spawn's result.
static int spawn(pid_t *pid, const char *path, posix_spawn_file_actions_t *actions, char *const argv[],
                 char *const envp[]) {
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    int started = posix_spawn(pid, path, actions, &attributes, argv, envp);
    posix_spawn_file_actions_destroy(actions);
    posix_spawnattr_destroy(&attributes);
    return started;
}

int gongkai_run(const char *path, char *const argv[], char *const envp[], const char *directory,
                const void *input, size_t input_length, gongkai_buffer *out, gongkai_buffer *err) {
    int in_pipe[2] = {-1, -1}, out_pipe[2] = {-1, -1}, err_pipe[2] = {-1, -1};
    if (pipe2(in_pipe, O_CLOEXEC) || pipe2(out_pipe, O_CLOEXEC) || pipe2(err_pipe, O_CLOEXEC)) {
        int saved = errno;
        close_all(in_pipe, 2); close_all(out_pipe, 2); close_all(err_pipe, 2);
        errno = saved;
        return -1;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in_pipe[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
    if (directory) posix_spawn_file_actions_addchdir_np(&actions, directory);
    posix_spawn_file_actions_addclosefrom_np(&actions, 3);
    pid_t pid;
    int started = spawn(&pid, path, &actions, argv, envp);
    close(in_pipe[0]); close(out_pipe[1]); close(err_pipe[1]);
    if (started != 0) {
        close(in_pipe[1]); close(out_pipe[0]); close(err_pipe[0]);
        errno = started;
        return -1;
    }
    // A child that exits before reading its input must not kill this process with SIGPIPE:
    // the signal is blocked in this thread while writing, and a pending one consumed.
    sigset_t pipe_only, previous;
    sigemptyset(&pipe_only);
    sigaddset(&pipe_only, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_only, &previous);
    size_t written = 0;
    int in_fd = in_pipe[1];
    if (input_length == 0) { close(in_fd); in_fd = -1; }
    else fcntl(in_fd, F_SETFL, O_NONBLOCK);
    int out_fd = out_pipe[0], err_fd = err_pipe[0];
    char chunk[65536];
    int failed = 0;
    while (in_fd >= 0 || out_fd >= 0 || err_fd >= 0) {
        struct pollfd fds[3] = {{in_fd, POLLOUT, 0}, {out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
        if (poll(fds, 3, -1) < 0) {
            if (errno == EINTR) continue;
            failed = errno;
            break;
        }
        if (in_fd >= 0 && fds[0].revents) {
            ssize_t n = write(in_fd, (const char *)input + written, input_length - written);
            if (n > 0) written += (size_t)n;
            if ((n < 0 && errno != EAGAIN && errno != EINTR) || written == input_length) {
                close(in_fd);
                in_fd = -1;
            }
        }
        int *readers[2] = {&out_fd, &err_fd};
        gongkai_buffer *targets[2] = {out, err};
        for (int i = 0; i < 2; i++) {
            if (*readers[i] < 0 || !fds[i + 1].revents) continue;
            ssize_t n = read(*readers[i], chunk, sizeof chunk);
            if (n > 0) {
                if (append(targets[i], chunk, (size_t)n)) { failed = ENOMEM; }
            } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
                close(*readers[i]);
                *readers[i] = -1;
            }
        }
        if (failed) break;
    }
    if (in_fd >= 0) close(in_fd);
    if (out_fd >= 0) close(out_fd);
    if (err_fd >= 0) close(err_fd);
    struct timespec zero = {0, 0};
    sigset_t pending;
    sigpending(&pending);
    if (sigismember(&pending, SIGPIPE)) sigtimedwait(&pipe_only, NULL, &zero);
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) return -1;
    }
    if (failed) { errno = failed; return -1; }
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    return 128 + WTERMSIG(status);
}

extern char **environ;

pid_t gongkai_spawn_quiet(const char *path, char *const argv[]) {
    posix_spawn_file_actions_t actions;
    if (posix_spawn_file_actions_init(&actions) != 0) return -1;
    for (int fd = 0; fd <= 2; fd++) posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", O_RDWR, 0);
    posix_spawn_file_actions_addclosefrom_np(&actions, 3);
    pid_t pid;
    int started = spawn(&pid, path, &actions, argv, environ);
    if (started != 0) {
        errno = started;
        return -1;
    }
    return pid;
}
