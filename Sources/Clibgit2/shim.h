#ifndef CVTRACK_CLIBGIT2_SHIM_H
#define CVTRACK_CLIBGIT2_SHIM_H
#include <git2.h>
#include <git2/sys/repository.h> /* git_repository_set_index (GIT_INDEX_FILE with GIT_WORK_TREE) */

/* git_libgit2_opts is variadic, which Swift cannot call: one static inline wrapper per option used. */

static inline int cvt_git_set_strict_hash_verification(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}

static inline int cvt_git_set_owner_validation(int enabled) {
    return git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, enabled);
}

static inline int cvt_git_set_cache_max_size(long long bytes) {
    return git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, (ssize_t)bytes);
}

static inline int cvt_git_set_search_path(int level, const char *path) {
    return git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, path);
}

#endif
