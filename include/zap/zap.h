/* SPDX-License-Identifier: MIT */
/*
 * libzap - client library for zapd, Zone Append over the network.
 *
 * A zap_client is one TCP connection to one zapd. It can be used in two
 * ways, which may be mixed on one connection:
 *
 *  - Blocking: zap_append(), zap_write(), zap_read(), ... send one request
 *    and wait for its reply.
 *  - Asynchronous: zap_append_async() and friends queue a request and
 *    return at once; the callback runs from zap_process() when the reply
 *    arrives. Many requests may be in flight, replies arrive in any order.
 *    zap_fd() and zap_poll_events() let the caller poll the connection
 *    together with its own descriptors.
 *
 * Every function that can fail returns 0 (ZAP_OK) or a positive
 * enum zap_status; zap_status_name() gives its name ("ZONE_FULL") and
 * zap_strstatus() a sentence. Statuses that NVMe ZNS defines for zones keep
 * their NVMe names and carry their NVMe value (SCT << 8 | SC).
 *
 * Units: LBAs are in the drive's logical blocks (zap_drive.lba_size bytes),
 * lengths of data are in bytes and must be whole blocks.
 *
 * Threads: a zap_client is not thread-safe; use one per thread, or lock.
 * No function calls a callback from inside the call that queued it.
 *
 * Ownership. What the application passes in stays its own: libzap copies
 * what a request sends (drive names, the data of appends and writes) when
 * it is queued, and keeps the copy until the request completes, to send it
 * again after a lost connection (and up to a few MiB of such buffers, for
 * the next requests, until zap_close()); option structs and the strings
 * and files they name are read during zap_connect() only. The one
 * exception is a read's buffer, which libzap fills: it must stay valid
 * until the read's callback has run. A callback's arg is the
 * application's: libzap only hands it back. What libzap returns is
 * libzap's, valid for as long as each declaration below says; nothing
 * returned is to be free()d by the application except where a declaration
 * says so (zap_report_zones() with *nr 0, zap_stats()).
 *
 * ABI. libzap.so.0 keeps its ABI until 1.0: functions are only added
 * (0.1's under the version node ZAP_0, a later release's under a node of
 * its own), option structs carry their size and only grow at their end,
 * struct zap_result only grows at its end, and flags words get new bits. ZAP_VERSION_* says which zap.h a
 * program was built with, zap_version() which libzap it runs with.
 *
 * Lost connections and retries. zapd gives each client an identity at
 * HELLO, and libzap numbers its appends, writes and zone management with
 * it; zapd applies each of those at most once, and answers a request it
 * sees again with the original result, also after it restarted. So when
 * the connection is lost (network, a closed socket, zapd restarting),
 * libzap by default:
 *
 *  - connects again to the address it first reached, the first attempt at
 *    once and then with exponential backoff (10 ms doubling to 1 s), and
 *    resumes its identity;
 *  - sends again every request that was queued or in flight, with the same
 *    sequence number and data, in the order they were first queued;
 *  - when zapd answers DUPLICATE_REQUEST (the original is still running
 *    there), or SHUTTING_DOWN to a request sent again (zapd is stopping:
 *    the next one will know it), asks again after a short delay (5 ms
 *    doubling to 500 ms);
 *
 * so every request completes exactly once, with the result zapd had for
 * it. Reads, reports, flushes and stats are simply sent again. libzap
 * keeps at most zapd's retry window (256) of numbered requests between the
 * oldest pending one and the newest sent; later ones wait in libzap.
 *
 * Retrying stops when no connection could be resumed within
 * zap_connect_opts.retry_timeout_ms of the loss (default 30 s; a reply
 * after a resume restarts the count), when a request has been answered
 * DUPLICATE_REQUEST for that long, or when zapd no longer knows the
 * identity (UNKNOWN_CLIENT: its state was lost). Then every pending append,
 * write and zone management completes with ZAP_OUTCOME_UNKNOWN (it may or
 * may not have been applied: read back to know), every other pending
 * request with ZAP_CONNECTION_LOST, zap_last_error() says why, and the
 * client is dead: zap_process() returns ZAP_CONNECTION_LOST, new requests
 * are refused with it; zap_close() it and connect again.
 *
 * With ZAP_CONNECT_NO_RETRY libzap does none of this: a lost connection
 * completes everything pending with ZAP_CONNECTION_LOST at once (whether
 * appends and writes were applied is then unknown) and the client is dead.
 *
 * A reconnect that fails TLS (ZAP_TLS_FAILED: handshake, certificate or
 * PSK refused), or finds that zapd now requires TLS of a plaintext client
 * (ZAP_TLS_REQUIRED), is not retried: the client dies at once, and that
 * status, not ZAP_CONNECTION_LOST, is what zap_process() returns, what
 * new requests are refused with and what pending requests other than
 * updates complete with (updates: ZAP_OUTCOME_UNKNOWN).
 */
#ifndef ZAP_ZAP_H
#define ZAP_ZAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The one place of zap's version (CMakeLists.txt reads it from here). */
#define ZAP_VERSION_MAJOR 0
#define ZAP_VERSION_MINOR 1
#define ZAP_VERSION_PATCH 0
/* As one number, which grows with each version: 0xMMmmpp. */
#define ZAP_VERSION_NUMBER \
	((ZAP_VERSION_MAJOR << 16) | (ZAP_VERSION_MINOR << 8) | \
	 ZAP_VERSION_PATCH)
#define ZAP_STRINGIFY_(x) #x
#define ZAP_STRINGIFY(x) ZAP_STRINGIFY_(x)
/* "0.1.0" */
#define ZAP_VERSION_STRING ZAP_STRINGIFY(ZAP_VERSION_MAJOR) "." \
	ZAP_STRINGIFY(ZAP_VERSION_MINOR) "." ZAP_STRINGIFY(ZAP_VERSION_PATCH)

#if defined(ZAP_BUILDING_LIBRARY)
#define ZAP_EXPORT __attribute__((visibility("default")))
#else
#define ZAP_EXPORT
#endif

/* The default TCP port of zapd. */
#define ZAP_DEFAULT_PORT 7420
#define ZAP_DEFAULT_ADDRESS "127.0.0.1:7420"

/* Statuses; the values are those on the wire (proto/zap.proto). */
enum zap_status {
	ZAP_OK = 0,
	ZAP_PROTOCOL_ERROR = 1,
	ZAP_UNSUPPORTED_VERSION = 2,
	ZAP_FRAME_TOO_LARGE = 3,
	ZAP_INVALID_ARGUMENT = 4,
	ZAP_NO_SUCH_DRIVE = 5,
	ZAP_NO_SUCH_ZONE = 6,
	ZAP_LBA_OUT_OF_RANGE = 7,
	ZAP_MISALIGNED = 8,
	ZAP_APPEND_TOO_LARGE = 9,
	ZAP_BUSY = 10,
	ZAP_IO_ERROR = 11,
	ZAP_SHUTTING_DOWN = 12,
	ZAP_PERMISSION_DENIED = 13,
	ZAP_OUT_OF_MEMORY = 14,
	ZAP_UNSUPPORTED = 15,
	ZAP_CANCELED = 16,
	ZAP_DUPLICATE_REQUEST = 17,
	ZAP_UNKNOWN_CLIENT = 18,
	ZAP_WRONG_CLIENT_ID = 19,
	ZAP_SEQ_REUSED = 20,
	ZAP_SEQ_TOO_OLD = 21,
	ZAP_ZONE_RESET_SINCE = 22,
	ZAP_STALE_EPOCH = 23,
	ZAP_NO_SPACE = 24,
	ZAP_TOO_MANY_CONNECTIONS = 25,
	ZAP_IDLE_TIMEOUT = 26,
	ZAP_TLS_REQUIRED = 27,
	ZAP_FRAME_TIMEOUT = 28,
	ZAP_TOO_MUCH_DATA = 29,
	/* client side only */
	ZAP_CONNECTION_LOST = 64,
	ZAP_TIMED_OUT = 65,
	ZAP_OUTCOME_UNKNOWN = 66,
	ZAP_TLS_FAILED = 67,
	/* NVMe media errors (SCT 2h) */
	ZAP_UNRECOVERED_READ_ERROR = 0x281,
	/* NVMe ZNS zone statuses (SCT 1h) */
	ZAP_INVALID_ZONE_OPERATION = 0x1b6,
	ZAP_ZRWA_RESOURCES_UNAVAILABLE = 0x1b7,
	ZAP_ZONE_BOUNDARY_ERROR = 0x1b8,
	ZAP_ZONE_FULL = 0x1b9,
	ZAP_ZONE_READ_ONLY = 0x1ba,
	ZAP_ZONE_OFFLINE = 0x1bb,
	ZAP_ZONE_INVALID_WRITE = 0x1bc,
	ZAP_TOO_MANY_ACTIVE_ZONES = 0x1bd,
	ZAP_TOO_MANY_OPEN_ZONES = 0x1be,
	ZAP_INVALID_ZONE_STATE_TRANSITION = 0x1bf,
};

/* The version of the libzap a program runs with: ZAP_VERSION_NUMBER and
 * ZAP_VERSION_STRING of the zap.h it was built from. The string is
 * static. */
ZAP_EXPORT unsigned zap_version(void);
ZAP_EXPORT const char *zap_version_string(void);

/* "ZONE_FULL"; "UNKNOWN_STATUS" for a value not listed above. Both
 * strings are static. */
ZAP_EXPORT const char *zap_status_name(int status);
/* "zone is full"; a sentence for humans. */
ZAP_EXPORT const char *zap_strstatus(int status);

/* Zone states, with their NVMe ZS values. */
enum zap_zone_state {
	ZAP_ZS_ANY = 0,		/* only as a report filter */
	ZAP_ZS_EMPTY = 1,
	ZAP_ZS_IMPLICIT_OPEN = 2,
	ZAP_ZS_EXPLICIT_OPEN = 3,
	ZAP_ZS_CLOSED = 4,
	ZAP_ZS_READ_ONLY = 13,
	ZAP_ZS_FULL = 14,
	ZAP_ZS_OFFLINE = 15,
};
/* "EMPTY", "IMP_OPEN", ... as blkzone prints them (static); NULL if
 * unknown. */
ZAP_EXPORT const char *zap_zone_state_name(int state);
/* The inverse (case-insensitive); -1 if unknown. */
ZAP_EXPORT int zap_zone_state_parse(const char *name);

/* Zone management actions, with their NVMe ZSA values. */
enum zap_zone_action {
	ZAP_ZONE_CLOSE = 1,
	ZAP_ZONE_FINISH = 2,
	ZAP_ZONE_OPEN = 3,
	ZAP_ZONE_RESET = 4,
};

struct zap_drive {
	char name[64];
	char backend[16];	/* "emu" or "nvme" */
	char durability[16];	/* "sync" or "none" */
	char model[64];
	uint32_t lba_size;	/* bytes */
	uint64_t zone_size;	/* LBAs */
	uint64_t zone_capacity;	/* LBAs */
	uint32_t nr_zones;
	uint32_t max_open;	/* 0: no limit */
	uint32_t max_active;	/* 0: no limit */
	uint32_t max_append;	/* bytes */
};

struct zap_zone {
	uint32_t index;
	uint64_t start;		/* LBA */
	uint64_t wp;		/* LBA */
	uint64_t capacity;	/* LBAs */
	int state;		/* enum zap_zone_state */
	uint32_t attributes;	/* NVMe zone attributes */
};

typedef struct zap_client zap_client;

/*
 * TLS 1.3 (docs/PROTOCOL.md, "TLS"). Zero-initialize, set size to
 * sizeof(struct zap_tls_opts) (later versions may add fields), then:
 *
 *  - to check the server: ca_file, the CAs that signed its certificate
 *    (PEM; NULL: the system's trust store). The certificate must name the
 *    host of the address (its IP for a numeric one), or server_name if
 *    set (also sent as SNI: for an address that is not the name);
 *  - to be a principal by certificate: cert_file (PEM chain) and key_file
 *    (NULL: the key is in cert_file too);
 *  - to be a principal by pre-shared key: psk_identity (its name) and
 *    psk_file (the key as hex, 16 to 64 bytes, e.g. from
 *    "openssl rand -hex 32"; whitespace is ignored). With a PSK alone no
 *    certificate is involved; the handshake fails unless zapd takes the
 *    PSK.
 *
 * Ownership: libzap reads the struct, the files and the strings in
 * zap_connect() and keeps copies of what it needs: none of them needs to
 * outlive that call, and a reconnect uses what was read then (rotated
 * files take effect for a new client). A bad file or option fails
 * zap_connect() with ZAP_INVALID_ARGUMENT, naming it.
 */
struct zap_tls_opts {
	size_t size;
	const char *ca_file;
	const char *cert_file;
	const char *key_file;
	const char *psk_identity;
	const char *psk_file;
	const char *server_name;
};

/* zap_connect_opts.flags */
#define ZAP_CONNECT_NO_RETRY	(1u << 0)	/* a lost connection is final */

/* The longest client name sent to zapd, in bytes. */
#define ZAP_CLIENT_NAME_MAX	255

/*
 * Start from ZAP_CONNECT_OPTS_INIT (or zero it and set size to
 * sizeof(struct zap_connect_opts)), then set what you need: 0 means the
 * default. libzap reads the first size bytes: a program built with an
 * older, smaller struct gets the defaults of the fields it does not
 * have. zap_connect() refuses with ZAP_INVALID_ARGUMENT a size of 0 (size
 * was not set) or one too small to hold this first version's fields, and
 * with ZAP_UNSUPPORTED a larger struct than this libzap knows whose
 * unknown fields are not all zero (a newer program asks for what this
 * libzap cannot do).
 */
struct zap_connect_opts {
	size_t size;
	/* Shown in zapd's logs; may be NULL; copied, and only its first
	 * ZAP_CLIENT_NAME_MAX bytes are sent. */
	const char *client_name;
	/* A blocking call waits this long for its reply; time spent
	 * reconnecting does not count (retry_timeout_ms bounds it).
	 * 0: 30 s, -1: no limit. */
	int timeout_ms;
	unsigned flags;			/* ZAP_CONNECT_*; 0: retries on */
	/* How long to try to resume a lost connection, and to ask again
	 * about a request zapd says is still in flight. 0: 30 s. */
	int retry_timeout_ms;
	/* NULL: plaintext. Else TLS 1.3, on every connection (the first
	 * and each reconnect). A failed handshake, verification or PSK is
	 * ZAP_TLS_FAILED, and final: the client does not retry it. A zapd
	 * that requires TLS answers a plaintext client ZAP_TLS_REQUIRED. */
	const struct zap_tls_opts *tls;
};

#define ZAP_CONNECT_OPTS_INIT { .size = sizeof(struct zap_connect_opts) }

/*
 * Connect to "HOST:PORT" ("[::1]:PORT" for IPv6; "HOST" alone uses
 * ZAP_DEFAULT_PORT; NULL: ZAP_DEFAULT_ADDRESS), say HELLO, and learn the
 * drives. opts may be NULL (all defaults). On failure *out is NULL and
 * zap_last_error(NULL) tells why; this first connection is not retried.
 * The client is the caller's until it passes it to zap_close().
 */
ZAP_EXPORT int zap_connect(const char *address,
			   const struct zap_connect_opts *opts,
			   zap_client **out);
/* Close the connection and free c; callbacks of requests in flight run
 * with ZAP_CANCELED before it returns. NULL is a no-op. */
ZAP_EXPORT void zap_close(zap_client *c);

/* A sentence about the last failure on this connection (may be ""); with
 * c NULL, about the last failed zap_connect() of the calling thread. The
 * string is libzap's: valid until the next call with c (until the
 * thread's next zap_connect(), for NULL); copy it to keep it. */
ZAP_EXPORT const char *zap_last_error(const zap_client *c);

/* Limits the server announced at HELLO. */
ZAP_EXPORT uint32_t zap_max_data(const zap_client *c);
ZAP_EXPORT uint32_t zap_max_in_flight(const zap_client *c);

/* The drives, as learned at connect time: libzap's, valid until
 * zap_close(c). */
ZAP_EXPORT size_t zap_drive_count(const zap_client *c);
ZAP_EXPORT const struct zap_drive *zap_drive_at(const zap_client *c,
						size_t i);
/* NULL if the server has no drive by that name. */
ZAP_EXPORT const struct zap_drive *zap_drive_find(const zap_client *c,
						  const char *name);

/* ---- blocking calls ---- */

/*
 * Report zones [first, first + *nr) of a drive, keeping those in state
 * filter (ZAP_ZS_ANY for all), in as many requests as it takes. On entry
 * *nr is the capacity of the caller's array *zones; 0 means no limit:
 * then libzap allocates *zones, which is the caller's to free() (also when
 * *nr is 0 on return). On return *nr is the number filled in.
 */
ZAP_EXPORT int zap_report_zones(zap_client *c, const char *drive,
				uint32_t first, int filter,
				struct zap_zone **zones, size_t *nr);
/* zap_zone_mgmt() flags */
#define ZAP_ZONE_ALL	(1u << 0)	/* every zone: zone is ignored */

/* Open, close, finish or reset one zone, or all with ZAP_ZONE_ALL. */
ZAP_EXPORT int zap_zone_mgmt(zap_client *c, const char *drive, uint32_t zone,
			     enum zap_zone_action action, unsigned flags);
/* Zone Append: the drive chooses where; *lba tells where it landed. */
ZAP_EXPORT int zap_append(zap_client *c, const char *drive, uint32_t zone,
			  const void *buf, size_t len, uint64_t *lba);
/*
 * Write at lba, which must be the zone's write pointer. On
 * ZAP_ZONE_INVALID_WRITE, *wp (if not NULL) is the current write pointer.
 * On success *wp is the write pointer after the write.
 */
ZAP_EXPORT int zap_write(zap_client *c, const char *drive, uint32_t zone,
			 uint64_t lba, const void *buf, size_t len,
			 uint64_t *wp);
/* Ordered write at the write pointer, wherever it is; *lba: where. */
ZAP_EXPORT int zap_write_at_wp(zap_client *c, const char *drive,
			       uint32_t zone, const void *buf, size_t len,
			       uint64_t *lba);
ZAP_EXPORT int zap_read(zap_client *c, const char *drive, uint64_t lba,
			void *buf, size_t len);
/* Make everything acknowledged on this drive durable (a no-op for drives
 * in durability "sync", where replies already wait for durability). */
ZAP_EXPORT int zap_flush(zap_client *c, const char *drive);
/* The server's metrics in Prometheus text format; *text is the caller's
 * to free(). */
ZAP_EXPORT int zap_stats(zap_client *c, char **text);

/* ---- asynchronous calls ---- */

/*
 * What a request came to. res, and every pointer in it, is libzap's and
 * valid during the callback only: copy what you keep. Fields a request does
 * not fill are 0 (NULL). Later versions add fields at the end only: a
 * field added in a later version is there only when zap_version() is at
 * least that version (all of these came with 0.1).
 */
struct zap_result {
	int status;		/* enum zap_status */
	uint64_t lba;		/* append, write: where the data landed */
	uint64_t wp;		/* write: wp after, or current wp on error */
	const char *detail;	/* server's explanation of an error, or "" */
	uint64_t epoch;		/* fence: the zone's new writer epoch */
	/* report zones: this reply's zones, and where to continue (the
	 * drive's nr_zones once the report reached its end) */
	const struct zap_zone *zones;
	size_t nr_zones;
	uint32_t next_zone;
	const char *text;	/* stats: the metrics, NUL-terminated */
};

/* Runs once per request, from zap_process() (or zap_close()). */
typedef void (*zap_callback)(zap_client *c, const struct zap_result *res,
			     void *arg);

/* zap_write_async() flags */
#define ZAP_WRITE_AT_WP	(1u << 0)	/* at the write pointer, wherever it
					 * is: lba is ignored, res->lba says
					 * where the data landed */

/*
 * Queue a request. Data of appends and writes is copied: buf may be
 * reused when the call returns. A read fills buf, which must stay valid
 * until its callback runs. Returns 0 (the callback will run exactly once)
 * or a status (it will not run). Unknown flags are ZAP_INVALID_ARGUMENT.
 */
ZAP_EXPORT int zap_append_async(zap_client *c, const char *drive,
				uint32_t zone, const void *buf, size_t len,
				zap_callback cb, void *arg);
ZAP_EXPORT int zap_write_async(zap_client *c, const char *drive,
			       uint32_t zone, uint64_t lba, unsigned flags,
			       const void *buf, size_t len,
			       zap_callback cb, void *arg);
ZAP_EXPORT int zap_read_async(zap_client *c, const char *drive, uint64_t lba,
			      void *buf, size_t len, zap_callback cb,
			      void *arg);
ZAP_EXPORT int zap_zone_mgmt_async(zap_client *c, const char *drive,
				   uint32_t zone, enum zap_zone_action action,
				   unsigned flags, zap_callback cb, void *arg);
ZAP_EXPORT int zap_flush_async(zap_client *c, const char *drive,
			       zap_callback cb, void *arg);
/*
 * One request of a zone report: zones [first, first + max_zones) of a
 * drive (max_zones 0: up to the server's page size), those in state
 * filter in res->zones. zapd looks at no more zones than fit in one reply
 * (docs/PROTOCOL.md, REPORT_ZONES): ask again from res->next_zone until it
 * is the drive's nr_zones, as zap_report_zones() does.
 */
ZAP_EXPORT int zap_report_zones_async(zap_client *c, const char *drive,
				      uint32_t first, uint32_t max_zones,
				      int filter, zap_callback cb, void *arg);
/* The server's metrics in res->text. */
ZAP_EXPORT int zap_stats_async(zap_client *c, zap_callback cb, void *arg);

/*
 * Fencing (docs/PROTOCOL.md): zap_fence() takes the zone's next writer
 * epoch, once everything admitted to the zone before it is done; from its
 * reply on, appends and writes that carry another epoch get
 * ZAP_STALE_EPOCH and none lands. Pass the epoch with struct zap_io_opts.
 */
ZAP_EXPORT int zap_fence(zap_client *c, const char *drive, uint32_t zone,
			 uint64_t *epoch);
ZAP_EXPORT int zap_fence_async(zap_client *c, const char *drive,
			       uint32_t zone, zap_callback cb, void *arg);

/* More of an append or write; NULL, or all zero, means none of it. Set
 * size to sizeof(struct zap_io_opts): later versions may add fields. */
struct zap_io_opts {
	size_t size;
	uint64_t epoch;		/* the zone's writer epoch; 0: unfenced */
};

ZAP_EXPORT int zap_append_opts_async(zap_client *c, const char *drive,
				     uint32_t zone, const void *buf,
				     size_t len,
				     const struct zap_io_opts *opts,
				     zap_callback cb, void *arg);
ZAP_EXPORT int zap_write_opts_async(zap_client *c, const char *drive,
				    uint32_t zone, uint64_t lba, unsigned flags,
				    const void *buf, size_t len,
				    const struct zap_io_opts *opts,
				    zap_callback cb, void *arg);

/*
 * To poll a client together with other descriptors: the socket, and the
 * poll events (POLLIN, POLLOUT) it needs now. The socket changes when
 * libzap reconnects, and is -1 while it waits to: ask for both before each
 * poll(), and poll no longer than zap_poll_timeout() ms (-1: no limit)
 * before calling zap_process() again, or the retries stall.
 */
ZAP_EXPORT int zap_fd(const zap_client *c);
ZAP_EXPORT short zap_poll_events(const zap_client *c);
ZAP_EXPORT int zap_poll_timeout(const zap_client *c);
/*
 * Send what is queued, receive what has arrived, reconnect and resend if
 * due, and run the callbacks of completed requests, waiting up to
 * timeout_ms (0: don't wait, -1: until at least one request completes).
 * Returns 0, or ZAP_CONNECTION_LOST (ZAP_TLS_FAILED, ZAP_TLS_REQUIRED) once
 * the client is dead (see "Lost connections and retries" above; every
 * request it had then completed).
 */
ZAP_EXPORT int zap_process(zap_client *c, int timeout_ms);
/* Requests queued or in flight. */
ZAP_EXPORT size_t zap_in_flight(const zap_client *c);
/* Process until nothing is in flight; ZAP_TIMED_OUT if no request
 * completes within the connection's timeout (not counting time spent
 * reconnecting). */
ZAP_EXPORT int zap_drain(zap_client *c);

/* What retrying took so far on this client (copied into *out). */
struct zap_retry_stats {
	uint64_t losses;	/* connections lost */
	uint64_t resumes;	/* connections made again, identity resumed */
	uint64_t resent;	/* requests sent again after a loss */
	uint64_t duplicates;	/* DUPLICATE_REQUEST answers, asked again */
};
ZAP_EXPORT void zap_retry_stats(const zap_client *c,
				struct zap_retry_stats *out);

#ifdef __cplusplus
}
#endif
#endif
