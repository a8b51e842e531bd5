#ifndef GONGKAI_SUPPORT_H
#define GONGKAI_SUPPORT_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise.
int gongkai_exchange_paths(const char *first, const char *second);

/// Copies up to `length` bytes from `from` to `to` at their offsets, inside the kernel
/// (copy_file_range). Returns the bytes copied, 0 at the end, -1 with errno set.
long gongkai_copy_range(int from, int to, unsigned long length);

#include <stddef.h>

/// Bytes collected from a child process; free with gongkai_buffer_free.
typedef struct {
    char *data;
    size_t length;
    size_t capacity;
} gongkai_buffer;

void gongkai_buffer_free(gongkai_buffer *buffer);

/// Runs the program at `path` (argv and envp NULL-terminated) in `directory`, writes `input` to
/// its standard input and collects its standard output and error into `out` and `err` (zeroed
/// by the caller). Returns its exit status (128 + the signal that killed it), or -1 with errno
/// set when it could not be started.
int gongkai_run(const char *path, char *const argv[], char *const envp[], const char *directory,
                const void *input, size_t input_length, gongkai_buffer *out, gongkai_buffer *err);

#include <sys/types.h>

/// Starts the program at `path` (argv NULL-terminated, this process's environment) with its
/// standard input, output and error on /dev/null, and does not wait for it: the caller reaps it
/// (waitpid) when it can. Returns its pid, or -1 with errno set when it could not be started.
pid_t gongkai_spawn_quiet(const char *path, char *const argv[]);

#endif
