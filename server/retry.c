/* SPDX-License-Identifier: MIT */
#include "retry.h"

#include <endian.h>
#include <errno.h>
#include <fcntl.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <zap/zap.h>

#include "crc32c.h"
#include "fileio.h"
#include "log.h"
#include "zone.h"

#define CLIENTS_FILE	"clients"
#define CLIENTS_MAGIC	"ZAPDCLI\n"
#define CLIENTS_VERSION	1
#define CLIENTS_OFF	4096	/* the entries follow the header's block */

/* On disk, little-endian. */
struct clients_header {
	char magic[8];
	uint32_t version;
	uint32_t max_clients;
	uint32_t window;
	uint32_t crc;
};

struct clients_entry {
	uint64_t id;
	uint8_t secret_hash[32];
	uint64_t created;	/* seconds since the epoch */
	uint8_t pad[12];
	uint32_t crc;
};

_Static_assert(sizeof(struct clients_entry) == 64, "entry size");

/* The outcomes of one identity's requests to one drive. */
struct retry_window {
	uint64_t max_seq;		/* highest seq accepted */
	struct retry_slot slots[RETRY_WINDOW];
};

struct retry {
	int fd;
	char path[300];
	unsigned nr_drives;
	/* HELLO's: who holds which entry, the clock, the file */
	pthread_mutex_t lock;
	uint64_t clock;		/* counts uses, for eviction */
	struct retry_window **windows;	/* nr_drives per client */
	struct retry_client clients[RETRY_MAX_CLIENTS];
};

/* An identity is bound to the principal that took it: the principal's
 * name is hashed with the secret ("" for unauthenticated connections,
 * which hashes as the secret alone did before principals existed). */
static void hash_secret(const uint8_t *secret, size_t len,
			const char *principal, uint8_t out[32])
{
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	unsigned int n = 32;

	if (!ctx || !EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) ||
	    !EVP_DigestUpdate(ctx, secret, len) ||
	    (principal[0] &&
	     !EVP_DigestUpdate(ctx, principal, strlen(principal) + 1)) ||
	    !EVP_DigestFinal_ex(ctx, out, &n))
		RAND_bytes(out, 32);	/* matches nothing */
	EVP_MD_CTX_free(ctx);
}

static int write_header(struct retry *r)
{
	struct clients_header h = {
		.version = htole32(CLIENTS_VERSION),
		.max_clients = htole32(RETRY_MAX_CLIENTS),
		.window = htole32(RETRY_WINDOW),
	};

	memcpy(h.magic, CLIENTS_MAGIC, sizeof(h.magic));
	h.crc = htole32(crc32c(&h, offsetof(struct clients_header, crc)));
	return file_pio(r->fd, true, &h, sizeof(h), 0);
}

static int load(struct retry *r, const struct stat *st)
{
	struct clients_header h;
	struct clients_entry e;

	if (pread(r->fd, &h, sizeof(h), 0) != sizeof(h) ||
	    memcmp(h.magic, CLIENTS_MAGIC, sizeof(h.magic)) ||
	    le32toh(h.crc) != crc32c(&h, offsetof(struct clients_header, crc))) {
		log_error("client identities unreadable path=%s reason=\"not a "
			  "zapd identity table, or damaged\" hint=\"restore it "
			  "or move it away (clients then lose their retry "
			  "protection)\"", r->path);
		return -EUCLEAN;
	}
	if (le32toh(h.version) != CLIENTS_VERSION ||
	    le32toh(h.max_clients) != RETRY_MAX_CLIENTS ||
	    le32toh(h.window) != RETRY_WINDOW) {
		log_error("client identities of another format path=%s "
			  "version=%u", r->path, le32toh(h.version));
		return -EPROTONOSUPPORT;
	}
	for (uint32_t i = 0; i < RETRY_MAX_CLIENTS; i++) {
		off_t off = CLIENTS_OFF + (off_t)i * sizeof(e);

		if (off + (off_t)sizeof(e) > st->st_size)
			break;
		if (pread(r->fd, &e, sizeof(e), off) != sizeof(e))
			return -EIO;
		/* a torn or never-written entry is a free one */
		if (!e.id || le32toh(e.crc) !=
		    crc32c(&e, offsetof(struct clients_entry, crc)))
			continue;
		r->clients[i].id = le64toh(e.id);
		memcpy(r->clients[i].secret_hash, e.secret_hash, 32);
	}
	return 0;
}

struct retry *retry_open(const char *state_dir, unsigned nr_drives,
			 int *err)
{
	struct retry *r = calloc(1, sizeof(*r));
	struct stat st;
	int ret;

	if (r)
		r->windows = calloc((size_t)RETRY_MAX_CLIENTS * nr_drives,
				    sizeof(*r->windows));
	if (!r || (nr_drives && !r->windows)) {
		free(r);
		*err = -ENOMEM;
		return NULL;
	}
	r->nr_drives = nr_drives;
	pthread_mutex_init(&r->lock, NULL);
	for (uint32_t i = 0; i < RETRY_MAX_CLIENTS; i++) {
		r->clients[i].index = i;
		r->clients[i].windows = r->windows + (size_t)i * nr_drives;
	}
	snprintf(r->path, sizeof(r->path), "%s/%s", state_dir, CLIENTS_FILE);
	r->fd = open(r->path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (r->fd < 0 || fstat(r->fd, &st)) {
		ret = -errno;
		log_error("client identities cannot be opened path=%s err=%s",
			  r->path, strerror(-ret));
		goto fail;
	}
	if (st.st_size)
		ret = load(r, &st);
	else	/* new: the header first, so a crash leaves a valid table */
		ret = write_header(r);
	if (!ret && fdatasync(r->fd))
		ret = -errno;
	if (ret)
		goto fail;
	return r;
fail:
	retry_close(r);
	*err = ret;
	return NULL;
}

/* c's windows go with its outcomes: only when nobody holds c (or at the
 * end), so no drive thread is inside one. */
static void free_windows(struct retry *r, struct retry_client *c)
{
	for (unsigned d = 0; d < r->nr_drives; d++) {
		free(c->windows[d]);
		c->windows[d] = NULL;
	}
}

void retry_close(struct retry *r)
{
	if (!r)
		return;
	for (uint32_t i = 0; i < RETRY_MAX_CLIENTS; i++)
		free_windows(r, &r->clients[i]);
	free(r->windows);
	pthread_mutex_destroy(&r->lock);
	if (r->fd >= 0)
		close(r->fd);
	free(r);
}

/* Acquire and release: what a drive thread wrote into c's windows before
 * its put is seen by the eviction that finds refs at 0. */
void retry_get(struct retry_client *c)
{
	__atomic_fetch_add(&c->refs, 1, __ATOMIC_ACQ_REL);
}

void retry_put(struct retry_client *c)
{
	__atomic_fetch_sub(&c->refs, 1, __ATOMIC_ACQ_REL);
}

/* Under r->lock. */
static void use(struct retry *r, struct retry_client *c)
{
	c->last_used = ++r->clock;
	retry_get(c);
}

/* Under r->lock: a free entry, else the one unused longest that nobody
 * holds (nobody can take a reference on it meanwhile: that needs one, or
 * the lock). */
static struct retry_client *victim(struct retry *r)
{
	struct retry_client *best = NULL;

	for (uint32_t i = 0; i < RETRY_MAX_CLIENTS; i++) {
		struct retry_client *c = &r->clients[i];

		if (!c->id)
			return c;
		if (!__atomic_load_n(&c->refs, __ATOMIC_ACQUIRE) &&
		    (!best || c->last_used < best->last_used))
			best = c;
	}
	return best;
}

/* Under r->lock, which also keeps the victim from being chosen twice. */
static int issue(struct retry *r, const char *principal,
		 struct retry_client **out, uint8_t secret[RETRY_SECRET_LEN])
{
	struct retry_client *c = victim(r);
	struct clients_entry e = { 0 };
	uint64_t id = 0;
	int ret;

	if (!c)
		return ZAP_BUSY;
	while (!id)
		if (getrandom(&id, sizeof(id), 0) != sizeof(id) ||
		    getrandom(secret, RETRY_SECRET_LEN, 0) != RETRY_SECRET_LEN)
			return ZAP_IO_ERROR;
	e.id = htole64(id);
	hash_secret(secret, RETRY_SECRET_LEN, principal, e.secret_hash);
	e.created = htole64(time(NULL));
	e.crc = htole32(crc32c(&e, offsetof(struct clients_entry, crc)));
	/* durable before the client may rely on it */
	ret = file_pio(r->fd, true, &e, sizeof(e),
		       CLIENTS_OFF + (uint64_t)c->index * sizeof(e));
	if (!ret && fdatasync(r->fd))
		ret = -errno;
	if (ret) {
		log_error("client identity cannot be saved path=%s err=%s",
			  r->path, strerror(-ret));
		return ZAP_IO_ERROR;
	}
	if (c->id)
		log_info("client identity forgotten client=%016llx "
			 "reason=\"table full, unused longest\"",
			 (unsigned long long)c->id);
	free_windows(r, c);
	c->id = id;
	memcpy(c->secret_hash, e.secret_hash, sizeof(c->secret_hash));
	use(r, c);
	*out = c;
	return 0;
}

int retry_issue(struct retry *r, const char *principal,
		struct retry_client **out, uint8_t secret[RETRY_SECRET_LEN])
{
	int ret;

	pthread_mutex_lock(&r->lock);
	ret = issue(r, principal, out, secret);
	pthread_mutex_unlock(&r->lock);
	return ret;
}

int retry_resume(struct retry *r, const char *principal, uint64_t id,
		 const uint8_t *secret, size_t secret_len,
		 struct retry_client **out)
{
	int ret = ZAP_UNKNOWN_CLIENT;
	uint8_t hash[32];

	hash_secret(secret, secret_len, principal, hash);
	pthread_mutex_lock(&r->lock);
	for (uint32_t i = 0; i < RETRY_MAX_CLIENTS; i++) {
		struct retry_client *c = &r->clients[i];

		if (c->id != id)
			continue;
		if (secret_len != RETRY_SECRET_LEN ||
		    CRYPTO_memcmp(hash, c->secret_hash, sizeof(hash)))
			break;
		use(r, c);
		*out = c;
		ret = 0;
		break;
	}
	pthread_mutex_unlock(&r->lock);
	return ret;
}

/* Only drive's owner thread writes c->windows[drive] (eviction aside). */
static struct retry_window *window_of(struct retry_client *c,
				      unsigned drive)
{
	if (!c->windows[drive])
		c->windows[drive] = calloc(1, sizeof(struct retry_window));
	return c->windows[drive];
}

enum retry_verdict retry_begin(struct retry_client *c,
			       const struct retry_record *req, unsigned drive,
			       struct retry_slot **slot)
{
	struct retry_window *w = window_of(c, drive);
	uint64_t seq = req->seq;
	struct retry_slot *s;

	if (!w)
		return RETRY_NO_MEMORY;
	if (w->max_seq >= RETRY_WINDOW && seq <= w->max_seq - RETRY_WINDOW)
		return RETRY_TOO_OLD;
	s = &w->slots[seq % RETRY_WINDOW];
	*slot = s;
	if (seq <= w->max_seq && s->rec.seq == seq &&
	    s->state != RETRY_SLOT_EMPTY) {
		if (!retry_record_same_request(&s->rec, req))
			return RETRY_REUSED;
		return s->state == RETRY_SLOT_DONE ? RETRY_DONE :
						     RETRY_IN_FLIGHT;
	}
	if (s->state == RETRY_SLOT_IN_FLIGHT)
		return RETRY_SLOT_BUSY;
	s->rec = *req;
	s->wp = 0;
	s->drive = drive;
	s->state = RETRY_SLOT_IN_FLIGHT;
	if (seq > w->max_seq)
		w->max_seq = seq;
	return RETRY_NEW;
}

void retry_end(struct retry_slot *slot, const struct retry_record *outcome,
	       uint64_t wp)
{
	slot->rec = *outcome;
	slot->wp = wp;
	slot->state = RETRY_SLOT_DONE;
}

uint64_t retry_max_seq(const struct retry_client *c, unsigned drive)
{
	return c->windows[drive] ? c->windows[drive]->max_seq : 0;
}

/* ---- start-up ---- */

struct load_ctx {
	struct retry *r;
	unsigned drive;
	struct drive *d;
	uint32_t kept, not_applied, stale;
};

/* Did the zone count this outcome? (see retry_record.h) */
static bool applied(const struct drive *d, const struct retry_record *rec)
{
	const struct zone *z;

	if (rec->flags & RETRY_FLAG_ALL)
		return true;	/* no one zone to ask: taken as applied */
	if (rec->zone >= d->be.geo.nr_zones)
		return false;
	z = &d->table.zones[rec->zone];
	return rec->zone_gen < z->gen ||
	       (rec->zone_gen == z->gen && rec->zone_ver <= z->ver);
}

static bool load_one(void *arg, uint32_t slot_index,
		     struct retry_record *rec)
{
	struct load_ctx *x = arg;
	struct retry_client *c;
	struct retry_window *w;
	struct retry_slot *s;
	uint32_t nlb;

	if (slot_index >= RETRY_RECORD_SLOTS ||
	    slot_index % RETRY_WINDOW != rec->seq % RETRY_WINDOW) {
		x->stale++;
		return true;
	}
	c = &x->r->clients[slot_index / RETRY_WINDOW];
	/* an identity forgotten since, or a slot a newer seq took */
	if (c->id != rec->client_id || !(w = window_of(c, x->drive))) {
		x->stale++;
		return true;
	}
	s = &w->slots[slot_index % RETRY_WINDOW];
	if (s->state != RETRY_SLOT_EMPTY && s->rec.seq >= rec->seq) {
		x->stale++;
		return true;
	}
	/* counted either way: an older seq is never taken for a new one */
	if (rec->seq > w->max_seq)
		w->max_seq = rec->seq;
	s->rec = *rec;
	s->drive = x->drive;
	if (rec->status == RETRY_STATUS_VOID || !applied(x->d, rec)) {
		s->state = RETRY_SLOT_EMPTY;
		x->not_applied++;
		/* void for good: once the zone's counter passes the record's
		 * it must not pass for an outcome */
		if (rec->status == RETRY_STATUS_VOID)
			return false;
		rec->status = RETRY_STATUS_VOID;
		s->rec.status = RETRY_STATUS_VOID;
		return true;
	}
	nlb = rec->len / x->d->be.geo.lba_size;
	s->wp = rec->op == RETRY_OP_WRITE ? rec->result_lba + nlb : 0;
	s->state = RETRY_SLOT_DONE;
	x->kept++;
	return true;
}

int retry_load_drive(struct retry *r, unsigned drive, struct drive *d)
{
	struct load_ctx x = { .r = r, .drive = drive, .d = d };
	int ret = backend_load_records(&d->be, load_one, &x);

	if (ret)
		return ret;
	if (x.kept || x.not_applied || x.stale)
		log_info("retry outcomes loaded drive=%s kept=%u "
			 "not_applied=%u stale=%u", d->name, x.kept,
			 x.not_applied, x.stale);
	return 0;
}
