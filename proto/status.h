/* SPDX-License-Identifier: MIT */
/*
 * The status table of status.c, by position: what counts statuses (zapd's
 * metrics) keeps one slot per status, with no list of its own to fall out
 * of step.
 */
#ifndef ZAP_PROTO_STATUS_H
#define ZAP_PROTO_STATUS_H

/* Upper bound of the table's length (checked at compile time). */
#define ZAP_STATUS_SLOTS 48

/* The position of status in the table; an unlisted value has none: the
 * slot of IO_ERROR, so that it is still counted. */
unsigned zap_status_slot(int status);
/* The status at a position; -1 past the end of the table. */
int zap_status_at_slot(unsigned slot);

#endif
