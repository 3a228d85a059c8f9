/* SPDX-License-Identifier: MIT */
/*
 * Names of statuses and zone states, shared by zapd and libzap. The
 * numbers are defined twice, in zap.proto (the wire) and in zap/zap.h (the
 * public API); the static assertions below keep the two equal.
 */
#include <strings.h>

#include <zap/zap.h>
#include "status.h"
#include "zap.pb-c.h"

#define ZAP_STATUSES(X) \
	X(OK, "success") \
	X(PROTOCOL_ERROR, "malformed frame or message") \
	X(UNSUPPORTED_VERSION, "no protocol version in common") \
	X(FRAME_TOO_LARGE, "frame or data larger than the server accepts") \
	X(INVALID_ARGUMENT, "invalid argument") \
	X(NO_SUCH_DRIVE, "no such drive") \
	X(NO_SUCH_ZONE, "no such zone") \
	X(LBA_OUT_OF_RANGE, "LBA out of range") \
	X(MISALIGNED, "length is zero or not a multiple of the LBA size") \
	X(APPEND_TOO_LARGE, "data larger than the drive's max append size") \
	X(BUSY, "the server cannot take this request now; retry shortly") \
	X(IO_ERROR, "I/O error on the drive") \
	X(SHUTTING_DOWN, "server is shutting down") \
	X(PERMISSION_DENIED, "permission denied") \
	X(OUT_OF_MEMORY, "server out of memory") \
	X(UNSUPPORTED, "operation not supported by this drive") \
	X(CANCELED, "request canceled") \
	X(DUPLICATE_REQUEST, "the same request (client id and seq) is still in flight") \
	X(UNKNOWN_CLIENT, "no client identity with this id and secret") \
	X(WRONG_CLIENT_ID, "the client id is not this connection's identity") \
	X(SEQ_REUSED, "sequence number used before for a different request") \
	X(SEQ_TOO_OLD, "sequence number too old: its outcome is no longer kept") \
	X(ZONE_RESET_SINCE, "the zone was reset since this request wrote to it") \
	X(STALE_EPOCH, "the zone was fenced: this writer's epoch is not current") \
	X(NO_SPACE, "the drive's storage is full: nothing was written; retry when room is made") \
	X(TOO_MANY_CONNECTIONS, "the server is at its connection limit: try again later") \
	X(IDLE_TIMEOUT, "the connection was idle too long and is closed") \
	X(TLS_REQUIRED, "the server's port speaks TLS: connect with TLS") \
	X(FRAME_TIMEOUT, "a frame was begun but not completed in time: the connection is closed") \
	X(TOO_MUCH_DATA, "the request is larger than the connection's byte budget") \
	X(CONNECTION_LOST, "connection to the server lost") \
	X(TIMED_OUT, "timed out waiting for the server") \
	X(OUTCOME_UNKNOWN, "retries spent: the request may or may not have been applied") \
	X(TLS_FAILED, "TLS handshake or authentication failed") \
	X(UNRECOVERED_READ_ERROR, "the data did not read back intact (checksum mismatch or media error)") \
	X(INVALID_ZONE_OPERATION, "invalid zone operation request") \
	X(ZRWA_RESOURCES_UNAVAILABLE, "ZRWA resources unavailable") \
	X(ZONE_BOUNDARY_ERROR, "zone boundary error") \
	X(ZONE_FULL, "zone is full") \
	X(ZONE_READ_ONLY, "zone is read only") \
	X(ZONE_OFFLINE, "zone is offline") \
	X(ZONE_INVALID_WRITE, "zone invalid write: not at the write pointer") \
	X(TOO_MANY_ACTIVE_ZONES, "too many active zones") \
	X(TOO_MANY_OPEN_ZONES, "too many open zones") \
	X(INVALID_ZONE_STATE_TRANSITION, "invalid zone state transition")

#define CHECK_SAME(name, text) \
	_Static_assert((int)ZAP__STATUS__##name == (int)ZAP_##name, #name);
ZAP_STATUSES(CHECK_SAME)

struct status_entry {
	int status;
	const char *name;
	const char *text;
};

#define ENTRY(name, text) { ZAP_##name, #name, text },
static const struct status_entry statuses[] = { ZAP_STATUSES(ENTRY) };

#define NR_STATUSES (sizeof(statuses) / sizeof(statuses[0]))
_Static_assert(NR_STATUSES <= ZAP_STATUS_SLOTS, "ZAP_STATUS_SLOTS too small");

unsigned zap_status_slot(int status)
{
	for (unsigned i = 0; i < NR_STATUSES; i++)
		if (statuses[i].status == status)
			return i;
	return zap_status_slot(ZAP_IO_ERROR);
}

int zap_status_at_slot(unsigned slot)
{
	return slot < NR_STATUSES ? statuses[slot].status : -1;
}

static const struct status_entry *status_find(int status)
{
	for (unsigned i = 0; i < sizeof(statuses) / sizeof(statuses[0]); i++)
		if (statuses[i].status == status)
			return &statuses[i];
	return NULL;
}

const char *zap_status_name(int status)
{
	const struct status_entry *e = status_find(status);

	return e ? e->name : "UNKNOWN_STATUS";
}

const char *zap_strstatus(int status)
{
	const struct status_entry *e = status_find(status);

	return e ? e->text : "unknown status";
}

#define ZAP_ZONE_STATES(X) \
	X(EMPTY, "EMPTY") \
	X(IMPLICIT_OPEN, "IMP_OPEN") \
	X(EXPLICIT_OPEN, "EXP_OPEN") \
	X(CLOSED, "CLOSED") \
	X(READ_ONLY, "READ_ONLY") \
	X(FULL, "FULL") \
	X(OFFLINE, "OFFLINE")

#define CHECK_STATE(name, text) \
	_Static_assert((int)ZAP__ZONE_STATE__ZS_##name == (int)ZAP_ZS_##name, #name);
ZAP_ZONE_STATES(CHECK_STATE)
_Static_assert((int)ZAP__ZONE_ACTION__ZA_OPEN == (int)ZAP_ZONE_OPEN, "open");
_Static_assert((int)ZAP__ZONE_ACTION__ZA_CLOSE == (int)ZAP_ZONE_CLOSE, "close");
_Static_assert((int)ZAP__ZONE_ACTION__ZA_FINISH == (int)ZAP_ZONE_FINISH, "finish");
_Static_assert((int)ZAP__ZONE_ACTION__ZA_RESET == (int)ZAP_ZONE_RESET, "reset");

#define STATE_ENTRY(name, text) { ZAP_ZS_##name, text, NULL },
static const struct status_entry zone_states[] = { ZAP_ZONE_STATES(STATE_ENTRY) };

const char *zap_zone_state_name(int state)
{
	for (unsigned i = 0; i < sizeof(zone_states) / sizeof(zone_states[0]); i++)
		if (zone_states[i].status == state)
			return zone_states[i].name;
	return NULL;
}

int zap_zone_state_parse(const char *name)
{
	for (unsigned i = 0; i < sizeof(zone_states) / sizeof(zone_states[0]); i++)
		if (!strcasecmp(zone_states[i].name, name))
			return zone_states[i].status;
	return -1;
}
