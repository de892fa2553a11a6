// cvtrack links libgit2 statically (libgit2.a from libgit2-dev) and never talks to a remote. These
// definitions replace two members of libgit2.a so that the linker never pulls them in:
//
// - the mbedTLS stream (streams/mbedtls.c): its global initialiser parses the whole system CA bundle in
//   git_libgit2_init, 52 M instructions (5-9 ms) on every run, with no option to skip it;
// - HTTP Negotiate authentication (transports/auth_negotiate.c): the only user of GSSAPI, whose shared
//   libraries (libgssapi_krb5 and five Kerberos libraries) would otherwise load on every run.
//
// Every other part of libgit2 is the distribution's own code. A network operation, which cvtrack never
// performs, fails with a clear libgit2 error instead.
#include <git2.h>
#include <stddef.h>
#include "CLinkage.h"

struct git_stream;

int cvt_static_c_libraries(void) { return 1; }

int git_mbedtls_stream_global_init(void) { return 0; }

int git_mbedtls__set_cert_location(const char *file, const char *path) {
    (void)file;
    (void)path;
    git_error_set_str(GIT_ERROR_SSL, "cvtrack is built without TLS: it never talks to a remote");
    return -1;
}

int git_mbedtls_stream_new(struct git_stream **out, const char *host, const char *port) {
    (void)host;
    (void)port;
    if (out) *out = NULL;
    git_error_set_str(GIT_ERROR_SSL, "cvtrack is built without TLS: it never talks to a remote");
    return -1;
}

int git_mbedtls_stream_wrap(struct git_stream **out, struct git_stream *in, const char *host) {
    (void)in;
    (void)host;
    if (out) *out = NULL;
    git_error_set_str(GIT_ERROR_SSL, "cvtrack is built without TLS: it never talks to a remote");
    return -1;
}

int git_http_auth_negotiate(void **out, const void *url) {
    (void)url;
    if (out) *out = NULL;
    git_error_set_str(GIT_ERROR_NET, "cvtrack is built without Negotiate authentication");
    return -1;
}
