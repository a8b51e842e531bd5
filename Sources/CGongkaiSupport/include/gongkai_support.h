#ifndef GONGKAI_SUPPORT_H
#define GONGKAI_SUPPORT_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise.
int gongkai_exchange_paths(const char *first, const char *second);

#endif
